// Where the shopper lands after paying: the order number, whether the payment is confirmed (it
// arrives from the provider's webhook, so the page updates itself when the order changes), and what
// was ordered.
import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/components/orders/order-format";
import { OrderLiveUpdates } from "@/components/orders/order-live-updates";
import { requirePageActor } from "@/lib/auth/page-guards";
import { formatMoney } from "@/lib/money";
import { getOrder, type OrderView } from "@/lib/orders/get-order";
import { ORDER_UPDATED_EVENT } from "@/lib/orders/notify-order";
import { realtimeClientConfig } from "@/lib/realtime";
import { orNotFound } from "@/app/(shop)/account/orders/or-not-found";
import { PayNowButton } from "@/app/(shop)/account/orders/order-buttons";
import { RefreshWhilePending } from "./refresh-while-pending";

export const metadata: Metadata = { title: "Thank you for your order", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orderId: string }> };

export default async function CheckoutCompletePage(props: Props) {
  const { orderId } = await props.params;
  const actor = await requirePageActor(`/checkout/complete/${encodeURIComponent(orderId)}`);
  const order = await orNotFound(getOrder({ actor, orderId }));
  const money = (cents: number) => formatMoney(cents, order.currency);
  const itemCount = order.subOrders.reduce((sum, part) => sum + part.items.reduce((n, item) => n + item.quantity, 0), 0);

  return (
    <div className="mx-auto max-w-2xl space-y-6 py-6">
      <OrderLiveUpdates config={realtimeClientConfig()} userId={actor.userId} event={ORDER_UPDATED_EVENT} orderId={order.id} />
      <div className="text-center">
        <h1 className="text-2xl font-bold">
          Thank you — order <span data-testid="order-number">#{order.number}</span>
        </h1>
        <p className="mt-1 text-sm text-stone-600">Placed {formatDateTime(order.placedAt)}. We email you at {order.email} as it moves along.</p>
      </div>
      <PaymentState order={order} />
      <section aria-labelledby="summary-heading" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="summary-heading" className="font-semibold">
          Summary
        </h2>
        <ul className="mt-3 divide-y divide-stone-100 text-sm">
          {order.subOrders.map((part) => (
            <li key={part.id} className="py-2">
              <p className="font-medium">From {part.store.name}</p>
              <ul className="text-stone-600">
                {part.items.map((item) => (
                  <li key={item.id} className="flex justify-between gap-3">
                    <span>
                      {item.productTitle}
                      {item.variantTitle !== "Default" ? ` (${item.variantTitle})` : ""} × {item.quantity}
                    </span>
                    <span>{money(item.lineTotalCents)}</span>
                  </li>
                ))}
              </ul>
              {part.shippingMethodName ? <p className="text-xs text-stone-500">Shipping: {part.shippingMethodName}</p> : null}
            </li>
          ))}
        </ul>
        <dl className="mt-3 space-y-1 border-t border-stone-200 pt-3 text-sm">
          <div className="flex justify-between">
            <dt className="text-stone-600">Subtotal ({itemCount === 1 ? "1 item" : `${itemCount} items`})</dt>
            <dd>{money(order.subtotalCents)}</dd>
          </div>
          <div className="flex justify-between">
            <dt className="text-stone-600">Shipping</dt>
            <dd>{order.shippingCents === 0 ? "Free" : money(order.shippingCents)}</dd>
          </div>
          {order.discountCents > 0 ? (
            <div className="flex justify-between">
              <dt className="text-stone-600">Discount{order.couponCode ? ` (${order.couponCode})` : ""}</dt>
              <dd>−{money(order.discountCents)}</dd>
            </div>
          ) : null}
          <div className="flex justify-between">
            <dt className="text-stone-600">Tax</dt>
            <dd>{money(order.taxCents)}</dd>
          </div>
          <div className="flex justify-between font-semibold">
            <dt>Total</dt>
            <dd>{money(order.totalCents)}</dd>
          </div>
        </dl>
      </section>
      <div className="flex flex-wrap justify-center gap-3">
        <Link href={`/account/orders/${order.id}`} className="rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
          View your order
        </Link>
        <Link href="/" className="rounded-lg border border-stone-300 bg-white px-5 py-2.5 font-semibold hover:bg-stone-50">
          Continue shopping
        </Link>
      </div>
    </div>
  );
}

function PaymentState({ order }: { order: OrderView }) {
  const box = "rounded-xl px-5 py-4 text-sm";
  if (order.paidAt) {
    return (
      <div role="status" className={`${box} bg-green-50 text-green-900`} data-testid="payment-status" data-state="paid">
        <p className="font-semibold">Payment received</p>
        <p>
          {formatMoney(order.totalCents, order.currency)} paid {formatDateTime(order.paidAt)}. The {order.subOrders.length === 1 ? "seller is" : "sellers are"} preparing your
          items.
        </p>
      </div>
    );
  }
  if (order.status !== "PENDING_PAYMENT") {
    return (
      <div role="status" className={`${box} bg-stone-100`} data-testid="payment-status" data-state="closed">
        <p className="font-semibold">This order was closed without payment</p>
        <p>Nothing was charged, and the items went back on sale.</p>
      </div>
    );
  }
  const latest = order.payments[0];
  if (latest && (latest.status === "FAILED" || latest.status === "CANCELLED")) {
    return (
      <div role="status" className={`${box} space-y-3 bg-amber-50 text-amber-900`} data-testid="payment-status" data-state="failed">
        <p>
          <span className="font-semibold">Your payment did not go through.</span> Your order is kept
          {order.reservationExpiresAt ? ` until ${formatDateTime(order.reservationExpiresAt)}` : ""}: try again.
        </p>
        {order.canPay ? <PayNowButton orderId={order.id} /> : null}
      </div>
    );
  }
  return (
    <div role="status" aria-live="polite" className={`${box} bg-sky-50 text-sky-900`} data-testid="payment-status" data-state="pending">
      <RefreshWhilePending />
      <p className="font-semibold">Confirming your payment…</p>
      <p>This takes a few seconds. This page updates by itself.</p>
    </div>
  );
}
