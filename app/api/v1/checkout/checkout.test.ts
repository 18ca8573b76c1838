// [API v1] /checkout and /checkout/preview, called as a mobile app would: the real handlers with
// real Bearer tokens against PostgreSQL, a cart across two sellers, shipping and tax.
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { issueTokens } from "@/lib/auth/tokens";
import { addToCart } from "@/lib/cart/add-to-cart";
import { db } from "@/lib/db";
import { canonicalJson as canonical } from "@/lib/idempotency/canonical-json";
import { apiTestAddress as address, apiTestTax as tax, setUpApiOrderTests } from "@/lib/testing/api-order-setup";
import { createProduct, createStore, createUser, unique } from "@/lib/testing/factories";
import { POST as preview } from "./preview/route";
import { POST as checkout } from "./route";

vi.mock("@/lib/auth", () => ({ getActor: async () => null }));

setUpApiOrderTests();

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function call(handler: Handler, { token, json, key }: { token?: string; json?: unknown; key?: string }) {
  const headers = new Headers();
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (key !== undefined) headers.set("idempotency-key", key);
  if (json !== undefined) headers.set("content-type", "application/json");
  const body = json === undefined ? undefined : JSON.stringify(json);
  return handler(new NextRequest("http://localhost/api/v1/checkout", { method: "POST", headers, body }), { params: Promise.resolve({}) });
}

/**
 * A verified buyer whose cart holds 2 × 20.00 from store A (Courier 5.00) and 1 × 30.00 from store B
 * (no methods: free standard post). Tax 25 %: A 40.00 + 5.00 + 10.00 = 55.00, B 30.00 + 7.50 = 37.50.
 */
async function shopper() {
  const a = await createStore();
  const b = await createStore();
  const productA = await createProduct({ storeId: a.store.id, priceCents: 2000, stock: 5 });
  const productB = await createProduct({ storeId: b.store.id, priceCents: 3000, stock: 5 });
  const courier = await db.shippingMethod.create({ data: { storeId: a.store.id, name: "Courier", rateCents: 500, minDays: 2, maxDays: 4 } });
  const buyer = await createUser();
  await addToCart({ owner: { userId: buyer.id }, input: { variantId: productA.variants[0]!.id, quantity: 2 } });
  await addToCart({ owner: { userId: buyer.id }, input: { variantId: productB.variants[0]!.id, quantity: 1 } });
  const token = (await issueTokens({ userId: buyer.id })).accessToken;
  return { buyer, token, storeA: a.store, storeB: b.store, variantA: productA.variants[0]!, variantB: productB.variants[0]!, courier };
}

const stockOf = async (variantId: string) => (await db.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock;
const cartCount = async (userId: string) => db.cartItem.count({ where: { cart: { userId } } });
const ordersOf = async (userId: string) => db.order.count({ where: { buyerId: userId } });

describe("[CHECKOUT] POST /api/v1/checkout/preview", () => {
  it("prices the cart per seller with shipping options, tax and problems, and writes nothing", async () => {
    const { buyer, token, storeA, storeB, variantA, courier } = await shopper();
    const response = await call(preview, { token, json: { address: { country: "no" } } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const { data } = await response.json();
    expect(data).toMatchObject({ currency: "USD", subtotalCents: 7000, shippingCents: 500, discountCents: 0, taxCents: 1750, totalCents: 9250, tax, coupon: null, couponError: null, problems: [] });
    const [a, b] = data.sellers;
    expect(a).toMatchObject({ store: { id: storeA.id }, subtotalCents: 4000, shippingCents: 500, taxCents: 1000, totalCents: 5500, shipping: { id: courier.id, costCents: 500 } });
    expect(a.lines).toMatchObject([{ variantId: variantA.id, quantity: 2, unitPriceCents: 2000, lineTotalCents: 4000 }]);
    expect(b).toMatchObject({ store: { id: storeB.id }, totalCents: 3750, shippingOptions: [{ id: null, name: "Standard shipping", costCents: 0 }] });
    // Sellers are named by store, never by their user account.
    expect(Object.keys(a.store).sort()).toEqual(["id", "name", "slug"]);

    // Another method chosen for store A, a refused coupon, and too few left of an item.
    const express = await db.shippingMethod.create({ data: { storeId: storeA.id, name: "Express", rateCents: 1500, position: 1 } });
    await db.productVariant.update({ where: { id: variantA.id }, data: { stock: 1 } });
    const changed = (await (await call(preview, { token, json: { address: { country: "NO" }, shipping: { [storeA.id]: express.id }, couponCode: "NO-SUCH-CODE" } })).json()).data;
    expect(changed.sellers[0].shipping).toMatchObject({ id: express.id, costCents: 1500 });
    expect(changed.sellers[0].shippingOptions.map((o: { name: string }) => o.name)).toEqual(["Courier", "Express"]);
    expect(changed.couponError).toEqual(expect.any(String));
    expect(changed.problems).toEqual([expect.stringContaining("Only 1 left")]);

    expect(await cartCount(buyer.id)).toBe(2);
    expect(await stockOf(variantA.id)).toBe(1);
    expect(await ordersOf(buyer.id)).toBe(0);
  });

  it("uses an address from the book, refuses one that is not there, and taxes nothing without a known country", async () => {
    const { buyer, token } = await shopper();
    const saved = await db.address.create({ data: { userId: buyer.id, kind: "SHIPPING", ...address } });
    expect((await (await call(preview, { token, json: { addressId: saved.id } })).json()).data).toMatchObject({ taxCents: 1750, tax: { country: "NO" } });

    const stranger = await createUser();
    const theirs = await db.address.create({ data: { userId: stranger.id, kind: "SHIPPING", ...address } });
    const refused = await call(preview, { token, json: { addressId: theirs.id } });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.fields.addressId).toBeDefined();
    const badCountry = await call(preview, { token, json: { address: { country: "XX" } } });
    expect(badCountry.status).toBe(400);
    expect((await badCountry.json()).error.fields["address.country"]).toBeDefined();

    // No address given and none in the book of a new shopper: no tax yet.
    const { token: fresh } = await shopper();
    expect((await (await call(preview, { token: fresh, json: {} })).json()).data).toMatchObject({ taxCents: 0, tax: null, totalCents: 7500 });
    expect((await call(preview, { json: {} })).status).toBe(401);
    // The body is optional: none at all is no choices; JSON null is not an object.
    expect((await (await call(preview, { token: fresh })).json()).data).toMatchObject({ taxCents: 0, totalCents: 7500 });
    const nothing = await call(preview, { token: fresh, json: null });
    expect(nothing.status).toBe(400);
    expect((await nothing.json()).error.code).toBe("VALIDATION_FAILED");
  });
});

describe("[CHECKOUT] POST /api/v1/checkout", () => {
  it("places the order: 201 with its number, total and where to pay; the cart is emptied", async () => {
    const { buyer, token, variantA } = await shopper();
    const response = await call(checkout, { token, key: unique("key"), json: { address, expectedTotalCents: 9250 } });
    expect(response.status).toBe(201);
    expect(response.headers.get("idempotent-replayed")).toBe("false");
    const { data } = await response.json();
    expect(data).toMatchObject({ number: expect.any(Number), status: "PENDING_PAYMENT", totalCents: 9250, currency: "USD", paymentError: null });
    expect(data.checkoutUrl).toMatch(/\/pay\/sandbox\//);

    const order = await db.order.findUniqueOrThrow({ where: { id: data.orderId }, include: { subOrders: true } });
    expect(order).toMatchObject({ buyerId: buyer.id, number: data.number, totalCents: 9250, taxCents: 1750, shippingCents: 500 });
    expect(order.subOrders.map((part) => part.totalCents).sort()).toEqual([3750, 5500]);
    expect(await cartCount(buyer.id)).toBe(0);
    expect(await stockOf(variantA.id)).toBe(3);
  });

  it("[CHECKOUT] replays an idempotent request: 100 simultaneous POSTs with one key place one order and get 100 identical answers", async () => {
    const { buyer, token, variantA } = await shopper();
    const key = unique("key");
    const body = { address, expectedTotalCents: 9250 };
    const responses = await Promise.all(Array.from({ length: 100 }, () => call(checkout, { token, key, json: body })));
    // Compared as JSON: a replay comes from a jsonb column, which keeps its own key order.
    const bodies = await Promise.all(responses.map(async (r) => canonical(await r.json())));

    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(201));
    expect(new Set(bodies).size).toBe(1);
    expect(responses.filter((r) => r.headers.get("idempotent-replayed") === "false")).toHaveLength(1);
    expect(await ordersOf(buyer.id)).toBe(1);
    expect(JSON.parse(bodies[0]!).data.orderId).toBe((await db.order.findFirstOrThrow({ where: { buyerId: buyer.id } })).id);
    expect(await stockOf(variantA.id)).toBe(3);

    // Later, the same key and body (key order aside) still answers the same, without a second order.
    const again = await call(checkout, { token, key, json: { expectedTotalCents: 9250, address } });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(canonical(await again.json())).toBe(bodies[0]);
    expect(await ordersOf(buyer.id)).toBe(1);
  });

  it("needs an Idempotency-Key, and refuses a key reused for another body", async () => {
    const { buyer, token } = await shopper();
    const missing = await call(checkout, { token, json: { address } });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatchObject({ code: "VALIDATION_FAILED", fields: { idempotencyKey: ["Idempotency-Key is required"] } });
    expect(await ordersOf(buyer.id)).toBe(0);

    const key = unique("key");
    expect((await call(checkout, { token, key, json: { address } })).status).toBe(201);
    const reused = await call(checkout, { token, key, json: { address: { ...address, line1: "Somewhere else 2" } } });
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.fields.idempotencyKey).toBeDefined();
    expect(await ordersOf(buyer.id)).toBe(1);
    // A key is the caller's own: someone else may use the same one.
    const other = await shopper();
    expect((await call(checkout, { token: other.token, key, json: { address } })).status).toBe(201);
    expect((await call(checkout, { key, json: { address } })).status).toBe(401);
  });

  it("refuses an empty cart (422), a changed total (409 PRICE_CHANGED, replayed as such) and too little stock (409 OUT_OF_STOCK)", async () => {
    const empty = await createUser();
    const emptyToken = (await issueTokens({ userId: empty.id })).accessToken;
    const none = await call(checkout, { token: emptyToken, key: unique("key"), json: { address } });
    expect(none.status).toBe(422);
    expect((await none.json()).error).toMatchObject({ code: "UNPROCESSABLE", fields: { cart: ["Your cart is empty"] } });

    const { buyer, token, variantA } = await shopper();
    const key = unique("key");
    const changed = await call(checkout, { token, key, json: { address, expectedTotalCents: 9000 } });
    expect(changed.status).toBe(409);
    const refusal = await changed.json();
    expect(refusal.error).toMatchObject({ code: "PRICE_CHANGED", fields: { expectedTotalCents: ["The total is now $92.50"] } });
    expect(refusal.error.message).toContain("$92.50");
    // The refusal is the key's answer: a retry gets it again; a new attempt takes a new key.
    const retried = await call(checkout, { token, key, json: { address, expectedTotalCents: 9000 } });
    expect(retried.status).toBe(409);
    expect(retried.headers.get("idempotent-replayed")).toBe("true");
    expect(await cartCount(buyer.id)).toBe(2);
    expect(await ordersOf(buyer.id)).toBe(0);

    await db.productVariant.update({ where: { id: variantA.id }, data: { stock: 1 } });
    const short = await call(checkout, { token, key: unique("key"), json: { address } });
    expect(short.status).toBe(409);
    expect((await short.json()).error.code).toBe("OUT_OF_STOCK");
    expect(await ordersOf(buyer.id)).toBe(0);
  });

  it("refuses a buyer whose email address is not verified (403)", async () => {
    const { buyer, token } = await shopper();
    await db.user.update({ where: { id: buyer.id }, data: { emailVerified: null } });
    const response = await call(checkout, { token, key: unique("key"), json: { address } });
    expect(response.status).toBe(403);
    expect(await ordersOf(buyer.id)).toBe(0);
  });
});
