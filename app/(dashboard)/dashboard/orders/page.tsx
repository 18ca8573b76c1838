// The seller's orders: their part of every order, by status, newest first, live as orders come in.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SubOrderStatusBadge } from "@/components/orders/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { countryName } from "@/lib/accounts/profile/countries";
import { requireSellerPage } from "@/lib/auth/page-guards";
import type { SubOrderStatus } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { listStoreOrders } from "@/lib/orders/get-order";
import { realtimeClientConfig } from "@/lib/realtime";
import { formatDate } from "./order-parts";
import { StoreOrdersLive } from "./store-orders-live";

export const metadata: Metadata = { title: "Orders", robots: { index: false } };
export const dynamic = "force-dynamic";

// "Paid" is what waits for the seller, so it comes first after All.
const tabs: { status?: SubOrderStatus; label: string }[] = [
  { label: "All" },
  { status: "PAID", label: "Paid (to prepare)" },
  { status: "PREPARING", label: "Preparing" },
  { status: "IN_TRANSIT", label: "In transit" },
  { status: "DELIVERED", label: "Delivered" },
  { status: "CANCELLED", label: "Cancelled" },
  { status: "REFUNDED", label: "Refunded" },
  { status: "PENDING_PAYMENT", label: "Awaiting payment" },
];
const statuses = new Set(tabs.flatMap((tab) => (tab.status ? [tab.status] : [])));

const emptyText: Partial<Record<SubOrderStatus, string>> = {
  PAID: "Nothing to prepare: every paid order is on its way.",
  PENDING_PAYMENT: "No orders are waiting for payment.",
};

type Props = { searchParams: Promise<{ status?: string | string[]; page?: string | string[] }> };

const hrefFor = (status: SubOrderStatus | undefined, page = 1) => {
  const query = new URLSearchParams({ ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
  return `/dashboard/orders${query ? `?${query}` : ""}`;
};

function itemsSummary(items: { productTitle: string; quantity: number }[]) {
  const [first, ...rest] = items;
  if (!first) return "—";
  const units = items.reduce((sum, item) => sum + item.quantity, 0);
  const head = `${first.quantity} × ${first.productTitle}`;
  return rest.length === 0 ? head : `${head} and ${rest.length} more (${units} items)`;
}

export default async function SellerOrdersPage(props: Props) {
  const { status: statusParam, page: pageParam } = await props.searchParams;
  const { store, actor } = await requireSellerPage("/dashboard/orders");
  // The URL is typed by people: an unknown status shows everything, a wild page number the nearest one.
  const status = typeof statusParam === "string" && statuses.has(statusParam as SubOrderStatus) ? (statusParam as SubOrderStatus) : undefined;
  const page = Math.max(1, Math.min(1000, Math.trunc(Number(pageParam)) || 1));
  const list = await listStoreOrders({ actor, query: { status, page } });
  // Past the last page (orders moved on since the link was made): go to the last one.
  if (list.subOrders.length === 0 && page > list.pageCount) redirect(hrefFor(status, list.pageCount));
  const all = Object.values(list.counts).reduce((sum, n) => sum + (n ?? 0), 0);

  return (
    <div className="space-y-6">
      <StoreOrdersLive config={realtimeClientConfig()} storeId={store.id} />
      <div>
        <Link href="/dashboard" className="text-sm text-stone-600 hover:text-brand-700">
          ← {store.name}
        </Link>
        <h1 className="mt-1 text-3xl font-black tracking-tight">Orders</h1>
      </div>

      <nav aria-label="Order status" className="flex flex-wrap gap-2">
        {tabs.map((tab) => {
          const current = tab.status === status;
          const count = tab.status ? (list.counts[tab.status] ?? 0) : all;
          return (
            <Link
              key={tab.label}
              href={hrefFor(tab.status)}
              aria-current={current ? "page" : undefined}
              className={`rounded-full border px-3 py-1.5 text-sm font-medium ${current ? "border-brand-600 bg-brand-600 text-white" : "border-stone-300 bg-white hover:bg-stone-100"}`}
            >
              {tab.label} <span className={current ? "text-brand-100" : "text-stone-500"}>{count}</span>
            </Link>
          );
        })}
      </nav>

      {list.subOrders.length === 0 ? (
        <div className="rounded-xl border border-dashed border-stone-300 bg-white p-10 text-center">
          <p className="font-semibold">{all === 0 ? "No orders yet" : "No orders here"}</p>
          <p className="mt-1 text-sm text-stone-600">
            {all === 0 ? "When a shopper buys from your store, the order appears here at once." : (status && emptyText[status]) ?? "No order has this status right now."}
          </p>
        </div>
      ) : (
        <>
          {/* On a phone each order is a card: six columns do not fit 390 px. */}
          <ul className="space-y-3 sm:hidden" aria-label="Orders">
            {list.subOrders.map((part) => (
              <li key={part.id} className="relative rounded-xl border border-stone-200 bg-white p-4 text-sm" data-testid="seller-order-card">
                <div className="flex items-start justify-between gap-3">
                  <div>
                    <Link href={`/dashboard/orders/${part.id}`} className="font-semibold text-brand-700 after:absolute after:inset-0 hover:underline">
                      #{part.order.number}
                    </Link>
                    <span className="ml-2 text-stone-600">{formatDate(part.createdAt)}</span>
                  </div>
                  <SubOrderStatusBadge status={part.status} />
                </div>
                <p className="mt-2 font-medium">{part.order.buyer.name ?? part.order.shipTo.fullName}</p>
                <p className="text-stone-600">
                  {part.order.shipTo.city}, {countryName(part.order.shipTo.country)}
                </p>
                <div className="mt-2 flex items-start justify-between gap-3">
                  <p className="min-w-0 text-stone-700">{itemsSummary(part.items)}</p>
                  <p className="shrink-0 font-semibold">{formatMoney(part.totalCents, part.order.currency)}</p>
                </div>
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto rounded-xl border border-stone-200 bg-white sm:block">
            <table className="w-full text-sm">
              <thead className="text-left text-xs uppercase text-stone-500">
                <tr>
                  <th className="px-4 py-2">Order</th>
                  <th className="px-4 py-2">Date</th>
                  <th className="px-4 py-2">Buyer</th>
                  <th className="px-4 py-2">Items</th>
                  <th className="px-4 py-2 text-right">Total</th>
                  <th className="px-4 py-2">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {list.subOrders.map((part) => (
                  <tr key={part.id} data-testid="seller-order-row">
                    <td className="whitespace-nowrap px-4 py-3">
                      <Link href={`/dashboard/orders/${part.id}`} className="font-semibold text-brand-700 hover:underline">
                        #{part.order.number}
                      </Link>
                    </td>
                    <td className="whitespace-nowrap px-4 py-3 text-stone-600">{formatDate(part.createdAt)}</td>
                    <td className="px-4 py-3">
                      <span className="block font-medium">{part.order.buyer.name ?? part.order.shipTo.fullName}</span>
                      <span className="block text-stone-500">
                        {part.order.shipTo.city}, {countryName(part.order.shipTo.country)}
                      </span>
                    </td>
                    <td className="px-4 py-3">{itemsSummary(part.items)}</td>
                    <td className="whitespace-nowrap px-4 py-3 text-right font-medium">{formatMoney(part.totalCents, part.order.currency)}</td>
                    <td className="px-4 py-3">
                      <SubOrderStatusBadge status={part.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => hrefFor(status, p)} />
    </div>
  );
}
