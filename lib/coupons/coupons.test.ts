import { describe, expect, it } from "vitest";
import { db, type Prisma } from "../db";
import { createStore, createUser, refusal, unique } from "../testing/factories";
import { evaluateCoupon, type CouponEvaluation } from "./evaluate-coupon";
import { redeemCoupon, releaseCoupon } from "./redeem-coupon";
import { CouponRefusedError } from "./refusals";
import { splitDiscount } from "./split-discount";

const NOW = new Date("2026-11-21T12:00:00Z");

function createCoupon(data: Partial<Prisma.CouponUncheckedCreateInput> = {}) {
  return db.coupon.create({ data: { code: unique("SAVE").toUpperCase(), type: "PERCENT", value: 10, ...data } });
}

/** A minimal unpaid order: redemptions point at one. */
function createOrder(buyerId: string, subtotalCents = 5000) {
  return db.order.create({
    data: {
      buyerId,
      email: `${unique("buyer")}@example.test`,
      subtotalCents,
      shippingCents: 0,
      totalCents: subtotalCents,
      shippingAddress: { fullName: "Test Buyer", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
    },
  });
}

function refused(result: CouponEvaluation) {
  if (result.ok) throw new Error(`expected a refusal, got a discount of ${result.discountCents}`);
  return { reason: result.reason, message: result.message };
}

function applied(result: CouponEvaluation) {
  if (!result.ok) throw new Error(`expected a discount, got ${result.reason}: ${result.message}`);
  return result;
}

const redeemInOwnTransaction = (input: Parameters<typeof redeemCoupon>[1]) => db.$transaction((tx) => redeemCoupon(tx, input));

describe("[COUPONS] evaluateCoupon refusals", () => {
  it("does not recognise an unknown or empty code", async () => {
    const user = await createUser();
    for (const code of ["NO-SUCH-CODE-123", "   ", ""]) {
      expect(refused(await evaluateCoupon(db, { code, userId: user.id, lines: [{ storeId: "s", lineTotalCents: 1000 }], now: NOW }))).toEqual({
        reason: "NOT_FOUND",
        message: "We don't recognise that code",
      });
    }
  });

  it("refuses an inactive code", async () => {
    const user = await createUser();
    const coupon = await createCoupon({ active: false });
    expect(refused(await evaluateCoupon(db, { code: coupon.code, userId: user.id, lines: [{ storeId: "s", lineTotalCents: 1000 }], now: NOW }))).toEqual({
      reason: "INACTIVE",
      message: "This code is no longer active",
    });
  });

  it("refuses a code before its start and after its end, naming the date", async () => {
    const user = await createUser();
    const lines = [{ storeId: "s", lineTotalCents: 1000 }];
    const future = await createCoupon({ startsAt: new Date("2026-12-01T00:00:00Z") });
    expect(refused(await evaluateCoupon(db, { code: future.code, userId: user.id, lines, now: NOW }))).toEqual({
      reason: "NOT_STARTED",
      message: "This code starts on December 1, 2026",
    });
    const past = await createCoupon({ startsAt: new Date("2026-10-01T00:00:00Z"), endsAt: new Date("2026-11-21T12:00:00Z") });
    expect(refused(await evaluateCoupon(db, { code: past.code, userId: user.id, lines, now: NOW }))).toEqual({
      reason: "EXPIRED",
      message: "This code expired on November 21, 2026",
    });
    // The window includes its start and excludes its end.
    expect(applied(await evaluateCoupon(db, { code: past.code, userId: user.id, lines, now: new Date("2026-10-01T00:00:00Z") })).discountCents).toBe(100);
  });

  it("says how much more to spend below the minimum subtotal", async () => {
    const user = await createUser();
    const coupon = await createCoupon({ minSubtotalCents: 5000 });
    const lines = [
      { storeId: "a", lineTotalCents: 2000 },
      { storeId: "b", lineTotalCents: 1250 },
    ];
    expect(refused(await evaluateCoupon(db, { code: coupon.code, userId: user.id, lines, now: NOW }))).toEqual({
      reason: "MIN_SUBTOTAL",
      message: "Spend $17.50 more to use this code",
    });
    lines.push({ storeId: "b", lineTotalCents: 1750 });
    expect(applied(await evaluateCoupon(db, { code: coupon.code, userId: user.id, lines, now: NOW })).discountCents).toBe(500);
  });

  it("counts only the store's items towards a store coupon's minimum", async () => {
    const user = await createUser();
    const { store } = await createStore();
    const coupon = await createCoupon({ storeId: store.id, minSubtotalCents: 3000 });
    const lines = [
      { storeId: store.id, lineTotalCents: 1000 },
      { storeId: "other", lineTotalCents: 9000 },
    ];
    expect(refused(await evaluateCoupon(db, { code: coupon.code, userId: user.id, lines, now: NOW }))).toEqual({
      reason: "MIN_SUBTOTAL",
      message: `Spend $20.00 more on ${store.name} items to use this code`,
    });
  });

  it("refuses a code that has been used up", async () => {
    const user = await createUser();
    const coupon = await createCoupon({ usageLimit: 2, redemptionCount: 2 });
    expect(refused(await evaluateCoupon(db, { code: coupon.code, userId: user.id, lines: [{ storeId: "s", lineTotalCents: 1000 }], now: NOW }))).toEqual({
      reason: "USAGE_LIMIT",
      message: "This code has been used up",
    });
  });

  it("refuses a code the shopper has already used up to their limit, but not for others", async () => {
    const [user, other] = [await createUser(), await createUser()];
    const coupon = await createCoupon({ perUserLimit: 1 });
    const order = await createOrder(user.id);
    await redeemInOwnTransaction({ couponId: coupon.id, userId: user.id, orderId: order.id, discountCents: 500 });
    const lines = [{ storeId: "s", lineTotalCents: 1000 }];
    expect(refused(await evaluateCoupon(db, { code: coupon.code, userId: user.id, lines, now: NOW }))).toEqual({
      reason: "PER_USER_LIMIT",
      message: "You've already used this code",
    });
    expect(applied(await evaluateCoupon(db, { code: coupon.code, userId: other.id, lines, now: NOW })).discountCents).toBe(100);
  });

  it("refuses a store coupon when the cart has nothing from that store", async () => {
    const user = await createUser();
    const { store } = await createStore();
    const coupon = await createCoupon({ storeId: store.id });
    expect(refused(await evaluateCoupon(db, { code: coupon.code, userId: user.id, lines: [{ storeId: "other", lineTotalCents: 1000 }], now: NOW }))).toEqual({
      reason: "NOT_APPLICABLE",
      message: `This code is for ${store.name} items only`,
    });
  });
});

describe("[COUPONS] evaluateCoupon discounts", () => {
  it("accepts the code in any case and with spaces around it", async () => {
    const user = await createUser();
    const coupon = await createCoupon({ type: "FIXED", value: 500 });
    const result = applied(await evaluateCoupon(db, { code: `  ${coupon.code.toLowerCase()} `, userId: user.id, lines: [{ storeId: "s", lineTotalCents: 2000 }], now: NOW }));
    expect(result.coupon).toEqual({ id: coupon.id, code: coupon.code, type: "FIXED", value: 500, storeId: null });
    expect(result.discountCents).toBe(500);
  });

  it("rounds a percentage down to whole cents", async () => {
    const user = await createUser();
    const coupon = await createCoupon({ type: "PERCENT", value: 15 });
    // 15% of 3333 is 499.95: the shopper gets 499, never a fraction of a cent.
    const result = applied(await evaluateCoupon(db, { code: coupon.code, userId: user.id, lines: [{ storeId: "s", lineTotalCents: 3333 }], now: NOW }));
    expect(result.discountCents).toBe(499);
    expect(result.discountByStore).toEqual({ s: 499 });
  });

  it("caps a fixed amount at the eligible subtotal", async () => {
    const user = await createUser();
    const coupon = await createCoupon({ type: "FIXED", value: 5000 });
    const result = applied(await evaluateCoupon(db, { code: coupon.code, userId: user.id, lines: [{ storeId: "s", lineTotalCents: 1999 }], now: NOW }));
    expect(result.discountCents).toBe(1999);
  });

  it("discounts only the store's own lines with a store coupon", async () => {
    const user = await createUser();
    const { store } = await createStore();
    const percent = await createCoupon({ storeId: store.id, type: "PERCENT", value: 20 });
    const lines = [
      { storeId: store.id, lineTotalCents: 1500 },
      { storeId: "other", lineTotalCents: 10_000 },
      { storeId: store.id, lineTotalCents: 999 },
    ];
    const result = applied(await evaluateCoupon(db, { code: percent.code, userId: user.id, lines, now: NOW }));
    expect(result.discountCents).toBe(499); // floor(2499 × 20%)
    expect(result.discountByStore).toEqual({ [store.id]: 499 });

    const fixed = await createCoupon({ storeId: store.id, type: "FIXED", value: 3000 });
    expect(applied(await evaluateCoupon(db, { code: fixed.code, userId: user.id, lines, now: NOW })).discountCents).toBe(2499);
  });

  it("splits a whole-order discount across stores so the parts add up exactly", async () => {
    const user = await createUser();
    const coupon = await createCoupon({ type: "FIXED", value: 1000 });
    const lines = [
      { storeId: "store-c", lineTotalCents: 1000 },
      { storeId: "store-a", lineTotalCents: 1000 },
      { storeId: "store-b", lineTotalCents: 600 },
      { storeId: "store-b", lineTotalCents: 400 },
    ];
    const result = applied(await evaluateCoupon(db, { code: coupon.code, userId: user.id, lines, now: NOW }));
    expect(result.discountCents).toBe(1000);
    // 333.33 each: the leftover cent goes to the first store by id.
    expect(result.discountByStore).toEqual({ "store-a": 334, "store-b": 333, "store-c": 333 });
  });
});

describe("[COUPONS] splitDiscount", () => {
  it("gives leftover cents to the largest remainders", () => {
    // Shares 6.6, 2.2, 1.1, 0.1 (total 10): floors 6, 2, 1, 0; one cent left goes to the 0.6 remainder.
    expect(splitDiscount(10, { a: 6600, b: 2200, c: 1100, d: 100 })).toEqual({ a: 7, b: 2, c: 1, d: 0 });
    expect(splitDiscount(0, { a: 100 })).toEqual({ a: 0 });
    expect(splitDiscount(50, {})).toEqual({});
  });

  it("always sums exactly and stays within a cent of the exact share", () => {
    let seed = 42;
    const random = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % max;
    };
    for (let round = 0; round < 500; round++) {
      const subtotals: Record<string, number> = {};
      for (let i = 0; i <= random(6); i++) subtotals[`s${i}`] = 1 + random(100_000);
      const total = Object.values(subtotals).reduce((a, b) => a + b, 0);
      const discount = random(total + 1);
      const parts = splitDiscount(discount, subtotals);
      expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(discount);
      for (const [storeId, cents] of Object.entries(parts)) {
        const exact = (discount * subtotals[storeId]!) / total;
        expect(Math.abs(cents - exact)).toBeLessThan(1);
        expect(cents).toBeLessThanOrEqual(subtotals[storeId]!);
      }
    }
  });
});

describe("[COUPONS] redeemCoupon and releaseCoupon", () => {
  it("never exceeds a total limit of 5 under 20 simultaneous checkouts", async () => {
    const coupon = await createCoupon({ usageLimit: 5 });
    const buyers = await Promise.all(Array.from({ length: 20 }, () => createUser()));
    const orders = await Promise.all(buyers.map((buyer) => createOrder(buyer.id)));

    const results = await Promise.allSettled(
      orders.map((order) => redeemInOwnTransaction({ couponId: coupon.id, userId: order.buyerId, orderId: order.id, discountCents: 500 })),
    );
    const refusedOnes = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    expect(refusedOnes).toHaveLength(15);
    for (const r of refusedOnes) {
      expect(r.reason).toBeInstanceOf(CouponRefusedError);
      expect(r.reason).toMatchObject({ code: "CONFLICT", reason: "USAGE_LIMIT", message: "This code has been used up", fields: { coupon: ["This code has been used up"] } });
    }
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).redemptionCount).toBe(5);
    expect(await db.couponRedemption.count({ where: { couponId: coupon.id } })).toBe(5);
  });

  it("lets one shopper use a once-per-shopper code once, even in 5 simultaneous checkouts", async () => {
    const coupon = await createCoupon({ perUserLimit: 1, usageLimit: 100 });
    const buyer = await createUser();
    const orders = await Promise.all(Array.from({ length: 5 }, () => createOrder(buyer.id)));

    const results = await Promise.allSettled(
      orders.map((order) => redeemInOwnTransaction({ couponId: coupon.id, userId: buyer.id, orderId: order.id, discountCents: 500 })),
    );
    const refusedOnes = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refusedOnes).toHaveLength(4);
    for (const r of refusedOnes) expect(r.reason).toMatchObject({ code: "CONFLICT", reason: "PER_USER_LIMIT", message: "You've already used this code" });
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).redemptionCount).toBe(1);
    expect(await db.couponRedemption.count({ where: { couponId: coupon.id, userId: buyer.id } })).toBe(1);
  });

  it("refuses an inactive or expired coupon at redemption with the same message", async () => {
    const buyer = await createUser();
    const order = await createOrder(buyer.id);
    const inactive = await createCoupon({ active: false });
    const error = await refusal(redeemInOwnTransaction({ couponId: inactive.id, userId: buyer.id, orderId: order.id, discountCents: 100 }));
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", reason: "INACTIVE", fields: { coupon: ["This code is no longer active"] } });

    const expired = await createCoupon({ startsAt: new Date("2020-01-01T00:00:00Z"), endsAt: new Date("2020-02-01T00:00:00Z") });
    expect(await refusal(redeemInOwnTransaction({ couponId: expired.id, userId: buyer.id, orderId: order.id, discountCents: 100 }))).toMatchObject({
      reason: "EXPIRED",
      message: "This code expired on February 1, 2020",
    });
    expect(await db.couponRedemption.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("refuses a second coupon on the same order", async () => {
    const buyer = await createUser();
    const order = await createOrder(buyer.id);
    const [first, second] = [await createCoupon(), await createCoupon()];
    await redeemInOwnTransaction({ couponId: first.id, userId: buyer.id, orderId: order.id, discountCents: 100 });
    expect(await refusal(redeemInOwnTransaction({ couponId: second.id, userId: buyer.id, orderId: order.id, discountCents: 100 }))).toMatchObject({ code: "CONFLICT" });
    expect((await db.coupon.findUniqueOrThrow({ where: { id: second.id } })).redemptionCount).toBe(0);
  });

  it("releases a redemption once, however often it is asked to", async () => {
    const coupon = await createCoupon({ usageLimit: 1, perUserLimit: 1 });
    const buyer = await createUser();
    const order = await createOrder(buyer.id);
    const redeemed = await redeemInOwnTransaction({ couponId: coupon.id, userId: buyer.id, orderId: order.id, discountCents: 500 });
    expect(redeemed.redemptionCount).toBe(1);
    expect(await db.couponRedemption.findUniqueOrThrow({ where: { orderId: order.id } })).toMatchObject({ couponId: coupon.id, userId: buyer.id, discountCents: 500 });

    expect(await db.$transaction((tx) => releaseCoupon(tx, { orderId: order.id }))).toBe(true);
    expect(await db.$transaction((tx) => releaseCoupon(tx, { orderId: order.id }))).toBe(false);
    expect((await db.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).redemptionCount).toBe(0);
    expect(await db.couponRedemption.count({ where: { couponId: coupon.id } })).toBe(0);

    // The use is back: the same shopper can redeem it on a new order.
    const again = await createOrder(buyer.id);
    expect((await redeemInOwnTransaction({ couponId: coupon.id, userId: buyer.id, orderId: again.id, discountCents: 500 })).redemptionCount).toBe(1);
  });
});
