// [CHECKOUT] cart → order end to end against PostgreSQL and the in-process jobs: splitting by seller,
// snapshots, shipping/coupon/tax, stock held and released, payment settling the order, expiry, and
// the concurrency rules (no overselling, coupon limits) under simultaneous checkouts.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addToCart } from "@/lib/cart/add-to-cart";
import { db } from "@/lib/db";
import { configureJobRunner, drainJobs } from "@/lib/jobs";
import { completeSandboxCheckout } from "@/lib/payments/sandbox";
import { routeFetch } from "@/lib/payments/test-fixtures";
import { createActor, createProduct, createStore, refusal, unique } from "@/lib/testing/factories";
import { expireOrder } from "@/lib/orders/close-unpaid-order";
import { changeSubOrderStatus, cancelOrder } from "@/lib/orders/change-status";
import { payForOrder, placeOrder } from "./place-order";

const address = { fullName: "Ada Buyer", line1: "1 Quay Street", city: "Dublin", postalCode: "D02 X285", country: "IE" };

beforeAll(async () => {
  configureJobRunner({ retryBaseDelayMs: 5, retryMaxDelayMs: 20 });
  await db.taxRate.upsert({ where: { country: "IE" }, create: { country: "IE", rateBps: 2300, label: "VAT" }, update: { rateBps: 2300, label: "VAT" } });
});

async function sellerWith(options: { priceCents: number; stock: number; shipping?: { rateCents: number; freeOverCents?: number } }) {
  const { store, owner } = await createStore();
  const product = await createProduct({ storeId: store.id, priceCents: options.priceCents, stock: options.stock });
  if (options.shipping) await db.shippingMethod.create({ data: { storeId: store.id, name: "Courier", rateCents: options.shipping.rateCents, freeOverCents: options.shipping.freeOverCents ?? null } });
  const seller: Actor = { userId: owner.id, email: owner.email, name: owner.name, role: "SELLER", emailVerified: true };
  return { store, seller, product, variant: product.variants[0]! };
}

async function buyerWithCart(lines: { variantId: string; quantity: number }[]) {
  const buyer = await createActor();
  for (const line of lines) await addToCart({ owner: { userId: buyer.userId }, input: line });
  return buyer;
}

const stockOf = async (variantId: string) => (await db.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock;
const ledgerSum = async (reference: string) => (await db.inventoryMovement.aggregate({ where: { reference }, _sum: { quantity: true } }))._sum.quantity ?? 0;

async function pay(orderId: string, outcome: "succeed" | "fail") {
  const payment = await db.payment.findFirstOrThrow({ where: { orderId, status: "PENDING" } });
  await completeSandboxCheckout({ providerRef: payment.providerRef, outcome }, { fetch: routeFetch });
  await drainJobs();
}

describe("[CHECKOUT] placing an order", () => {
  it("splits the cart by seller with snapshots, shipping, coupon and tax, holds the stock and empties the cart", async () => {
    const a = await sellerWith({ priceCents: 2000, stock: 5, shipping: { rateCents: 500, freeOverCents: 5000 } });
    const b = await sellerWith({ priceCents: 3000, stock: 5, shipping: { rateCents: 700, freeOverCents: 5000 } });
    const code = unique("SAVE").toUpperCase();
    await db.coupon.create({ data: { code, type: "PERCENT", value: 10 } });
    const buyer = await buyerWithCart([
      { variantId: a.variant.id, quantity: 3 }, // 60.00 → free shipping
      { variantId: b.variant.id, quantity: 1 }, // 30.00 → 7.00 shipping
    ]);

    const placed = await placeOrder({ actor: buyer, input: { address, couponCode: code.toLowerCase() } });
    expect(placed.status).toBe("PENDING_PAYMENT");
    expect(placed.checkoutUrl).toMatch(/\/pay\/sandbox\//);

    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { subOrders: { include: { items: true, statusEvents: true } } } });
    // Goods 90.00, 10 % off = 9.00 (6.00 + 3.00), shipping 0 + 7.00, VAT 23 % on goods after discount: 12.42 + 6.21.
    expect(order).toMatchObject({ subtotalCents: 9000, discountCents: 900, shippingCents: 700, taxCents: 1863, totalCents: 9000 - 900 + 700 + 1863 });
    expect(order.shippingAddress).toMatchObject({ fullName: "Ada Buyer", country: "IE" });
    expect(order.reservationExpiresAt!.getTime() - order.placedAt.getTime()).toBe(30 * 60 * 1000);
    const partA = order.subOrders.find((p) => p.storeId === a.store.id)!;
    expect(partA).toMatchObject({ subtotalCents: 6000, shippingCents: 0, discountCents: 600, taxCents: 1242, totalCents: 6642, status: "PENDING_PAYMENT", shippingMethodName: "Courier" });
    expect(partA.items[0]).toMatchObject({ productTitle: a.product.title, sku: a.variant.sku, unitPriceCents: 2000, quantity: 3, lineTotalCents: 6000 });
    expect(partA.statusEvents.map((e) => [e.fromStatus, e.toStatus, e.actorRole])).toEqual([[null, "PENDING_PAYMENT", "BUYER"]]);

    // A later edit of the product does not touch the order.
    await db.product.update({ where: { id: a.product.id }, data: { title: "Renamed" } });
    expect((await db.orderItem.findFirstOrThrow({ where: { subOrderId: partA.id } })).productTitle).toBe(a.product.title);

    expect(await stockOf(a.variant.id)).toBe(2);
    expect(await ledgerSum(`order:${placed.orderId}`)).toBe(-4);
    expect(await db.cartItem.count({ where: { cart: { userId: buyer.userId } } })).toBe(0);
    expect((await db.coupon.findUniqueOrThrow({ where: { code } })).redemptionCount).toBe(1);
  });

  it("refuses an empty cart, a changed total and a refused coupon, and keeps the cart", async () => {
    const a = await sellerWith({ priceCents: 1500, stock: 5 });
    const empty = await createActor();
    expect((await refusal(placeOrder({ actor: empty, input: { address } }))).message).toBe("Your cart is empty");

    const buyer = await buyerWithCart([{ variantId: a.variant.id, quantity: 1 }]);
    const changed = await refusal(placeOrder({ actor: buyer, input: { address, expectedTotalCents: 1000 } }));
    expect(changed.code).toBe("PRICE_CHANGED");
    expect(changed.message).toContain("$18.45"); // 15.00 + 23 % VAT
    const coupon = await refusal(placeOrder({ actor: buyer, input: { address, couponCode: "NO-SUCH-CODE" } }));
    expect(coupon.fields?.couponCode?.[0]).toMatch(/code/i);
    const badAddress = await refusal(placeOrder({ actor: buyer, input: { address: { ...address, postalCode: "" } } }));
    expect(badAddress.fields?.["address.postalCode"]).toBeDefined();
    expect(await db.cartItem.count({ where: { cart: { userId: buyer.userId } } })).toBe(1);
    expect(await stockOf(a.variant.id)).toBe(5);
  });

  it("needs a verified email address", async () => {
    const a = await sellerWith({ priceCents: 1500, stock: 5 });
    const buyer = await buyerWithCart([{ variantId: a.variant.id, quantity: 1 }]);
    expect((await refusal(placeOrder({ actor: { ...buyer, emailVerified: false }, input: { address } }))).code).toBe("FORBIDDEN");
  });
});

describe("[CHECKOUT] concurrency", () => {
  it("50 simultaneous checkouts for 10 units: exactly 10 orders, stock 0, ledger matches", async () => {
    const a = await sellerWith({ priceCents: 1000, stock: 10 });
    const buyers = await Promise.all(Array.from({ length: 50 }, () => buyerWithCart([{ variantId: a.variant.id, quantity: 1 }])));
    const results = await Promise.allSettled(buyers.map((buyer) => placeOrder({ actor: buyer, input: { address } })));
    const placed = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { code?: string }] : []));
    expect(placed).toHaveLength(10);
    expect(refused.every((e) => e.code === "OUT_OF_STOCK")).toBe(true);
    expect(await stockOf(a.variant.id)).toBe(0);
    const ledger = await db.inventoryMovement.findMany({ where: { variantId: a.variant.id }, orderBy: { stockAfter: "desc" } });
    expect(ledger.map((m) => m.quantity)).toEqual(Array(10).fill(-1));
    expect(ledger.map((m) => m.stockAfter)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    expect(await db.order.count({ where: { subOrders: { some: { storeId: a.store.id } } } })).toBe(10);
    await drainJobs();
  });

  it("20 simultaneous checkouts with a coupon limited to 5: exactly 5 redemptions", async () => {
    const a = await sellerWith({ priceCents: 1000, stock: 100 });
    const code = unique("FIVE").toUpperCase();
    await db.coupon.create({ data: { code, type: "FIXED", value: 200, usageLimit: 5 } });
    const buyers = await Promise.all(Array.from({ length: 20 }, () => buyerWithCart([{ variantId: a.variant.id, quantity: 1 }])));
    const results = await Promise.allSettled(buyers.map((buyer) => placeOrder({ actor: buyer, input: { address, couponCode: code } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const coupon = await db.coupon.findUniqueOrThrow({ where: { code }, include: { _count: { select: { redemptions: true, orders: true } } } });
    expect(coupon.redemptionCount).toBe(5);
    expect(coupon._count).toEqual({ redemptions: 5, orders: 5 });
    // Refused checkouts took no stock.
    expect(await stockOf(a.variant.id)).toBe(95);
    await drainJobs();
  });
});

describe("[CHECKOUT] payment and what follows", () => {
  it("a successful payment marks every part paid, counts units sold and tells buyer and sellers", async () => {
    const a = await sellerWith({ priceCents: 2000, stock: 5 });
    const b = await sellerWith({ priceCents: 1000, stock: 5 });
    const buyer = await buyerWithCart([
      { variantId: a.variant.id, quantity: 2 },
      { variantId: b.variant.id, quantity: 1 },
    ]);
    const placed = await placeOrder({ actor: buyer, input: { address } });
    await pay(placed.orderId, "succeed");

    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { subOrders: { include: { statusEvents: { orderBy: { createdAt: "asc" } } } } } });
    expect(order.status).toBe("PAID");
    expect(order.paidAt).not.toBeNull();
    expect(order.reservationExpiresAt).toBeNull();
    for (const part of order.subOrders) {
      expect(part.status).toBe("PAID");
      expect(part.statusEvents.map((e) => `${e.toStatus}:${e.actorRole}`)).toEqual(["PENDING_PAYMENT:BUYER", "PAID:SYSTEM"]);
    }
    expect((await db.product.findUniqueOrThrow({ where: { id: a.product.id } })).unitsSold).toBe(2);
    const notifications = await db.notification.findMany({ where: { userId: { in: [buyer.userId, a.seller.userId, b.seller.userId] }, type: "order.status_changed" } });
    expect(notifications.filter((n) => n.userId === buyer.userId)).toHaveLength(2);
    expect(notifications.filter((n) => n.userId === a.seller.userId)).toHaveLength(1);
    const emails = await db.emailOutbox.findMany({ where: { to: { in: [buyer.email, a.seller.email] } } });
    expect(emails.map((e) => e.template).sort()).toEqual(["new-order", "order-placed", "payment-result"]);

    // Expiry after payment changes nothing.
    expect(await expireOrder(placed.orderId, new Date(Date.now() + 3_600_000))).toBe(false);
    expect(await stockOf(a.variant.id)).toBe(3);
  });

  it("of two checkouts completed for one order, the one that did not pay it is refunded, whatever their order", async () => {
    const a = await sellerWith({ priceCents: 2000, stock: 5 });
    const buyer = await buyerWithCart([{ variantId: a.variant.id, quantity: 1 }]);
    const placed = await placeOrder({ actor: buyer, input: { address } });
    await payForOrder({ actor: buyer, orderId: placed.orderId });
    const [first, second] = await db.payment.findMany({ where: { orderId: placed.orderId }, orderBy: { createdAt: "asc" } });
    // The later checkout completes first and pays the order; the earlier one lands afterwards.
    await completeSandboxCheckout({ providerRef: second!.providerRef, outcome: "succeed" }, { fetch: routeFetch });
    await drainJobs();
    await completeSandboxCheckout({ providerRef: first!.providerRef, outcome: "succeed" }, { fetch: routeFetch });
    await drainJobs();
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).paidPaymentId).toBe(second!.id);
    expect(await db.refund.findMany({ where: { paymentId: first!.id } })).toMatchObject([{ amountCents: first!.amountCents, status: "SUCCEEDED", reason: "The order was already paid" }]);
    expect(await db.refund.count({ where: { paymentId: second!.id } })).toBe(0);
  });

  it("a declined payment closes the order and gives back stock and coupon, once", async () => {
    const a = await sellerWith({ priceCents: 2000, stock: 5 });
    const code = unique("ONCE").toUpperCase();
    await db.coupon.create({ data: { code, type: "FIXED", value: 500, usageLimit: 1 } });
    const buyer = await buyerWithCart([{ variantId: a.variant.id, quantity: 2 }]);
    const placed = await placeOrder({ actor: buyer, input: { address, couponCode: code } });
    expect(await stockOf(a.variant.id)).toBe(3);
    await pay(placed.orderId, "fail");

    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { subOrders: true } });
    expect(order.status).toBe("CANCELLED");
    expect(order.subOrders[0]!.status).toBe("CANCELLED");
    expect(await stockOf(a.variant.id)).toBe(5);
    expect(await ledgerSum(`order:${placed.orderId}`)).toBe(0);
    expect((await db.coupon.findUniqueOrThrow({ where: { code } })).redemptionCount).toBe(0);
  });

  it("an unpaid order expires after 30 minutes (the job, run in-process) and its stock returns exactly once", async () => {
    const a = await sellerWith({ priceCents: 2000, stock: 4 });
    const buyer = await buyerWithCart([{ variantId: a.variant.id, quantity: 3 }]);
    // Placed 31 minutes ago: the order's job finds the deadline passed and expires it at once.
    const placed = await placeOrder({ actor: buyer, input: { address }, now: new Date(Date.now() - 31 * 60 * 1000) });
    await drainJobs();
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { subOrders: { include: { statusEvents: true } } } });
    expect(order.status).toBe("EXPIRED");
    expect(order.subOrders[0]!.statusEvents.find((e) => e.toStatus === "CANCELLED")?.note).toBe("Not paid within 30 minutes");
    expect(await stockOf(a.variant.id)).toBe(4);
    expect(await Promise.all([expireOrder(placed.orderId), expireOrder(placed.orderId)])).toEqual([false, false]);
    expect(await ledgerSum(`order:${placed.orderId}`)).toBe(0);

    // The payment arrives anyway: nothing is un-expired, the money goes back.
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId } });
    expect(payment.status).toBe("CANCELLED");
    await db.payment.update({ where: { id: payment.id }, data: { status: "PENDING" } });
    await completeSandboxCheckout({ providerRef: payment.providerRef, outcome: "succeed" }, { fetch: routeFetch });
    await drainJobs();
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe("EXPIRED");
    expect(await db.refund.findMany({ where: { paymentId: payment.id } })).toMatchObject([{ amountCents: payment.amountCents, status: "SUCCEEDED" }]);
    expect(await stockOf(a.variant.id)).toBe(4);
  });
});

describe("[ORDERS] fulfilment", () => {
  async function paidOrder() {
    const a = await sellerWith({ priceCents: 2500, stock: 6 });
    const buyer = await buyerWithCart([{ variantId: a.variant.id, quantity: 2 }]);
    const placed = await placeOrder({ actor: buyer, input: { address } });
    await pay(placed.orderId, "succeed");
    const part = await db.subOrder.findFirstOrThrow({ where: { orderId: placed.orderId } });
    return { ...a, buyer, placed, part };
  }

  it("moves through preparing, in transit (with tracking) and delivered; refuses illegal moves clearly", async () => {
    const { seller, buyer, part, placed, product } = await paidOrder();
    const stranger = await createActor();

    expect((await refusal(changeSubOrderStatus({ actor: seller, subOrderId: part.id, input: { status: "DELIVERED" } }))).code).toBe("CONFLICT");
    expect((await refusal(changeSubOrderStatus({ actor: buyer, subOrderId: part.id, input: { status: "PREPARING" } }))).code).toBe("FORBIDDEN");
    expect((await refusal(changeSubOrderStatus({ actor: stranger, subOrderId: part.id, input: { status: "PREPARING" } }))).code).toBe("NOT_FOUND");

    await changeSubOrderStatus({ actor: seller, subOrderId: part.id, input: { status: "PREPARING" } });
    const noTracking = await refusal(changeSubOrderStatus({ actor: seller, subOrderId: part.id, input: { status: "IN_TRANSIT", carrier: "DHL" } }));
    expect(noTracking.fields).toEqual({ trackingNumber: ["Enter the tracking number"] });
    await changeSubOrderStatus({ actor: seller, subOrderId: part.id, input: { status: "IN_TRANSIT", carrier: "DHL", trackingNumber: "JD0146 0001" } });
    expect((await refusal(changeSubOrderStatus({ actor: buyer, subOrderId: part.id, input: { status: "CANCELLED" } }))).code).toBe("CONFLICT");
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe("PARTIALLY_FULFILLED");
    await changeSubOrderStatus({ actor: seller, subOrderId: part.id, input: { status: "DELIVERED" } });
    await drainJobs();

    const done = await db.subOrder.findUniqueOrThrow({ where: { id: part.id }, include: { statusEvents: { orderBy: { createdAt: "asc" } } } });
    expect(done).toMatchObject({ status: "DELIVERED", carrier: "DHL", trackingNumber: "JD0146 0001" });
    expect(done.statusEvents.map((e) => e.toStatus)).toEqual(["PENDING_PAYMENT", "PAID", "PREPARING", "IN_TRANSIT", "DELIVERED"]);
    expect((await db.order.findUniqueOrThrow({ where: { id: placed.orderId } })).status).toBe("FULFILLED");
    const emails = (await db.emailOutbox.findMany({ where: { to: buyer.email } })).map((e) => e.template);
    expect(emails).toEqual(expect.arrayContaining(["order-shipped", "order-delivered"]));
    const { createReview } = await import("@/lib/reviews");
    await expect(createReview({ actor: buyer, productId: product.id, input: { rating: 5, title: "Lovely", body: "Exactly as described, arrived quickly." } })).resolves.toBeDefined();
  });

  it("cancelling a paid order restocks exactly once and refunds it, even when asked five times at once", async () => {
    const { buyer, placed, variant } = await paidOrder();
    expect(await stockOf(variant.id)).toBe(4);
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => cancelOrder({ actor: buyer, orderId: placed.orderId })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await drainJobs();
    expect(await stockOf(variant.id)).toBe(6);
    expect(await ledgerSum(`order:${placed.orderId}`)).toBe(0);
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { payments: { include: { refunds: true } } } });
    expect(order.status).toBe("CANCELLED");
    expect(order.payments[0]).toMatchObject({ status: "REFUNDED", refundedCents: order.totalCents });
    expect(order.payments[0]!.refunds).toMatchObject([{ status: "SUCCEEDED", amountCents: order.totalCents }]);
  });
});
