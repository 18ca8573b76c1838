// [ORDERS] The shopper's order pages (list, one order, the confirmation after paying, the invoice)
// and their actions, rendered and called as Next would with the signed-in actor stubbed (no server
// runs, follow-up jobs are not started).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addToCart } from "@/lib/cart/add-to-cart";
import { placeOrder } from "@/lib/checkout/place-order";
import { db } from "@/lib/db";
import { unauthenticated } from "@/lib/errors";
import { changeSubOrderStatus } from "@/lib/orders/change-status";
import { settleOrderPayment } from "@/lib/orders/settle-order-payment";
import { createActor, createProduct } from "@/lib/testing/factories";
import { createPaidOrder, createSeller, testShippingAddress } from "@/lib/testing/order-factories";
import { redirectOf } from "@/lib/testing/next-redirect";
import InvoicePage from "@/app/(print)/account/orders/[orderId]/invoice/page";
import CheckoutCompletePage from "@/app/(shop)/checkout/complete/[orderId]/page";
import OrderPage from "./[orderId]/page";
import { cancelOrderAction, cancelSubOrderAction, payNowAction, reorderAction } from "./actions";
import OrdersPage from "./page";

const auth = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth", () => ({
  getActor: async () => auth.actor,
  requireActor: async () => {
    if (!auth.actor) throw unauthenticated();
    return auth.actor;
  },
}));
vi.mock("@/lib/jobs", () => ({ enqueue: async () => ({ ids: [] }) }));
// The request the action serves: a shopper on 127.0.0.1 (payment pages must send them back there).
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/headers")>()), headers: async () => new Headers({ host: "127.0.0.1:3000" }) }));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  refresh: () => undefined,
}));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ replace: () => undefined, refresh: () => undefined }),
}));
// The header (and its sign-out action, with next-auth) is not part of these pages.
vi.mock("@/components/layout/header-account", () => ({ useAnnounceOnSuccess: () => undefined }));
// The live refresher needs the app router and a socket; neither exists here.
vi.mock("@/components/orders/order-live-updates", () => ({ OrderLiveUpdates: () => null }));

beforeAll(async () => {
  await db.taxRate.upsert({ where: { country: "IE" }, create: { country: "IE", rateBps: 2300, label: "VAT" }, update: { rateBps: 2300, label: "VAT" } });
});

const html = async (element: Promise<React.ReactElement>) => renderToStaticMarkup(createElement(await element.then((e) => () => e)));
const orderPage = (orderId: string, query: Record<string, string> = {}) => html(OrderPage({ params: Promise.resolve({ orderId }), searchParams: Promise.resolve(query) }));
const listPage = (query: Record<string, string> = {}) => html(OrdersPage({ searchParams: Promise.resolve(query) }));
const completePage = (orderId: string) => html(CheckoutCompletePage({ params: Promise.resolve({ orderId }) }));
const invoicePage = (orderId: string) => html(InvoicePage({ params: Promise.resolve({ orderId }) }));

const statuses = (page: string) => [...page.matchAll(/data-testid="sub-order-status"[^>]*>([^<]+)</g)].map((m) => m[1]);
const timeline = (page: string) =>
  [...(/data-testid="order-timeline">(.*?)<\/ol>/.exec(page)?.[1] ?? "").matchAll(/data-state="([^"]+)"[^>]*>.*?<span class="[^"]*">([^<]+)<\/span>/g)].map((m) => `${m[2]}:${m[1]}`);

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** A paid order with a part from each of two sellers. */
async function twoSellerOrder() {
  const sellers = [await createSeller(), await createSeller()];
  const buyer = await createActor();
  for (const seller of sellers) {
    const product = await createProduct({ storeId: seller.store.id, priceCents: 2000 });
    await addToCart({ owner: { userId: buyer.userId }, input: { variantId: product.variants[0]!.id, quantity: 1 } });
  }
  const placed = await placeOrder({ actor: buyer, input: { address: testShippingAddress } });
  const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId, status: "PENDING" } });
  await db.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED" } });
  await settleOrderPayment({ paymentId: payment.id });
  const parts = await db.subOrder.findMany({ where: { orderId: placed.orderId }, orderBy: { createdAt: "asc" }, select: { id: true, storeId: true } });
  return { buyer, sellers, orderId: placed.orderId, number: placed.number, parts };
}

describe("[ORDERS] shopper order pages", () => {
  it("lists the shopper's orders with each seller's part and status, and nobody else's", async () => {
    const mine = await createPaidOrder({ quantity: 2 });
    const unpaid = await createPaidOrder({ buyer: mine.buyer, paid: false });
    const theirs = await createPaidOrder();
    auth.actor = mine.buyer;
    const page = await listPage({ page: "nonsense" });
    expect(page).toContain(`Order #${mine.number}`);
    expect(page).toContain(`Order #${unpaid.number}`);
    expect(page).not.toContain(`Order #${theirs.number}<`);
    expect(page).toContain(mine.store.name);
    expect(page).toContain(`${mine.product.title} × 2`);
    expect(page).toContain("Awaiting payment");
    expect(page).toContain("View and pay");
    expect(page).toMatch(/aria-current="page"[^>]*>Orders</);

    auth.actor = await createActor();
    expect(await listPage()).toContain("You have not ordered anything yet.");
  });

  it("shows one order: the part's status and timeline, tracking once shipped, items, totals with tax, and the address", async () => {
    const order = await createPaidOrder({ quantity: 2, priceCents: 1500 });
    auth.actor = order.buyer;
    let page = await orderPage(order.orderId);
    expect(page).toContain(`Order #${order.number}`);
    expect(statuses(page)).toEqual(["Paid"]);
    expect(timeline(page)).toEqual(["Ordered:done", "Paid:current", "Preparing:upcoming", "In transit:upcoming", "Delivered:upcoming"]);
    expect(page).toContain(`href="/p/${order.product.slug}"`);
    expect(page).toContain("2 × $15.00");
    // 30.00 goods, VAT 23 % = 6.90.
    expect(page).toMatch(/<dt class="text-stone-600">Tax<\/dt><dd>\$6\.90</);
    expect(page).toContain("1 Quay Street");
    expect(page).toContain(`href="/account/orders/${order.orderId}/invoice"`);
    expect(page).toContain("Buy again");
    expect(page).toContain("Cancel order");
    expect(page).not.toContain("Pay now");

    await changeSubOrderStatus({ actor: order.seller, subOrderId: order.subOrder.id, input: { status: "PREPARING" } });
    await changeSubOrderStatus({ actor: order.seller, subOrderId: order.subOrder.id, input: { status: "IN_TRANSIT", carrier: "An Post", trackingNumber: "CP123456IE" } });
    page = await orderPage(order.orderId);
    expect(statuses(page)).toEqual(["In transit"]);
    expect(timeline(page)).toEqual(["Ordered:done", "Paid:done", "Preparing:done", "In transit:current", "Delivered:upcoming"]);
    expect(page).toMatch(/Carrier: <strong>An Post<\/strong> · Tracking number: <strong[^>]*>CP123456IE</);
    // Shipped: the buyer can no longer cancel.
    expect(page).not.toContain("Cancel order");

    // Someone else's order, or no order at all, is the 404 page.
    auth.actor = await createActor();
    await expect(orderPage(order.orderId)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    await expect(orderPage("not-an-order")).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });

  it("offers paying an unpaid order, with a notice after a cancelled payment, and starts a new payment", async () => {
    const order = await createPaidOrder({ paid: false });
    auth.actor = order.buyer;
    const page = await orderPage(order.orderId, { payment: "cancelled" });
    expect(page).toContain("Payment cancelled");
    expect(page).toContain("Pay now");
    expect(statuses(page)).toEqual(["Awaiting payment"]);
    expect(await redirectOf(payNowAction(null, form({ orderId: order.orderId })))).toMatch(/^http:\/\/127\.0\.0\.1:3000\/pay\/sandbox\//);

    auth.actor = await createActor();
    expect(await payNowAction(null, form({ orderId: order.orderId }))).toMatchObject({ ok: false, message: "Order not found" });
  });

  it("cancels a whole order, or one seller's part of it, and shows who cancelled it and why", async () => {
    const single = await createPaidOrder();
    auth.actor = single.buyer;
    expect(await cancelOrderAction(null, form({ orderId: single.orderId, reason: "Ordered by mistake" }))).toMatchObject({ ok: true, data: { cancelled: 1 } });
    let page = await orderPage(single.orderId);
    expect(statuses(page)).toEqual(["Cancelled"]);
    expect(timeline(page)).toEqual(["Ordered:done", "Paid:done", "Cancelled:cancelled"]);
    expect(page).toContain("Ordered by mistake");
    expect(page).not.toContain("Cancel order");

    const split = await twoSellerOrder();
    auth.actor = split.buyer;
    page = await orderPage(split.orderId);
    expect(page.match(/Cancel this part/g)).toHaveLength(2);
    expect(await cancelSubOrderAction(null, form({ orderId: split.orderId, subOrderId: split.parts[0]!.id }))).toMatchObject({ ok: true });
    page = await orderPage(split.orderId);
    expect(statuses(page)).toEqual(["Cancelled", "Paid"]);
    expect(page).toContain("Cancelled by the buyer");
    expect(page.match(/Cancel this part/g)).toHaveLength(1);

    // Not the shopper's: refused like a missing order.
    auth.actor = await createActor();
    expect(await cancelSubOrderAction(null, form({ orderId: split.orderId, subOrderId: split.parts[1]!.id }))).toMatchObject({ ok: false, message: "Order not found" });
  });

  it("buys an order again into the cart", async () => {
    const order = await createPaidOrder({ quantity: 2 });
    auth.actor = order.buyer;
    expect(await reorderAction(null, form({ orderId: order.orderId }))).toMatchObject({ ok: true, data: { added: 2, skipped: [] } });
    expect(await db.cartItem.findFirst({ where: { cart: { userId: order.buyer.userId } }, select: { variantId: true, quantity: true } })).toEqual({ variantId: order.variant.id, quantity: 2 });
  });

  it("thanks the shopper and says whether the payment is confirmed yet", async () => {
    const order = await createPaidOrder({ paid: false });
    auth.actor = order.buyer;
    let page = await completePage(order.orderId);
    expect(page).toContain(`Thank you — order <span data-testid="order-number">#${order.number}</span>`);
    expect(page).toMatch(/data-testid="payment-status" data-state="pending"/);
    expect(page).toContain("Confirming your payment…");

    const payment = await db.payment.findFirstOrThrow({ where: { orderId: order.orderId, status: "PENDING" } });
    await db.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED" } });
    await settleOrderPayment({ paymentId: payment.id });
    page = await completePage(order.orderId);
    expect(page).toMatch(/data-testid="payment-status" data-state="paid"/);
    expect(page).toContain("Payment received");
    expect(page).toContain(`href="/account/orders/${order.orderId}"`);

    auth.actor = await createActor();
    await expect(completePage(order.orderId)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });

  it("prints an invoice with the seller's lines, the tax by name and the payments", async () => {
    const order = await createPaidOrder({ quantity: 2, priceCents: 1500 });
    auth.actor = order.buyer;
    const page = await invoicePage(order.orderId);
    expect(page).toContain(">Invoice<");
    expect(page).toContain(`#${order.number}`);
    expect(page).toContain(order.buyer.email);
    expect(page).toContain("1 Quay Street");
    expect(page).toContain(`Sold by ${order.store.name}`);
    expect(page).toContain(order.variant.sku);
    expect(page).toMatch(/<dt>Tax \(VAT, IE\)<\/dt><dd class="tabular-nums">\$6\.90</);
    expect(page).toMatch(/<dt>Total<\/dt><dd class="tabular-nums">\$36\.90</);
    expect(page).toContain("Paid</span>");
    expect(page).toContain("Print");

    auth.actor = await createActor();
    await expect(invoicePage(order.orderId)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
  });
});
