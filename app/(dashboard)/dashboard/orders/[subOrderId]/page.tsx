// One order as its seller fulfils it: what to pack, where it goes, what happened so far, and the
// next step. Live: a change from the buyer, a payment or another tab re-renders it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { refundStatusLabels } from "@/components/orders/order-format";
import { ShippingAddress } from "@/components/orders/shipping-address";
import { SubOrderStatusBadge } from "@/components/orders/status-badge";
import { requireSellerPage } from "@/lib/auth/page-guards";
import { AppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { getStoreOrder, type StoreOrderView } from "@/lib/orders/get-order";
import { statusLabels } from "@/lib/orders/status-machine";
import { realtimeClientConfig } from "@/lib/realtime";
import { formatDateTime } from "../order-parts";
import { StoreOrdersLive } from "../store-orders-live";
import { OrderActions } from "./order-actions";

export const metadata: Metadata = { title: "Order", robots: { index: false } };
export const dynamic = "force-dynamic";

const actorLabel: Record<string, string> = { BUYER: "Buyer", SELLER: "You", ADMIN: "Bazaar support", SYSTEM: "Bazaar" };

function eventTitle(event: StoreOrderView["statusEvents"][number]) {
  if (event.fromStatus === null) return "Order placed";
  // Same status on both sides: a note such as a partial refund.
  if (event.fromStatus === event.toStatus) return "Note";
  return statusLabels[event.toStatus];
}

async function load(subOrderId: string) {
  const { actor } = await requireSellerPage(`/dashboard/orders/${encodeURIComponent(subOrderId)}`);
  try {
    return await getStoreOrder({ actor, subOrderId });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-4 ${strong ? "border-t border-stone-200 pt-2 font-semibold" : ""}`}>
      <dt className={strong ? "" : "text-stone-600"}>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export default async function SellerOrderPage(props: { params: Promise<{ subOrderId: string }> }) {
  const { subOrderId } = await props.params;
  const part = await load(subOrderId);
  const { order } = part;
  const money = (cents: number) => formatMoney(cents, order.currency);
  const address = order.shippingAddress;

  return (
    <div className="space-y-6">
      <StoreOrdersLive config={realtimeClientConfig()} storeId={part.store.id} orderId={order.id} />
      <div>
        <Link href="/dashboard/orders" className="text-sm text-stone-600 hover:text-brand-700">
          ← All orders
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-black tracking-tight">Order #{order.number}</h1>
          <SubOrderStatusBadge status={part.status} testId="seller-order-status" />
        </div>
        <p className="mt-1 text-sm text-stone-600">
          Placed {formatDateTime(order.placedAt)}
          {order.paidAt ? ` · Paid ${formatDateTime(order.paidAt)}` : " · Not paid yet"}
          {part.shippedAt ? ` · Shipped ${formatDateTime(part.shippedAt)}` : ""}
          {part.deliveredAt ? ` · Delivered ${formatDateTime(part.deliveredAt)}` : ""}
          {part.cancelledAt ? ` · Cancelled ${formatDateTime(part.cancelledAt)}` : ""}
        </p>
      </div>

      {/* min-w-0: a grid column is otherwise as wide as its widest table, past a phone's screen. */}
      <div className="grid gap-6 lg:grid-cols-[1fr_360px]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="items-heading" className="rounded-xl border border-stone-200 bg-white">
            <h2 id="items-heading" className="border-b border-stone-100 px-4 py-3 font-semibold">
              Items
            </h2>
            <div className="overflow-x-auto">
              <table className="w-full text-sm">
                <thead className="text-left text-xs uppercase text-stone-500">
                  <tr>
                    <th className="px-4 py-2">Product</th>
                    <th className="hidden px-4 py-2 sm:table-cell">SKU</th>
                    <th className="px-4 py-2 text-right">Qty</th>
                    <th className="hidden px-4 py-2 text-right sm:table-cell">Price</th>
                    <th className="px-4 py-2 text-right">Total</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-100">
                  {part.items.map((item) => (
                    <tr key={item.id} data-testid="seller-order-item">
                      <td className="px-4 py-3">
                        {item.product ? (
                          <Link href={`/p/${item.product.slug}`} className="font-medium hover:text-brand-700">
                            {item.productTitle}
                          </Link>
                        ) : (
                          <span className="font-medium">{item.productTitle}</span>
                        )}
                        {item.variantTitle !== "Default" ? <span className="block text-stone-500">{item.variantTitle}</span> : null}
                        {/* On a phone the SKU and unit price go under the title instead of their own columns. */}
                        <span className="block text-stone-500 sm:hidden">
                          <span className="font-mono text-xs">{item.sku}</span> · {money(item.unitPriceCents)} each
                        </span>
                      </td>
                      <td className="hidden px-4 py-3 font-mono text-xs sm:table-cell">{item.sku}</td>
                      <td className="px-4 py-3 text-right">{item.quantity}</td>
                      <td className="hidden whitespace-nowrap px-4 py-3 text-right sm:table-cell">{money(item.unitPriceCents)}</td>
                      <td className="whitespace-nowrap px-4 py-3 text-right">{money(item.lineTotalCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <dl className="space-y-1 border-t border-stone-100 px-4 py-3 text-sm">
              <Row label="Subtotal" value={money(part.subtotalCents)} />
              <Row label={`Shipping${part.shippingMethodName ? ` (${part.shippingMethodName})` : ""}`} value={part.shippingCents === 0 ? "Free" : money(part.shippingCents)} />
              {part.discountCents > 0 ? <Row label="Discount" value={`−${money(part.discountCents)}`} /> : null}
              {part.taxCents > 0 ? <Row label="Tax" value={money(part.taxCents)} /> : null}
              <Row label="Total" value={money(part.totalCents)} strong />
              {part.refundedCents > 0 ? <Row label="Refunded" value={`−${money(part.refundedCents)}`} /> : null}
            </dl>
          </section>

          <section aria-labelledby="history-heading" className="rounded-xl border border-stone-200 bg-white p-4">
            <h2 id="history-heading" className="font-semibold">
              History
            </h2>
            <ol className="mt-3 space-y-4 border-l-2 border-stone-200 pl-4 text-sm" data-testid="seller-order-history">
              {[...part.statusEvents].reverse().map((event) => (
                <li key={event.id} className="relative">
                  <span aria-hidden className="absolute top-1.5 -left-[23px] size-3 rounded-full border-2 border-white bg-brand-500" />
                  <p className="font-medium">
                    {eventTitle(event)} <span className="font-normal text-stone-500">· {actorLabel[event.actorRole] ?? event.actorRole}</span>
                  </p>
                  {event.note ? <p className="text-stone-700">{event.note}</p> : null}
                  <p className="text-xs text-stone-500">
                    <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt)}</time>
                  </p>
                </li>
              ))}
            </ol>
          </section>

          {part.refunds.length > 0 ? (
            <section aria-labelledby="refunds-heading" className="rounded-xl border border-stone-200 bg-white p-4">
              <h2 id="refunds-heading" className="font-semibold">
                Refunds
              </h2>
              <ul className="mt-2 divide-y divide-stone-100 text-sm">
                {part.refunds.map((refund) => (
                  <li key={refund.id} className="flex flex-wrap justify-between gap-2 py-2">
                    <span>
                      <span className="font-medium">{money(refund.amountCents)}</span>
                      {refund.reason ? <span className="text-stone-600"> · {refund.reason}</span> : null}
                      <span className="block text-xs text-stone-500">{formatDateTime(refund.createdAt)}</span>
                    </span>
                    <span className={refund.status === "FAILED" ? "font-medium text-red-700" : "text-stone-700"}>{refundStatusLabels[refund.status] ?? refund.status}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>

        <div className="min-w-0 space-y-6">
          <section aria-labelledby="ship-to-heading" className="rounded-xl border border-stone-200 bg-white p-4">
            <h2 id="ship-to-heading" className="font-semibold">
              Ship to
            </h2>
            <ShippingAddress address={address} className="mt-2" phoneLabel="Phone: " testId="seller-order-address" />
            <p className="mt-3 border-t border-stone-100 pt-3 text-sm text-stone-600">
              Bought by <span className="font-medium text-stone-900">{order.buyer.name ?? address.fullName}</span>
            </p>
            {part.carrier || part.trackingNumber ? (
              <p className="mt-2 text-sm text-stone-600">
                Shipped with <span className="font-medium text-stone-900">{part.carrier}</span>, tracking <span className="font-mono text-stone-900">{part.trackingNumber}</span>
              </p>
            ) : null}
          </section>

          <OrderActions subOrderId={part.id} status={part.status} actions={part.actions} refundableCents={part.refundableCents} currency={order.currency} />
        </div>
      </div>
    </div>
  );
}
