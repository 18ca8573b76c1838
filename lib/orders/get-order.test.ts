// [ORDERS] The seller's side of reading orders: each store sees its own sub-orders only (someone
// else's is NOT_FOUND), filtered and counted by status, and each offers the moves that can be made.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { configureJobRunner, drainJobs } from "@/lib/jobs";
import { addToCart } from "@/lib/cart/add-to-cart";
import { createActor, createProduct, refusal } from "@/lib/testing/factories";
import { createPaidOrder, createSeller } from "@/lib/testing/order-factories";
import { changeSubOrderStatus } from "./change-status";
import { getStoreOrder, listStoreOrders } from "./get-order";
import { refundSubOrder } from "./refunds";

// No realtime server runs here; what is pushed is not under test.
vi.mock("@/lib/realtime", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/realtime")>()), publishToUser: async () => true, publishToStore: async () => true }));

beforeAll(() => {
  configureJobRunner({ retryBaseDelayMs: 5, retryMaxDelayMs: 20 });
});

// Follow-up jobs (notifications, refunds at the provider) finish inside the test that started them.
afterEach(async () => {
  await drainJobs();
});

describe("[ORDERS] listStoreOrders", () => {
  it("lists only the store's own sub-orders, newest first, with the buyer and where it goes", async () => {
    const a = await createSeller();
    const b = await createSeller();
    // One checkout with both sellers in it: each store sees its own part only.
    const buyer = await createActor();
    const productOfA = await createProduct({ storeId: a.store.id, priceCents: 1000 });
    await addToCart({ owner: { userId: buyer.userId }, input: { variantId: productOfA.variants[0]!.id, quantity: 2 } });
    const shared = await createPaidOrder({ seller: b, buyer });
    const onlyA = await createPaidOrder({ seller: a });

    const page = await listStoreOrders({ actor: a.seller });
    expect(page.store.id).toBe(a.store.id);
    expect(page.total).toBe(2);
    expect(page.subOrders.map((p) => p.order.number)).toEqual([onlyA.number, shared.number]);
    const partOfShared = page.subOrders[1]!;
    expect(partOfShared.items).toEqual([{ productTitle: productOfA.title, quantity: 2 }]);
    expect(partOfShared.order).toMatchObject({ id: shared.orderId, buyer: { name: "Test User" }, shipTo: { fullName: "Ada Buyer", city: "Dublin", country: "IE" } });
    expect(partOfShared.order).not.toHaveProperty("shippingAddress");

    const ofB = await listStoreOrders({ actor: b.seller });
    expect(ofB.subOrders.map((p) => p.id)).toEqual([shared.subOrder.id]);
    expect(ofB.subOrders[0]!.items.map((i) => i.productTitle)).toEqual([shared.product.title]);
  });

  it("filters by status, counts every status and pages", async () => {
    const a = await createSeller();
    const first = await createPaidOrder({ seller: a });
    await createPaidOrder({ seller: a });
    await createPaidOrder({ seller: a });
    const unpaid = await createPaidOrder({ seller: a, paid: false });
    await changeSubOrderStatus({ actor: a.seller, subOrderId: first.subOrder.id, input: { status: "PREPARING" } });

    const all = await listStoreOrders({ actor: a.seller });
    expect(all.total).toBe(4);
    expect(all.counts).toEqual({ PAID: 2, PREPARING: 1, PENDING_PAYMENT: 1 });

    const paid = await listStoreOrders({ actor: a.seller, query: { status: "PAID" } });
    expect(paid.total).toBe(2);
    expect(paid.subOrders.every((p) => p.status === "PAID")).toBe(true);
    // The counts stay those of the whole store, for the tabs.
    expect(paid.counts).toEqual(all.counts);
    expect((await listStoreOrders({ actor: a.seller, query: { status: "PENDING_PAYMENT" } })).subOrders.map((p) => p.id)).toEqual([unpaid.subOrder.id]);
    expect((await listStoreOrders({ actor: a.seller, query: { status: "DELIVERED" } })).subOrders).toEqual([]);

    const second = await listStoreOrders({ actor: a.seller, query: { page: "2", pageSize: "3" } });
    expect(second).toMatchObject({ page: 2, pageCount: 2, total: 4 });
    expect(second.subOrders.map((p) => p.id)).toEqual([first.subOrder.id]);
  });

  it("is for approved sellers only", async () => {
    const buyer = await createActor();
    expect((await refusal(listStoreOrders({ actor: buyer }))).code).toBe("FORBIDDEN");
    expect((await refusal(listStoreOrders({ actor: null }))).code).toBe("UNAUTHENTICATED");
    const a = await createSeller();
    await db.store.update({ where: { id: a.store.id }, data: { status: "SUSPENDED" } });
    expect((await refusal(listStoreOrders({ actor: a.seller }))).code).toBe("FORBIDDEN");
  });
});

describe("[ORDERS] getStoreOrder", () => {
  it("shows the seller everything needed to ship, and hides the order from everyone else", async () => {
    const a = await createSeller();
    const b = await createSeller();
    const placed = await createPaidOrder({ seller: a, quantity: 2, priceCents: 1250 });

    const view = await getStoreOrder({ actor: a.seller, subOrderId: placed.subOrder.id });
    expect(view).toMatchObject({ id: placed.subOrder.id, status: "PAID", subtotalCents: 2500, totalCents: placed.subOrder.totalCents, refundedCents: 0 });
    expect(view.order).toMatchObject({ id: placed.orderId, number: placed.number, email: placed.buyer.email, buyer: { name: "Test User" } });
    expect(view.order.shippingAddress).toMatchObject({ fullName: "Ada Buyer", line1: "1 Quay Street", city: "Dublin", postalCode: "D02 X285", country: "IE" });
    expect(view.order.paidAt).toBeInstanceOf(Date);
    expect(view.items).toEqual([expect.objectContaining({ productTitle: placed.product.title, sku: placed.variant.sku, variantTitle: placed.variant.title, quantity: 2, unitPriceCents: 1250, lineTotalCents: 2500 })]);
    expect(view.statusEvents.map((e) => [e.fromStatus, e.toStatus, e.actorRole])).toEqual([
      [null, "PENDING_PAYMENT", "BUYER"],
      ["PENDING_PAYMENT", "PAID", "SYSTEM"],
    ]);
    expect(view.refundableCents).toBe(placed.subOrder.totalCents);
    // Internal ids stay out of the view.
    expect(view.store).not.toHaveProperty("ownerId");
    expect(view.order).not.toHaveProperty("buyerId");

    expect((await refusal(getStoreOrder({ actor: b.seller, subOrderId: placed.subOrder.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(getStoreOrder({ actor: placed.buyer, subOrderId: placed.subOrder.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(getStoreOrder({ actor: null, subOrderId: placed.subOrder.id }))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(getStoreOrder({ actor: a.seller, subOrderId: "no-such-sub-order" }))).code).toBe("NOT_FOUND");
    expect((await refusal(getStoreOrder({ actor: a.seller, subOrderId: "x".repeat(65) }))).code).toBe("NOT_FOUND");
  });

  it("lets an admin read any store's sub-order", async () => {
    const placed = await createPaidOrder();
    const admin = await createActor({ role: "ADMIN" });
    const view = await getStoreOrder({ actor: admin, subOrderId: placed.subOrder.id });
    expect(view.store.id).toBe(placed.store.id);
    expect(view.actions).toEqual(["PREPARING", "CANCELLED", "REFUNDED"]);
  });

  it("offers the moves each status allows, and what is left to refund", async () => {
    const a = await createSeller();
    const placed = await createPaidOrder({ seller: a, priceCents: 4000 });
    const id = placed.subOrder.id;
    const total = placed.subOrder.totalCents;
    const read = () => getStoreOrder({ actor: a.seller, subOrderId: id });

    expect((await read()).actions).toEqual(["PREPARING", "CANCELLED", "REFUNDED"]);
    await changeSubOrderStatus({ actor: a.seller, subOrderId: id, input: { status: "PREPARING" } });
    expect((await read()).actions).toEqual(["IN_TRANSIT", "CANCELLED", "REFUNDED"]);

    const missing = await refusal(changeSubOrderStatus({ actor: a.seller, subOrderId: id, input: { status: "IN_TRANSIT", carrier: " " } }));
    expect(Object.keys(missing.fields ?? {}).sort()).toEqual(["carrier", "trackingNumber"]);
    await changeSubOrderStatus({ actor: a.seller, subOrderId: id, input: { status: "IN_TRANSIT", carrier: "An Post", trackingNumber: "CP123456IE" } });
    const shipped = await read();
    expect(shipped.actions).toEqual(["DELIVERED", "REFUNDED"]);
    expect(shipped).toMatchObject({ carrier: "An Post", trackingNumber: "CP123456IE" });
    expect(shipped.statusEvents.at(-1)).toMatchObject({ fromStatus: "PREPARING", toStatus: "IN_TRANSIT", actorRole: "SELLER", note: "An Post CP123456IE" });

    await changeSubOrderStatus({ actor: a.seller, subOrderId: id, input: { status: "DELIVERED" } });
    expect((await read()).actions).toEqual(["REFUNDED"]);

    await refundSubOrder({ actor: a.seller, subOrderId: id, input: { amountCents: 1000, reason: "Scuffed box" } });
    await drainJobs();
    const partly = await read();
    expect(partly.status).toBe("DELIVERED");
    expect(partly.refundableCents).toBe(total - 1000);
    expect(partly.statusEvents.at(-1)).toMatchObject({ fromStatus: "DELIVERED", toStatus: "DELIVERED", note: "Partly refunded: $10.00 (Scuffed box)" });

    await refundSubOrder({ actor: a.seller, subOrderId: id, input: {} });
    await drainJobs();
    const refunded = await read();
    expect(refunded).toMatchObject({ status: "REFUNDED", actions: [], refundableCents: 0, refundedCents: total });
    expect(refunded.refunds.map((r) => [r.amountCents, r.status])).toEqual([
      [1000, "SUCCEEDED"],
      [total - 1000, "SUCCEEDED"],
    ]);
  });

  it("offers a seller nothing on an unpaid order (it closes by itself), and nothing once cancelled", async () => {
    const a = await createSeller();
    const unpaid = await createPaidOrder({ seller: a, paid: false });
    const view = await getStoreOrder({ actor: a.seller, subOrderId: unpaid.subOrder.id });
    expect(view).toMatchObject({ status: "PENDING_PAYMENT", actions: [], refundableCents: 0 });
    // What the page would have offered is indeed refused.
    expect((await refusal(changeSubOrderStatus({ actor: a.seller, subOrderId: unpaid.subOrder.id, input: { status: "CANCELLED" } }))).code).toBe("CONFLICT");

    const paid = await createPaidOrder({ seller: a });
    await changeSubOrderStatus({ actor: a.seller, subOrderId: paid.subOrder.id, input: { status: "CANCELLED", reason: "Out of stock" } });
    const cancelled = await getStoreOrder({ actor: a.seller, subOrderId: paid.subOrder.id });
    expect(cancelled).toMatchObject({ status: "CANCELLED", actions: [], refundableCents: 0 });
    expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    expect(cancelled.statusEvents.at(-1)).toMatchObject({ toStatus: "CANCELLED", actorRole: "SELLER", note: "Out of stock" });
  });
});
