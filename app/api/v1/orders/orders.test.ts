// [API v1] /orders (the buyer's) and /seller/orders (each store's part), called as a mobile app
// would: the real handlers with real Bearer tokens against PostgreSQL. Orders are placed through
// POST /checkout from a cart across two sellers; "paid" is set without the provider's round trip.
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { issueTokens } from "@/lib/auth/tokens";
import { addToCart } from "@/lib/cart/add-to-cart";
import { db } from "@/lib/db";
import { drainJobs } from "@/lib/jobs";
import { apiTestAddress as address, setUpApiOrderTests } from "@/lib/testing/api-order-setup";
import { createProduct, createStore, createUser, unique } from "@/lib/testing/factories";
import { markOrderPaid } from "@/lib/testing/order-factories";
import { POST as checkout } from "../checkout/route";
import { POST as refund } from "../seller/orders/[subOrderId]/refunds/route";
import { GET as sellerOrder } from "../seller/orders/[subOrderId]/route";
import { POST as changeStatus } from "../seller/orders/[subOrderId]/status/route";
import { GET as sellerOrders } from "../seller/orders/route";
import { POST as cancel } from "./[orderId]/cancel/route";
import { POST as pay } from "./[orderId]/pay/route";
import { GET as order } from "./[orderId]/route";
import { GET as orders } from "./route";

vi.mock("@/lib/auth", () => ({ getActor: async () => null }));

setUpApiOrderTests();

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

function call<P>(handler: Handler<P>, { token, json, params, method = "GET", query = "", key }: { token?: string; json?: unknown; params?: P; method?: string; query?: string; key?: string }) {
  const headers = new Headers();
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (key) headers.set("idempotency-key", key);
  if (json !== undefined) headers.set("content-type", "application/json");
  const body = json === undefined ? undefined : JSON.stringify(json);
  return handler(new NextRequest(`http://localhost/api/v1/orders${query}`, { method, headers, body }), { params: Promise.resolve((params ?? {}) as P) });
}
const post = <P,>(handler: Handler<P>, token: string | undefined, params: P, json?: unknown) => call(handler, { token, params, json, method: "POST" });

async function member(role: "BUYER" | "SELLER" = "BUYER") {
  const user = await createUser({ role });
  return { user, token: (await issueTokens({ userId: user.id })).accessToken };
}
async function seller() {
  const { owner, store } = await createStore();
  return { store, user: owner, token: (await issueTokens({ userId: owner.id })).accessToken };
}

/**
 * A buyer's order through POST /checkout: 2 × 20.00 from store A (Courier 5.00) and 1 × 30.00 from
 * store B, 25 % tax: part A 55.00, part B 37.50.
 */
async function placedOrder() {
  const a = await seller();
  const b = await seller();
  const productA = await createProduct({ storeId: a.store.id, priceCents: 2000, stock: 5 });
  const productB = await createProduct({ storeId: b.store.id, priceCents: 3000, stock: 5 });
  await db.shippingMethod.create({ data: { storeId: a.store.id, name: "Courier", rateCents: 500 } });
  const buyer = await member();
  await addToCart({ owner: { userId: buyer.user.id }, input: { variantId: productA.variants[0]!.id, quantity: 2 } });
  await addToCart({ owner: { userId: buyer.user.id }, input: { variantId: productB.variants[0]!.id, quantity: 1 } });
  const response = await call(checkout, { token: buyer.token, method: "POST", key: unique("key"), json: { address } });
  expect(response.status).toBe(201);
  const { data } = await response.json();
  const parts = await db.subOrder.findMany({ where: { orderId: data.orderId }, select: { id: true, storeId: true } });
  const partOf = (storeId: string) => parts.find((part) => part.storeId === storeId)!.id;
  return { orderId: data.orderId as string, number: data.number as number, buyer, a, b, partA: partOf(a.store.id), partB: partOf(b.store.id), variantA: productA.variants[0]!, variantB: productB.variants[0]! };
}

const stockOf = async (variantId: string) => (await db.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock;
const statusOf = async (subOrderId: string) => (await db.subOrder.findUniqueOrThrow({ where: { id: subOrderId } })).status;

describe("[ORDERS] GET /api/v1/orders and /orders/{orderId}", () => {
  it("lists and shows the caller's own orders only", async () => {
    const placed = await placedOrder();
    const { token } = placed.buyer;

    const list = await call(orders, { token, query: "?page=1&pageSize=5" });
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("private, no-store");
    const listed = await list.json();
    expect(listed.pagination).toEqual({ page: 1, pageSize: 5, total: 1, pageCount: 1 });
    expect(listed.data).toMatchObject([{ id: placed.orderId, number: placed.number, status: "PENDING_PAYMENT", totalCents: 9250 }]);
    expect(listed.data[0].subOrders).toHaveLength(2);

    const detail = await call(order, { token, params: { orderId: placed.orderId } });
    expect(detail.status).toBe(200);
    expect(detail.headers.get("cache-control")).toBe("private, no-store");
    const { data } = await detail.json();
    expect(data).toMatchObject({ id: placed.orderId, number: placed.number, totalCents: 9250, taxCents: 1750, canPay: true, shippingAddress: { city: "Oslo" } });
    const partA = data.subOrders.find((part: { id: string }) => part.id === placed.partA);
    expect(partA).toMatchObject({ status: "PENDING_PAYMENT", totalCents: 5500, shippingMethodName: "Courier", store: { id: placed.a.store.id }, actions: ["CANCELLED"] });
    expect(partA.items).toMatchObject([{ quantity: 2, unitPriceCents: 2000, lineTotalCents: 4000 }]);
    expect(partA.statusEvents).toMatchObject([{ fromStatus: null, toStatus: "PENDING_PAYMENT" }]);
    expect(JSON.stringify(data)).not.toContain(placed.a.user.id);

    // Anyone else: an empty list, and the order is simply not there.
    const stranger = await member();
    expect((await (await call(orders, { token: stranger.token })).json()).data).toEqual([]);
    expect((await call(order, { token: stranger.token, params: { orderId: placed.orderId } })).status).toBe(404);
    expect((await call(order, { token: placed.a.token, params: { orderId: placed.orderId } })).status).toBe(404);
    expect((await call(order, { token, params: { orderId: "not-an-order" } })).status).toBe(404);
    expect((await call(order, { params: { orderId: placed.orderId } })).status).toBe(401);
  });
});

describe("[ORDERS] POST /api/v1/orders/{orderId}/cancel and /pay", () => {
  it("cancels an unpaid order whole and puts the stock back; only its buyer may", async () => {
    const placed = await placedOrder();
    expect(await stockOf(placed.variantA.id)).toBe(3);
    const stranger = await member();
    expect((await post(cancel, stranger.token, { orderId: placed.orderId })).status).toBe(404);
    expect((await post(cancel, placed.buyer.token, { orderId: "not-a-uuid" })).status).toBe(404);
    expect(await statusOf(placed.partA)).toBe("PENDING_PAYMENT");

    const response = await post(cancel, placed.buyer.token, { orderId: placed.orderId }, { reason: "Ordered the wrong size" });
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data).toMatchObject({ id: placed.orderId, status: "CANCELLED", canPay: false });
    expect(data.subOrders.map((part: { status: string }) => part.status)).toEqual(["CANCELLED", "CANCELLED"]);
    expect(await stockOf(placed.variantA.id)).toBe(5);
    expect(await stockOf(placed.variantB.id)).toBe(5);

    const again = await post(cancel, placed.buyer.token, { orderId: placed.orderId });
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toMatch(/can no longer be cancelled/);
  });

  it("gives a fresh payment page while unpaid, and refuses once paid", async () => {
    const placed = await placedOrder();
    const stranger = await member();
    expect((await post(pay, stranger.token, { orderId: placed.orderId })).status).toBe(404);
    expect((await post(pay, placed.buyer.token, { orderId: "not-a-uuid" })).status).toBe(404);

    const response = await post(pay, placed.buyer.token, { orderId: placed.orderId });
    expect(response.status).toBe(200);
    expect((await response.json()).data).toEqual({ checkoutUrl: expect.stringMatching(/\/pay\/sandbox\//) });

    await markOrderPaid(placed.orderId);
    const paid = await post(pay, placed.buyer.token, { orderId: placed.orderId });
    expect(paid.status).toBe(409);
    expect((await paid.json()).error.message).toBe("This order is not awaiting payment");
  });
});

describe("[ORDERS] /api/v1/seller/orders", () => {
  it("lists and shows each store's own parts only, with counts by status", async () => {
    const placed = await placedOrder();
    await markOrderPaid(placed.orderId);

    const list = await call(sellerOrders, { token: placed.a.token });
    expect(list.status).toBe(200);
    expect(list.headers.get("cache-control")).toBe("private, no-store");
    const listed = await list.json();
    expect(listed.data).toMatchObject([{ id: placed.partA, status: "PAID", totalCents: 5500, order: { id: placed.orderId, number: placed.number, shipTo: { city: "Oslo", country: "NO" } } }]);
    expect(listed.counts).toEqual({ PAID: 1 });
    expect(listed.pagination).toEqual({ page: 1, pageSize: 20, total: 1, pageCount: 1 });
    expect((await (await call(sellerOrders, { token: placed.a.token, query: "?status=DELIVERED" })).json()).data).toEqual([]);
    expect((await call(sellerOrders, { token: placed.a.token, query: "?status=LOST" })).status).toBe(400);
    expect((await (await call(sellerOrders, { token: placed.b.token })).json()).data.map((part: { id: string }) => part.id)).toEqual([placed.partB]);
    // No approved store of one's own: not the seller area.
    expect((await call(sellerOrders, { token: placed.buyer.token })).status).toBe(403);

    const detail = await call(sellerOrder, { token: placed.a.token, params: { subOrderId: placed.partA } });
    expect(detail.status).toBe(200);
    expect((await detail.json()).data).toMatchObject({
      id: placed.partA,
      status: "PAID",
      order: { id: placed.orderId, shippingAddress: { fullName: "Ada Buyer", city: "Oslo" } },
      actions: ["PREPARING", "CANCELLED", "REFUNDED"],
      refundableCents: 5500,
    });
    expect((await call(sellerOrder, { token: placed.b.token, params: { subOrderId: placed.partA } })).status).toBe(404);
    expect((await call(sellerOrder, { token: placed.buyer.token, params: { subOrderId: placed.partA } })).status).toBe(404);
  });

  it("moves a part PAID → PREPARING → IN_TRANSIT (tracking required) → DELIVERED, and refuses illegal jumps and strangers", async () => {
    const placed = await placedOrder();
    await markOrderPaid(placed.orderId);
    const { token } = placed.a;
    const params = { subOrderId: placed.partA };

    const jump = await post(changeStatus, token, params, { status: "DELIVERED" });
    expect(jump.status).toBe(409);
    expect((await jump.json()).error).toMatchObject({ code: "CONFLICT", message: "An order that is paid cannot become delivered" });

    // The buyer cancels through /orders/{orderId}/cancel; on the seller's route the part is not theirs.
    expect((await post(changeStatus, placed.buyer.token, params, { status: "CANCELLED" })).status).toBe(404);
    expect((await post(changeStatus, placed.b.token, params, { status: "PREPARING" })).status).toBe(404);
    expect(await statusOf(placed.partA)).toBe("PAID");

    const preparing = await post(changeStatus, token, params, { status: "PREPARING" });
    expect(preparing.status).toBe(200);
    expect((await preparing.json()).data).toMatchObject({ id: placed.partA, status: "PREPARING", actions: ["IN_TRANSIT", "CANCELLED", "REFUNDED"] });

    const untracked = await post(changeStatus, token, params, { status: "IN_TRANSIT", carrier: "Posten" });
    expect(untracked.status).toBe(400);
    expect((await untracked.json()).error).toMatchObject({ code: "VALIDATION_FAILED", fields: { trackingNumber: ["Enter the tracking number"] } });

    const shipped = await post(changeStatus, token, params, { status: "IN_TRANSIT", carrier: "Posten", trackingNumber: "LA123456789NO" });
    expect(shipped.status).toBe(200);
    expect((await shipped.json()).data).toMatchObject({ status: "IN_TRANSIT", carrier: "Posten", trackingNumber: "LA123456789NO" });

    const delivered = await post(changeStatus, token, params, { status: "DELIVERED" });
    expect(delivered.status).toBe(200);
    const { data } = await delivered.json();
    expect(data).toMatchObject({ status: "DELIVERED", deliveredAt: expect.any(String), order: { status: "PARTIALLY_FULFILLED" } });
    expect(data.statusEvents.map((e: { toStatus: string }) => e.toStatus)).toEqual(["PENDING_PAYMENT", "PAID", "PREPARING", "IN_TRANSIT", "DELIVERED"]);
    // The other store's part did not move.
    expect(await statusOf(placed.partB)).toBe("PAID");
  });

  it("refunds part, then the rest (the part becomes REFUNDED); never more than was paid", async () => {
    const placed = await placedOrder();
    await markOrderPaid(placed.orderId);
    const params = { subOrderId: placed.partA };

    expect((await post(refund, placed.b.token, params, { amountCents: 500 })).status).toBe(404);
    expect((await post(refund, placed.buyer.token, params, { amountCents: 500 })).status).toBe(404);

    const partial = await post(refund, placed.a.token, params, { amountCents: 500, reason: "Scratched box" });
    expect(partial.status).toBe(201);
    expect((await partial.json()).data).toEqual({ refundId: expect.any(String), amountCents: 500 });
    expect(await statusOf(placed.partA)).toBe("PAID");

    const tooMuch = await post(refund, placed.a.token, params, { amountCents: 5001 });
    expect(tooMuch.status).toBe(422);
    expect((await tooMuch.json()).error.fields.amountCents).toBeDefined();
    expect((await post(refund, placed.a.token, params, { amountCents: -5 })).status).toBe(400);
    const overCap = await post(refund, placed.a.token, params, { amountCents: 100_000_001 });
    expect(overCap.status).toBe(400);
    expect((await overCap.json()).error.fields.amountCents).toEqual(["At most $1,000,000.00 at once"]);
    expect((await post(refund, placed.a.token, params, { amountCents: "500" })).status).toBe(400);

    // No body: all that is left.
    const rest = await post(refund, placed.a.token, params);
    expect(rest.status).toBe(201);
    expect((await rest.json()).data).toMatchObject({ amountCents: 5000 });
    expect(await statusOf(placed.partA)).toBe("REFUNDED");
    expect((await post(refund, placed.a.token, params, {})).status).toBe(409);

    await drainJobs();
    const refunds = await db.refund.findMany({ where: { subOrderId: placed.partA }, orderBy: { createdAt: "asc" } });
    expect(refunds.map((r) => [r.amountCents, r.status])).toEqual([
      [500, "SUCCEEDED"],
      [5000, "SUCCEEDED"],
    ]);
    expect((await db.subOrder.findUniqueOrThrow({ where: { id: placed.partA } })).refundedCents).toBe(5500);
  });
});
