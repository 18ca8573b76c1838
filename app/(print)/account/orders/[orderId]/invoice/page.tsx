// The invoice of one of the shopper's orders, laid out for printing: who bills whom, what each
// seller sold, shipping, discount and tax, and the payments and refunds. Amounts come from the
// order as placed, so the invoice never changes with later product or tax edits.
import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatDateTime, paymentStatusLabels, refundStatusLabels, taxDescription } from "@/components/orders/order-format";
import { ShippingAddress } from "@/components/orders/shipping-address";
import { orderStatusLabels } from "@/components/orders/status-badge";
import { orNotFound } from "@/app/(shop)/account/orders/or-not-found";
import { requirePageActor } from "@/lib/auth/page-guards";
import { formatMoney } from "@/lib/money";
import { getInvoice } from "@/lib/orders/get-invoice";
import { statusLabels } from "@/lib/orders/status-machine";
import { PrintButton } from "./print-button";

export const metadata: Metadata = { title: "Invoice", robots: { index: false } };
export const dynamic = "force-dynamic";

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={`flex justify-between gap-6 ${strong ? "border-t border-stone-300 pt-1 font-semibold" : ""}`}>
      <dt>{label}</dt>
      <dd className="tabular-nums">{value}</dd>
    </div>
  );
}

export default async function InvoicePage(props: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await props.params;
  const actor = await requirePageActor(`/account/orders/${encodeURIComponent(orderId)}/invoice`);
  const { order, tax } = await orNotFound(getInvoice({ actor, orderId }));
  const money = (cents: number) => formatMoney(cents, order.currency);
  const refunds = order.subOrders.flatMap((part) => part.refunds.map((refund) => ({ ...refund, storeName: part.store.name })));

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={`/account/orders/${order.id}`} className="text-sm text-stone-600 hover:text-brand-700">
          ← Back to order #{order.number}
        </Link>
        <PrintButton />
      </div>
      <article className="space-y-8 rounded-xl border border-stone-200 bg-white p-8 text-sm print:rounded-none print:border-0 print:p-0" data-testid="invoice">
        <header className="flex flex-wrap items-start justify-between gap-6">
          <div>
            <p className="text-3xl font-black tracking-tight text-brand-700">Bazaar</p>
            <p className="mt-1 text-stone-600">Marketplace of independent sellers</p>
          </div>
          <div className="text-right">
            <h1 className="text-xl font-bold">{order.paidAt ? "Invoice" : "Order summary (not paid)"}</h1>
            <dl className="mt-1 text-stone-700">
              <div>
                <dt className="inline">Order </dt>
                <dd className="inline font-semibold">#{order.number}</dd>
              </div>
              <div>
                <dt className="inline">Date: </dt>
                <dd className="inline">{formatDate(order.placedAt)}</dd>
              </div>
              {order.paidAt ? (
                <div>
                  <dt className="inline">Paid: </dt>
                  <dd className="inline">{formatDate(order.paidAt)}</dd>
                </div>
              ) : null}
              <div>
                <dt className="inline">Status: </dt>
                <dd className="inline">{orderStatusLabels[order.status]}</dd>
              </div>
            </dl>
          </div>
        </header>

        <div className="grid gap-6 sm:grid-cols-2 print:grid-cols-2">
          <section>
            <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">Billed to</h2>
            <p className="font-semibold">{order.buyer.name ?? order.shippingAddress.fullName}</p>
            <p>{order.email}</p>
          </section>
          <section>
            <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">Ship to</h2>
            <ShippingAddress address={order.shippingAddress} />
          </section>
        </div>

        {order.subOrders.map((part) => (
          <section key={part.id} className="break-inside-avoid">
            <h2 className="mb-2 font-semibold">
              Sold by {part.store.name} <span className="font-normal text-stone-500">· {statusLabels[part.status]}</span>
            </h2>
            <table className="w-full border-collapse">
              <thead>
                <tr className="border-b border-stone-300 text-left text-xs uppercase tracking-wide text-stone-500">
                  <th scope="col" className="py-1 pr-2 font-semibold">
                    Item
                  </th>
                  <th scope="col" className="py-1 pr-2 font-semibold">
                    SKU
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right font-semibold">
                    Qty
                  </th>
                  <th scope="col" className="py-1 pr-2 text-right font-semibold">
                    Unit price
                  </th>
                  <th scope="col" className="py-1 text-right font-semibold">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {part.items.map((item) => (
                  <tr key={item.id} className="border-b border-stone-100 align-top">
                    <td className="py-1 pr-2">
                      {item.productTitle}
                      {item.variantTitle !== "Default" ? <span className="text-stone-500"> ({item.variantTitle})</span> : null}
                    </td>
                    <td className="py-1 pr-2 font-mono text-xs">{item.sku}</td>
                    <td className="py-1 pr-2 text-right tabular-nums">{item.quantity}</td>
                    <td className="py-1 pr-2 text-right tabular-nums">{money(item.unitPriceCents)}</td>
                    <td className="py-1 text-right tabular-nums">{money(item.lineTotalCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <dl className="ml-auto mt-2 w-full max-w-xs space-y-0.5">
              <Row label="Items" value={money(part.subtotalCents)} />
              <Row label={`Shipping${part.shippingMethodName ? ` (${part.shippingMethodName})` : ""}`} value={money(part.shippingCents)} />
              {part.discountCents > 0 ? <Row label="Discount" value={`−${money(part.discountCents)}`} /> : null}
              {part.taxCents > 0 ? <Row label="Tax" value={money(part.taxCents)} /> : null}
              <Row label="Seller total" value={money(part.totalCents)} strong />
            </dl>
          </section>
        ))}

        <section aria-labelledby="invoice-totals" className="break-inside-avoid">
          <h2 id="invoice-totals" className="sr-only">
            Totals
          </h2>
          <dl className="ml-auto w-full max-w-xs space-y-0.5 text-base" data-testid="invoice-totals">
            <Row label="Subtotal" value={money(order.subtotalCents)} />
            <Row label="Shipping" value={money(order.shippingCents)} />
            {order.discountCents > 0 ? <Row label={`Discount${order.couponCode ? ` (${order.couponCode})` : ""}`} value={`−${money(order.discountCents)}`} /> : null}
            <Row label={tax ? `Tax (${taxDescription(tax)})` : "Tax"} value={money(order.taxCents)} />
            <Row label="Total" value={money(order.totalCents)} strong />
          </dl>
        </section>

        {order.payments.length > 0 || refunds.length > 0 ? (
          <section className="grid gap-6 break-inside-avoid sm:grid-cols-2 print:grid-cols-2">
            <div>
              <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">Payments</h2>
              {order.payments.length === 0 ? (
                <p className="text-stone-600">None</p>
              ) : (
                <ul className="space-y-1">
                  {order.payments.map((payment) => (
                    <li key={payment.id} className="flex justify-between gap-3">
                      <span>
                        {formatDateTime(payment.createdAt)} · {paymentStatusLabels[payment.status] ?? payment.status}
                      </span>
                      <span className="tabular-nums">{money(payment.amountCents)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-stone-500">Refunds</h2>
              {refunds.length === 0 ? (
                <p className="text-stone-600">None</p>
              ) : (
                <ul className="space-y-1">
                  {refunds.map((refund) => (
                    <li key={refund.id} className="flex justify-between gap-3">
                      <span>
                        {formatDateTime(refund.createdAt)} · {refund.storeName} · {refundStatusLabels[refund.status] ?? refund.status}
                        {refund.reason ? <span className="block text-xs text-stone-500">{refund.reason}</span> : null}
                      </span>
                      <span className="tabular-nums">−{money(refund.amountCents)}</span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>
        ) : null}

        <footer className="border-t border-stone-200 pt-4 text-xs text-stone-500">
          Bazaar is a marketplace: each item is sold and shipped by the seller named above. Amounts in {order.currency}.
        </footer>
      </article>
    </>
  );
}
