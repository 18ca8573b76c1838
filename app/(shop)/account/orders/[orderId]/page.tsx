// One of the shopper's orders: each seller's part on its way (timeline, tracking), what was bought,
// the money (tax, discount, refunds), where it goes, and what can still be done (pay, cancel, buy
// again, invoice). Live: a seller's change or a payment re-renders it.
import type { Metadata } from "next";
import Link from "next/link";
import { ProductImage } from "@/components/catalog/product-image";
import { formatDateTime, paymentStatusLabels, refundStatusLabels } from "@/components/orders/order-format";
import { OrderLiveUpdates } from "@/components/orders/order-live-updates";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { ShippingAddress } from "@/components/orders/shipping-address";
import { OrderStatusBadge, SubOrderStatusBadge } from "@/components/orders/status-badge";
import { requirePageActor } from "@/lib/auth/page-guards";
import { formatMoney } from "@/lib/money";
import { getOrder, type OrderView } from "@/lib/orders/get-order";
import { ORDER_UPDATED_EVENT } from "@/lib/orders/notify-order";
import { realtimeClientConfig } from "@/lib/realtime";
import { AccountHeading, AccountNav } from "../../account-nav";
import { BuyAgainButton, CancelButton, PayNowButton } from "../order-buttons";
import { orNotFound } from "../or-not-found";

export const metadata: Metadata = { title: "Your order", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orderId: string }>; searchParams: Promise<{ payment?: string | string[] }> };

type Part = OrderView["subOrders"][number];

export default async function OrderPage(props: Props) {
  const [{ orderId }, query] = await Promise.all([props.params, props.searchParams]);
  const actor = await requirePageActor(`/account/orders/${encodeURIComponent(orderId)}`);
  const order = await orNotFound(getOrder({ actor, orderId }));
  const money = (cents: number) => formatMoney(cents, order.currency);
  const payment = typeof query.payment === "string" ? query.payment : null;
  const cancellable = order.subOrders.filter((part) => part.actions.includes("CANCELLED"));
  // Unpaid, the order is one checkout and is cancelled whole; paid, each seller's part may go alone.
  const partsCancelSeparately = order.status !== "PENDING_PAYMENT" && order.subOrders.length > 1;
  const refunded = order.subOrders.reduce((sum, part) => sum + part.refundedCents, 0);

  return (
    <div className="mx-auto max-w-5xl">
      <OrderLiveUpdates config={realtimeClientConfig()} userId={actor.userId} event={ORDER_UPDATED_EVENT} orderId={order.id} />
      <AccountHeading title={`Order #${order.number}`} />
      <AccountNav current="/account/orders" />
      <Link href="/account/orders" className="text-sm text-stone-600 hover:text-brand-700">
        ← All orders
      </Link>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <OrderStatusBadge status={order.status} testId="order-status" />
        <p className="text-sm text-stone-600">
          Placed {formatDateTime(order.placedAt)}
          {order.paidAt ? ` · Paid ${formatDateTime(order.paidAt)}` : ""}
          {order.cancelledAt ? ` · Closed ${formatDateTime(order.cancelledAt)}` : ""}
        </p>
      </div>

      <PaymentNotice order={order} payment={payment} />

      <div className="mt-4 flex flex-wrap items-start gap-3">
        <BuyAgainButton orderId={order.id} />
        <Link href={`/account/orders/${order.id}/invoice`} className="rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-50">
          Invoice
        </Link>
        {cancellable.length > 0 ? (
          <CancelButton
            orderId={order.id}
            label="Cancel order"
            question={
              order.status === "PENDING_PAYMENT"
                ? "Cancel this order? Nothing has been charged; the items go back on sale."
                : "Cancel every part of this order that has not shipped yet? What you paid for them is refunded to your payment method."
            }
          />
        ) : null}
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_320px]">
        <div className="space-y-6">
          {order.subOrders.map((part) => (
            <PartSection key={part.id} order={order} part={part} money={money} cancelSeparately={partsCancelSeparately && part.actions.includes("CANCELLED")} />
          ))}
        </div>
        <aside className="h-fit space-y-5">
          <section aria-labelledby="totals-heading" className="rounded-xl border border-stone-200 bg-white p-5">
            <h2 id="totals-heading" className="mb-3 font-semibold">
              Total
            </h2>
            <dl className="space-y-2 text-sm">
              <Row label="Subtotal" value={money(order.subtotalCents)} />
              <Row label="Shipping" value={order.shippingCents === 0 ? "Free" : money(order.shippingCents)} />
              {order.discountCents > 0 ? <Row label={`Discount${order.couponCode ? ` (${order.couponCode})` : ""}`} value={`−${money(order.discountCents)}`} /> : null}
              <Row label="Tax" value={money(order.taxCents)} />
              <Row label="Total" value={money(order.totalCents)} strong testId="order-total" />
              {refunded > 0 ? <Row label="Refunded" value={`−${money(refunded)}`} /> : null}
            </dl>
          </section>
          <section aria-labelledby="ship-to-heading" className="rounded-xl border border-stone-200 bg-white p-5">
            <h2 id="ship-to-heading" className="mb-2 font-semibold">
              Ships to
            </h2>
            <ShippingAddress address={order.shippingAddress} />
          </section>
          {order.payments.length > 0 ? (
            <section aria-labelledby="payments-heading" className="rounded-xl border border-stone-200 bg-white p-5">
              <h2 id="payments-heading" className="mb-2 font-semibold">
                Payments
              </h2>
              <ul className="space-y-2 text-sm">
                {order.payments.map((p) => (
                  <li key={p.id} className="flex justify-between gap-3">
                    <span>
                      {paymentStatusLabels[p.status] ?? p.status}
                      <span className="block text-xs text-stone-500">{formatDateTime(p.createdAt)}</span>
                    </span>
                    <span className="font-medium">{money(p.amountCents)}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

function PaymentNotice({ order, payment }: { order: OrderView; payment: string | null }) {
  if (!order.canPay) {
    // Back from the payment page after the order was settled or closed another way.
    if (payment === null) return null;
    return (
      <p role="status" className="mt-4 rounded-lg bg-stone-100 px-4 py-3 text-sm" data-testid="payment-notice">
        {order.paidAt ? "This order is paid." : "This order can no longer be paid."}
      </p>
    );
  }
  const text =
    payment === "cancelled"
      ? "Payment cancelled: you left the payment page before paying, so this order is not paid yet."
      : payment === "unavailable"
        ? "Your order is placed, but the payment could not be started."
        : "This order is waiting for your payment.";
  return (
    <div role="status" className="mt-4 flex flex-wrap items-center justify-between gap-3 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900" data-testid="payment-notice">
      <p>
        {text}
        {order.reservationExpiresAt ? ` Your items are held until ${formatDateTime(order.reservationExpiresAt)}.` : ""}
      </p>
      <PayNowButton orderId={order.id} />
    </div>
  );
}

function Row({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className={`flex justify-between gap-4 ${strong ? "border-t border-stone-200 pt-2 font-semibold" : ""}`}>
      <dt className={strong ? "" : "text-stone-600"}>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

function PartSection({ order, part, money, cancelSeparately }: { order: OrderView; part: Part; money: (cents: number) => string; cancelSeparately: boolean }) {
  const headingId = `part-${part.id}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white" data-testid="sub-order">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-100 px-4 py-3">
        <h2 id={headingId} className="text-sm font-semibold">
          Sold by{" "}
          <Link href={`/store/${part.store.slug}`} className="hover:text-brand-700">
            {part.store.name}
          </Link>
        </h2>
        <SubOrderStatusBadge status={part.status} testId="sub-order-status" />
      </div>
      <div className="space-y-4 p-4">
        <OrderTimeline part={part} placedAt={order.placedAt} paidAt={order.paidAt} label={`Progress of the items from ${part.store.name}`} />
        <p className="text-sm text-stone-700">
          {part.shippingMethodName ? <>Shipping: {part.shippingMethodName}</> : null}
          {part.carrier || part.trackingNumber ? (
            <span className="block" data-testid="tracking">
              Carrier: <strong>{part.carrier}</strong> · Tracking number: <strong className="font-mono">{part.trackingNumber}</strong>
            </span>
          ) : null}
        </p>
      </div>
      <ul className="divide-y divide-stone-100 border-t border-stone-100">
        {part.items.map((item) => (
          <li key={item.id} className="flex gap-4 p-4">
            <div className="relative size-16 shrink-0 overflow-hidden rounded-lg bg-stone-100">
              {item.imageUrl ? <ProductImage src={item.imageUrl} alt={item.productTitle} sizes="64px" /> : null}
            </div>
            <div className="flex-1 text-sm">
              {item.product ? (
                <Link href={`/p/${item.product.slug}`} className="font-medium hover:text-brand-700">
                  {item.productTitle}
                </Link>
              ) : (
                <span className="font-medium">{item.productTitle}</span>
              )}
              {item.variantTitle !== "Default" ? <p className="text-stone-500">{item.variantTitle}</p> : null}
              <p className="text-stone-600">
                {item.quantity} × {money(item.unitPriceCents)}
              </p>
            </div>
            <p className="text-sm font-semibold">{money(item.lineTotalCents)}</p>
          </li>
        ))}
      </ul>
      <dl className="space-y-1 border-t border-stone-100 px-4 py-3 text-sm">
        <Row label="Items" value={money(part.subtotalCents)} />
        <Row label="Shipping" value={part.shippingCents === 0 ? "Free" : money(part.shippingCents)} />
        {part.discountCents > 0 ? <Row label="Discount" value={`−${money(part.discountCents)}`} /> : null}
        {part.taxCents > 0 ? <Row label="Tax" value={money(part.taxCents)} /> : null}
        <Row label="Total from this seller" value={money(part.totalCents)} strong />
      </dl>
      {part.refunds.length > 0 ? (
        <div className="border-t border-stone-100 px-4 py-3 text-sm">
          <h3 className="font-semibold">Refunds</h3>
          <ul className="mt-1 space-y-1">
            {part.refunds.map((refund) => (
              <li key={refund.id} className="flex justify-between gap-3">
                <span>
                  {refundStatusLabels[refund.status] ?? refund.status}
                  {refund.reason ? `: ${refund.reason}` : ""}
                  <span className="block text-xs text-stone-500">{formatDateTime(refund.createdAt)}</span>
                </span>
                <span className="font-medium">{money(refund.amountCents)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {cancelSeparately ? (
        <div className="border-t border-stone-100 px-4 py-3">
          <CancelButton
            orderId={order.id}
            subOrderId={part.id}
            label="Cancel this part"
            question={`Cancel the items from ${part.store.name}? What you paid for them is refunded to your payment method.`}
          />
        </div>
      ) : null}
    </section>
  );
}
