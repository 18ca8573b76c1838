import { describe, expect, it } from "vitest";
import { db, type Prisma } from "../db";
import { createDeliveredOrder, createProduct, createStore, createUser, refusal, unique } from "../testing/factories";
import { addToCart } from "./add-to-cart";
import { applyCartCoupon, removeCartCoupon } from "./apply-coupon";
import { getCart } from "./get-cart";
import { updateCartItem } from "./update-cart-item";

function createCoupon(data: Partial<Prisma.CouponUncheckedCreateInput> = {}) {
  return db.coupon.create({ data: { code: unique("SAVE").toUpperCase(), type: "PERCENT", value: 10, ...data } });
}

/** A signed-in shopper whose cart holds `quantity` of a fresh product at `priceCents`. */
async function shopperWithCart({ priceCents = 2500, quantity = 2 } = {}) {
  const user = await createUser();
  const product = await createProduct({ priceCents });
  const owner = { userId: user.id };
  await addToCart({ owner, input: { variantId: product.variants[0]!.id, quantity } });
  return { user, owner, product };
}

const storedCode = async (userId: string) => (await db.cart.findUnique({ where: { userId }, select: { couponCode: true } }))?.couponCode ?? null;

describe("[CART] coupons", () => {
  it("applies a code typed in any case, stores it normalised and shows the discount", async () => {
    const { user, owner, product } = await shopperWithCart();
    const coupon = await createCoupon({ value: 10 });
    const applied = await applyCartCoupon({ owner, input: { code: `  ${coupon.code.toLowerCase()} ` } });
    expect(applied).toEqual({ code: coupon.code, discountCents: 500 });
    expect(await storedCode(user.id)).toBe(coupon.code);
    expect((await getCart(owner)).coupon).toEqual({ code: coupon.code, discountCents: 500, discountByStore: { [product.storeId]: 500 } });

    await expect(removeCartCoupon({ owner })).resolves.toEqual({ removed: true });
    expect(await storedCode(user.id)).toBeNull();
    expect((await getCart(owner)).coupon).toBeNull();
  });

  it("refuses each kind of unusable code with its reason under fields.code, keeping the code already there", async () => {
    const { user, owner } = await shopperWithCart({ priceCents: 2500, quantity: 2 });
    const kept = await createCoupon();
    await applyCartCoupon({ owner, input: { code: kept.code } });

    const used = await createCoupon({ perUserLimit: 1 });
    const order = await createDeliveredOrder({ buyerId: user.id, product: await createProduct() });
    await db.couponRedemption.create({ data: { couponId: used.id, userId: user.id, orderId: order.id, discountCents: 100 } });
    const otherStore = (await createStore()).store;

    const cases: [string, string][] = [
      ["NO-SUCH-CODE-42", "We don't recognise that code"],
      [(await createCoupon({ active: false })).code, "This code is no longer active"],
      [(await createCoupon({ startsAt: new Date("2099-03-01T00:00:00Z") })).code, "This code starts on March 1, 2099"],
      [(await createCoupon({ endsAt: new Date("2020-01-15T00:00:00Z") })).code, "This code expired on January 15, 2020"],
      [(await createCoupon({ minSubtotalCents: 6000 })).code, "Spend $10.00 more to use this code"],
      [(await createCoupon({ usageLimit: 1, redemptionCount: 1 })).code, "This code has been used up"],
      [used.code, "You've already used this code"],
      [(await createCoupon({ storeId: otherStore.id })).code, `This code is for ${otherStore.name} items only`],
    ];
    for (const [code, message] of cases) {
      const error = await refusal(applyCartCoupon({ owner, input: { code } }));
      expect({ code: error.code, status: error.status, message: error.message, fields: error.fields }, code).toEqual({
        code: "UNPROCESSABLE",
        status: 422,
        message,
        fields: { code: [message] },
      });
    }
    expect(await storedCode(user.id)).toBe(kept.code);
  });

  it("validates the code's length before looking it up", async () => {
    const { owner } = await shopperWithCart();
    for (const code of ["   ", "X".repeat(41)]) {
      const error = await applyCartCoupon({ owner, input: { code } }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: "ZodError" });
    }
  });

  it("refuses a code on an empty cart and on an anonymous cart", async () => {
    const user = await createUser();
    const coupon = await createCoupon();
    const empty = await refusal(applyCartCoupon({ owner: { userId: user.id }, input: { code: coupon.code } }));
    expect(empty).toMatchObject({ code: "UNPROCESSABLE", fields: { code: ["Add something to your cart before using a coupon code"] } });
    // The refusal leaves no cart behind.
    expect(await db.cart.count({ where: { userId: user.id } })).toBe(0);

    const product = await createProduct();
    const guest = { anonymousToken: unique("anon").padEnd(40, "x") };
    await addToCart({ owner: guest, input: { variantId: product.variants[0]!.id, quantity: 1 } });
    for (const owner of [guest, null]) {
      const error = await refusal(applyCartCoupon({ owner, input: { code: coupon.code } }));
      expect(error).toMatchObject({ code: "UNAUTHENTICATED", fields: { code: ["Sign in to use a coupon code"] } });
    }
    expect(await db.cart.findUnique({ where: { anonymousToken: guest.anonymousToken }, select: { couponCode: true } })).toEqual({ couponCode: null });
  });

  it("reports a code that stopped applying with its reason instead of dropping it", async () => {
    const { owner } = await shopperWithCart({ priceCents: 3000, quantity: 2 });
    const expiring = await createCoupon({ type: "FIXED", value: 1000, endsAt: new Date(Date.now() + 60 * 60 * 1000) });
    await applyCartCoupon({ owner, input: { code: expiring.code } });
    expect((await getCart(owner)).coupon).toMatchObject({ code: expiring.code, discountCents: 1000 });

    await db.coupon.update({ where: { id: expiring.id }, data: { endsAt: new Date("2024-06-30T00:00:00Z") } });
    const cart = await getCart(owner);
    expect(cart.coupon).toEqual({ code: expiring.code, error: "This code expired on June 30, 2024" });
    // Everything else about the cart still reads as before.
    expect(cart.subtotalCents).toBe(6000);
  });

  it("reports a minimum no longer met after items are removed, and an emptied cart", async () => {
    const { owner } = await shopperWithCart({ priceCents: 3000, quantity: 2 });
    const coupon = await createCoupon({ minSubtotalCents: 5000 });
    await applyCartCoupon({ owner, input: { code: coupon.code } });
    const itemId = (await getCart(owner)).sellers[0]!.items[0]!.id;
    await updateCartItem({ owner, input: { itemId, quantity: 1 } });
    expect((await getCart(owner)).coupon).toEqual({ code: coupon.code, error: "Spend $20.00 more to use this code" });
    await updateCartItem({ owner, input: { itemId, quantity: 0 } });
    expect((await getCart(owner)).coupon).toEqual({ code: coupon.code, error: "Add something to your cart before using a coupon code" });
  });

  it("offers each item up to its stock, capped at 99", async () => {
    const owner = { userId: (await createUser()).id };
    const few = await createProduct({ stock: 3 });
    const many = await createProduct({ stock: 500 });
    await addToCart({ owner, input: { variantId: few.variants[0]!.id, quantity: 1 } });
    await addToCart({ owner, input: { variantId: many.variants[0]!.id, quantity: 1 } });
    const items = (await getCart(owner)).sellers.flatMap((s) => s.items);
    expect(items.map((i) => i.maxQuantity)).toEqual([3, 99]);
    await db.product.update({ where: { id: few.id }, data: { status: "ARCHIVED" } });
    expect((await getCart(owner)).sellers.flatMap((s) => s.items).map((i) => i.maxQuantity)).toEqual([0, 99]);
  });
});
