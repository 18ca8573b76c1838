// [ORDERS] Every page that shows totals adds up: for a cart and then an order with a coupon,
// shipping and tax from two sellers, the cart, the checkout summary, the confirmation after paying,
// the shopper's order page, the invoice and each seller's order page are rendered as Next would
// (signed-in actor stubbed), and each list of amounts sums to the total under it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { placeOrder } from "@/lib/checkout/place-order";
import { db } from "@/lib/db";
import { unauthenticated } from "@/lib/errors";
import { settleOrderPayment } from "@/lib/orders/settle-order-payment";
import { createCartWithEverything, testShippingAddress } from "@/lib/testing/order-factories";
import { moneyListsInHtml, totalsOf } from "@/lib/testing/totals";
import SellerOrderPage from "@/app/(dashboard)/dashboard/orders/[subOrderId]/page";
import InvoicePage from "@/app/(print)/account/orders/[orderId]/invoice/page";
import OrderPage from "@/app/(shop)/account/orders/[orderId]/page";
import CartPage from "@/app/(shop)/cart/page";
import CheckoutCompletePage from "@/app/(shop)/checkout/complete/[orderId]/page";
import CheckoutPage from "@/app/(shop)/checkout/page";

const auth = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth", () => ({
  getActor: async () => auth.actor,
  requireActor: async () => {
    if (!auth.actor) throw unauthenticated();
    return auth.actor;
  },
}));
// The anonymous-cart cookie needs a request; signed in, the cart is the account's.
vi.mock("@/lib/cart/session", () => ({ currentCartOwner: async (actor: Actor | null) => (actor ? { userId: actor.userId } : null) }));
vi.mock("@/lib/jobs", () => ({ enqueue: async () => ({ ids: [] }) }));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ replace: () => undefined, refresh: () => undefined }),
}));
// The header (and its sign-out action, with next-auth) is not part of these pages.
vi.mock("@/components/layout/header-account", () => ({ useAnnounceOnSuccess: () => undefined }));
// The live refreshers need the app router and a socket; neither exists here.
vi.mock("@/components/orders/order-live-updates", () => ({ OrderLiveUpdates: () => null }));
vi.mock("@/app/(dashboard)/dashboard/orders/store-orders-live", () => ({ StoreOrdersLive: () => null, ORDER_UPDATED: "order.updated" }));

const render = async (element: Promise<React.ReactElement>) => renderToStaticMarkup(createElement(await element.then((e) => () => e)));

/** Each list of amounts on the page that ends in a total, checked to add up; returns their totals. */
function expectTotalsAddUp(page: string, html: string): number[] {
  const lists = moneyListsInHtml(html).filter((rows) => rows.some((row) => /^(total|seller total|after discount)/i.test(row.label)));
  expect(lists.length, `${page}: no list of amounts with a total`).toBeGreaterThan(0);
  return lists.map((rows) => {
    const { sum, total } = totalsOf(rows);
    expect(sum, `${page}: ${rows.map((row) => `${row.label} ${row.cents}`).join(" | ")}`).toBe(total.cents);
    return total.cents;
  });
}

describe("[ORDERS] totals on every page add up", () => {
  it("cart, checkout, confirmation, order page, invoice and seller pages", async () => {
    const { buyer, sellers, couponCode } = await createCartWithEverything();
    auth.actor = buyer;

    const cart = await render(CartPage());
    expectTotalsAddUp("cart", cart);
    expect(cart).toContain(`Discount (${couponCode})`);

    const checkout = await render(CheckoutPage({ searchParams: Promise.resolve({}) }));
    const [checkoutTotal] = expectTotalsAddUp("checkout", checkout);
    expect(checkout).toContain("Tax (VAT, IE 23%)");
    expect(checkout).toContain(`Discount (${couponCode})`);

    const placed = await placeOrder({ actor: buyer, input: { address: testShippingAddress, couponCode } });
    expect(placed.totalCents).toBe(checkoutTotal);
    const payment = await db.payment.update({ where: { id: (await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId, status: "PENDING" } })).id }, data: { status: "SUCCEEDED" } });
    await settleOrderPayment({ paymentId: payment.id });
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { subOrders: true } });
    expect(order.shippingCents).toBeGreaterThan(0);
    expect(order.discountCents).toBeGreaterThan(0);
    expect(order.taxCents).toBeGreaterThan(0);
    const parts = order.subOrders.map((part) => part.totalCents).sort((a, b) => a - b);

    const complete = await render(CheckoutCompletePage({ params: Promise.resolve({ orderId: order.id }) }));
    expect(expectTotalsAddUp("confirmation", complete)).toEqual([order.totalCents]);

    // The order's totals and, per seller, their part's.
    const orderPage = await render(OrderPage({ params: Promise.resolve({ orderId: order.id }), searchParams: Promise.resolve({}) }));
    expect(expectTotalsAddUp("order page", orderPage).sort((a, b) => a - b)).toEqual([...parts, order.totalCents].sort((a, b) => a - b));
    const invoice = await render(InvoicePage({ params: Promise.resolve({ orderId: order.id }) }));
    expect(expectTotalsAddUp("invoice", invoice).sort((a, b) => a - b)).toEqual([...parts, order.totalCents].sort((a, b) => a - b));

    for (const seller of sellers) {
      auth.actor = seller.seller;
      const part = order.subOrders.find((p) => p.storeId === seller.store.id)!;
      const sellerPage = await render(SellerOrderPage({ params: Promise.resolve({ subOrderId: part.id }) }));
      expect(expectTotalsAddUp("seller order page", sellerPage)).toEqual([part.totalCents]);
    }
  });
});
