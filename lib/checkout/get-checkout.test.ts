// [CHECKOUT] the checkout page's data: addresses and the one chosen, the quote per seller and its
// sums (shipping free over a threshold, tax by destination country, coupon split between sellers)
// and what stops an order, all read from the page's query string.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addToCart } from "@/lib/cart/add-to-cart";
import { db } from "@/lib/db";
import { createActor, createProduct, createStore, createUser, refusal, unique } from "@/lib/testing/factories";
import { getCheckout, readCheckoutParams } from "./get-checkout";

beforeAll(async () => {
  // Upserted with the same values every time, so test files running side by side agree.
  await db.taxRate.upsert({ where: { country: "DE" }, create: { country: "DE", rateBps: 1900, label: "VAT" }, update: { rateBps: 1900, label: "VAT" } });
});

async function sellerWith(options: { priceCents: number; stock?: number; methods?: { name: string; rateCents: number; freeOverCents?: number; minDays?: number; maxDays?: number }[] }) {
  const { store } = await createStore();
  const product = await createProduct({ storeId: store.id, priceCents: options.priceCents, stock: options.stock ?? 10 });
  const methods = [];
  for (const [position, method] of (options.methods ?? []).entries()) {
    methods.push(await db.shippingMethod.create({ data: { storeId: store.id, position, freeOverCents: null, ...method } }));
  }
  return { store, product, variant: product.variants[0]!, methods };
}

async function addAddress(actor: Actor, data: { country: string; postalCode: string; kind?: "SHIPPING" | "BILLING"; isDefault?: boolean }) {
  return db.address.create({
    data: { userId: actor.userId, fullName: "Ada Buyer", line1: "1 Test Street", city: "Testville", kind: "SHIPPING", isDefault: false, ...data },
  });
}

async function shopper(lines: { variantId: string; quantity: number }[]) {
  const actor = await createActor();
  for (const line of lines) await addToCart({ owner: { userId: actor.userId }, input: line });
  return actor;
}

const couponCode = () => unique("SAVE").toUpperCase();

describe("[CHECKOUT] getCheckout", () => {
  it("sums each seller's goods, shipping, share of the coupon and tax into the totals", async () => {
    const a = await sellerWith({ priceCents: 2000, methods: [{ name: "Courier", rateCents: 500, freeOverCents: 5000 }] });
    const b = await sellerWith({ priceCents: 3000, methods: [{ name: "Post", rateCents: 700, freeOverCents: 5000 }] });
    const actor = await shopper([
      { variantId: a.variant.id, quantity: 3 }, // 60.00: over the threshold, ships free
      { variantId: b.variant.id, quantity: 1 }, // 30.00: pays 7.00
    ]);
    const home = await addAddress(actor, { country: "DE", postalCode: "10115", isDefault: true });
    const code = couponCode();
    await db.coupon.create({ data: { code, type: "PERCENT", value: 10 } });
    await db.cart.update({ where: { userId: actor.userId }, data: { couponCode: code } });

    const { quote, addressId, country, couponCode: used, lineCount } = await getCheckout({ actor, params: {} });
    expect({ addressId, country, used, lineCount }).toEqual({ addressId: home.id, country: "DE", used: code, lineCount: 2 });
    const partA = quote.sellers.find((s) => s.store.id === a.store.id)!;
    const partB = quote.sellers.find((s) => s.store.id === b.store.id)!;
    // VAT 19 % on the goods after discount: 54.00 → 10.26, 27.00 → 5.13; shipping is not taxed.
    expect(partA).toMatchObject({ subtotalCents: 6000, shippingCents: 0, discountCents: 600, taxCents: 1026, totalCents: 6426 });
    expect(partB).toMatchObject({ subtotalCents: 3000, shippingCents: 700, discountCents: 300, taxCents: 513, totalCents: 3913 });
    expect(quote).toMatchObject({ subtotalCents: 9000, shippingCents: 700, discountCents: 900, taxCents: 1539, totalCents: 6426 + 3913 });
    expect(quote.totalCents).toBe(quote.subtotalCents - quote.discountCents + quote.shippingCents + quote.taxCents);
    expect(quote.tax).toEqual({ country: "DE", label: "VAT", rateBps: 1900 });
    expect(quote.coupon).toMatchObject({ code, discountCents: 900 });
    expect(quote.problems).toEqual([]);
  });

  it("prices the shipping method chosen per seller, free over its threshold, and ignores a method of another store", async () => {
    const a = await sellerWith({
      priceCents: 2000,
      methods: [
        { name: "Standard", rateCents: 500, freeOverCents: 5000, minDays: 3, maxDays: 5 },
        { name: "Express", rateCents: 1500, freeOverCents: 10000, minDays: 1, maxDays: 2 },
      ],
    });
    const other = await sellerWith({ priceCents: 1000, methods: [{ name: "Elsewhere", rateCents: 100 }] });
    const actor = await shopper([{ variantId: a.variant.id, quantity: 3 }]);
    const [standard, express] = a.methods;
    const key = `ship.${a.store.id}`;

    const first = (await getCheckout({ actor, params: {} })).quote.sellers[0]!;
    expect(first.shipping).toMatchObject({ id: standard!.id, costCents: 0 });
    expect(first.shippingOptions.map((o) => [o.name, o.rateCents, o.costCents, o.minDays, o.maxDays])).toEqual([
      ["Standard", 500, 0, 3, 5],
      ["Express", 1500, 1500, 1, 2],
    ]);

    const chosen = await getCheckout({ actor, params: new URLSearchParams({ [key]: express!.id }) });
    expect(chosen.quote.sellers[0]).toMatchObject({ shipping: { id: express!.id }, shippingCents: 1500, totalCents: 6000 + 1500 });
    expect(chosen.quote.shippingCents).toBe(1500);

    // Another store's method (or nonsense) falls back to the first method, as placeOrder does.
    for (const value of [other.methods[0]!.id, "nope"]) {
      expect((await getCheckout({ actor, params: { [key]: value } })).quote.sellers[0]!.shipping.id).toBe(standard!.id);
    }
    // Under the threshold the flat rate is due.
    const itemId = (await db.cartItem.findFirstOrThrow({ where: { cart: { userId: actor.userId } } })).id;
    await db.cartItem.update({ where: { id: itemId }, data: { quantity: 2 } });
    expect((await getCheckout({ actor, params: {} })).quote.sellers[0]).toMatchObject({ subtotalCents: 4000, shippingCents: 500 });
  });

  it("picks the address asked for, else the default shipping one, else the first; a typed one is taxed by its country", async () => {
    const seller = await sellerWith({ priceCents: 10000 });
    const actor = await shopper([{ variantId: seller.variant.id, quantity: 1 }]);
    expect(await getCheckout({ actor, params: {} })).toMatchObject({ addresses: [], addressId: null, country: null, quote: { tax: null, taxCents: 0 } });

    const billing = await addAddress(actor, { kind: "BILLING", country: "DE", postalCode: "10115", isDefault: true });
    // No shipping default yet: the first address is used, shipping ones are listed first.
    const polar = await addAddress(actor, { country: "AQ", postalCode: "BIPD 1ZZ" });
    let view = await getCheckout({ actor, params: {} });
    expect(view.addresses.map((a) => a.id)).toEqual([polar.id, billing.id]);
    expect(view.addressId).toBe(polar.id);
    // A country without a rate: no tax, still shown as a line of its own.
    expect(view.quote).toMatchObject({ tax: { country: "AQ", label: "Tax", rateBps: 0 }, taxCents: 0, totalCents: 10000 });

    const berlin = await addAddress(actor, { country: "DE", postalCode: "10117", isDefault: true });
    view = await getCheckout({ actor, params: {} });
    expect(view.addressId).toBe(berlin.id);
    expect(view.quote).toMatchObject({ tax: { country: "DE", label: "VAT", rateBps: 1900 }, subtotalCents: 10000, taxCents: 1900, totalCents: 11900 });

    expect((await getCheckout({ actor, params: { address: polar.id } })).addressId).toBe(polar.id);
    // Someone else's address is not offered: back to the default.
    const stranger = await createActor();
    const theirs = await addAddress(stranger, { country: "AQ", postalCode: "BIPD 1ZZ", isDefault: true });
    expect((await getCheckout({ actor, params: { address: theirs.id } })).addressId).toBe(berlin.id);

    view = await getCheckout({ actor, params: { address: "new", country: "de" } });
    expect(view).toMatchObject({ addressId: null, country: "DE", quote: { taxCents: 1900 } });
    view = await getCheckout({ actor, params: { address: "new", country: "XX" } });
    expect(view).toMatchObject({ addressId: null, country: null, quote: { tax: null, taxCents: 0, totalCents: 10000 } });
  });

  it("splits a coupon between sellers to the cent; the field's code wins over the cart's, an empty field means none", async () => {
    const a = await sellerWith({ priceCents: 6000 });
    const b = await sellerWith({ priceCents: 3000 });
    const actor = await shopper([
      { variantId: a.variant.id, quantity: 1 },
      { variantId: b.variant.id, quantity: 1 },
    ]);
    const fixed = couponCode();
    await db.coupon.create({ data: { code: fixed, type: "FIXED", value: 1000 } });
    const onlyB = couponCode();
    await db.coupon.create({ data: { code: onlyB, type: "PERCENT", value: 50, storeId: b.store.id } });
    await db.cart.update({ where: { userId: actor.userId }, data: { couponCode: onlyB } });

    const share = (view: Awaited<ReturnType<typeof getCheckout>>) => view.quote.sellers.map((s) => [s.store.id, s.discountCents]);
    // 10.00 over 60.00 and 30.00: 6.67 and 3.33 (the odd cent to the larger remainder).
    const split = await getCheckout({ actor, params: { coupon: fixed.toLowerCase() } });
    expect(split.couponCode).toBe(fixed.toLowerCase());
    expect(share(split)).toEqual([
      [a.store.id, 667],
      [b.store.id, 333],
    ]);
    expect(split.quote).toMatchObject({ discountCents: 1000, coupon: { code: fixed, discountCents: 1000 }, couponError: null, totalCents: 8000 });

    // Without the parameter, the cart's own code: a store's code discounts only that store.
    const saved = await getCheckout({ actor, params: {} });
    expect(saved.couponCode).toBe(onlyB);
    expect(share(saved)).toEqual([
      [a.store.id, 0],
      [b.store.id, 1500],
    ]);

    const none = await getCheckout({ actor, params: { coupon: "" } });
    expect(none).toMatchObject({ couponCode: null, quote: { coupon: null, couponError: null, discountCents: 0, totalCents: 9000 } });

    const unknown = await getCheckout({ actor, params: { coupon: "NO-SUCH-CODE" } });
    expect(unknown.quote).toMatchObject({ coupon: null, discountCents: 0 });
    expect(unknown.quote.couponError).toEqual(expect.any(String));
  });

  it("reports an item no longer for sale or short of stock, and leaves the unavailable one out of the sums", async () => {
    const gone = await sellerWith({ priceCents: 1500 });
    const short = await sellerWith({ priceCents: 1000, stock: 5 });
    const actor = await shopper([
      { variantId: gone.variant.id, quantity: 1 },
      { variantId: short.variant.id, quantity: 4 },
    ]);
    await db.product.update({ where: { id: gone.product.id }, data: { status: "ARCHIVED" } });
    await db.productVariant.update({ where: { id: short.variant.id }, data: { stock: 2 } });

    const { quote, lineCount } = await getCheckout({ actor, params: {} });
    expect(lineCount).toBe(2);
    expect(quote.problems).toEqual([
      `${gone.product.title} is no longer available: remove it from your cart`,
      `Only 2 left of ${short.product.title} (${short.variant.title})`,
    ]);
    expect(quote.sellers.map((s) => s.store.id)).toEqual([short.store.id]);
    expect(quote.subtotalCents).toBe(4000);
  });

  it("answers an empty cart with nothing to quote, and refuses a visitor", async () => {
    const actor = await createActor();
    expect(await getCheckout({ actor, params: {} })).toMatchObject({ lineCount: 0, quote: { sellers: [], totalCents: 0, problems: [] } });
    expect(await refusal(getCheckout({ actor: null, params: {} }))).toMatchObject({ code: "UNAUTHENTICATED" });
    // A deleted account is refused too, even with a session still around.
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    const ghost: Actor = { userId: user.id, email: user.email, name: user.name, role: "BUYER", emailVerified: true };
    expect(await refusal(getCheckout({ actor: ghost, params: {} }))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("reads the query string whichever way it comes", () => {
    expect(readCheckoutParams({ address: ["a1", "a2"], "ship.s1": " m1 ", "ship.": "x", coupon: "  save10 ", country: "ie" })).toEqual({
      address: "a1",
      country: "IE",
      shipping: { s1: "m1" },
      couponCode: "save10",
    });
    expect(readCheckoutParams(new URLSearchParams("ship.s1=m1&ship.s1=m2&coupon=%20"))).toEqual({ address: undefined, country: null, shipping: { s1: "m1" }, couponCode: null });
    expect(readCheckoutParams(undefined)).toEqual({ address: undefined, country: null, shipping: {}, couponCode: undefined });
  });
});
