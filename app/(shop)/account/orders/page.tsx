// The shopper's orders, newest first: what each is at, per seller, and the way into each one.
// Live: a status change on any of them re-renders the list.
import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/components/orders/order-format";
import { OrderLiveUpdates } from "@/components/orders/order-live-updates";
import { OrderStatusBadge, SubOrderStatusBadge } from "@/components/orders/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/page-guards";
import { formatMoney } from "@/lib/money";
import { listOrders } from "@/lib/orders/get-order";
import { ORDER_UPDATED_EVENT } from "@/lib/orders/notify-order";
import { realtimeClientConfig } from "@/lib/realtime";
import { AccountHeading, AccountNav } from "../account-nav";

export const metadata: Metadata = { title: "Your orders", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ page?: string | string[] }> };

/** A page number from the query string; anything else is the first page. */
function pageParam(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1;
}

export default async function OrdersPage(props: Props) {
  const actor = await requirePageActor("/account/orders");
  const { page } = await props.searchParams;
  const list = await listOrders({ actor, query: { page: pageParam(page) } });

  return (
    <div className="mx-auto max-w-3xl">
      <OrderLiveUpdates config={realtimeClientConfig()} userId={actor.userId} event={ORDER_UPDATED_EVENT} />
      <AccountHeading title="Orders" description="Everything you ordered, and where it is now." />
      <AccountNav current="/account/orders" />
      {list.total === 0 ? (
        <div className="rounded-xl border border-stone-200 bg-white p-8 text-center">
          <p className="text-stone-600">You have not ordered anything yet.</p>
          <Link href="/" className="mt-4 inline-block rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
            Start shopping
          </Link>
        </div>
      ) : (
        <ul className="space-y-4">
          {list.orders.map((order) => (
            <li key={order.id} className="rounded-xl border border-stone-200 bg-white" data-testid="order-card">
              <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-100 px-4 py-3">
                <div>
                  <Link href={`/account/orders/${order.id}`} className="font-semibold hover:text-brand-700">
                    Order #{order.number}
                  </Link>
                  <p className="text-xs text-stone-500">Placed {formatDate(order.placedAt)}</p>
                </div>
                <div className="flex items-center gap-3">
                  <OrderStatusBadge status={order.status} />
                  <span className="font-semibold">{formatMoney(order.totalCents, order.currency)}</span>
                </div>
              </div>
              <ul className="divide-y divide-stone-100">
                {order.subOrders.map((part) => (
                  <li key={part.id} className="flex flex-wrap items-start justify-between gap-2 px-4 py-3 text-sm">
                    <div>
                      <p className="font-medium">{part.store.name}</p>
                      <p className="text-stone-600">{part.items.map((item) => `${item.productTitle}${item.quantity > 1 ? ` × ${item.quantity}` : ""}`).join(", ")}</p>
                    </div>
                    <SubOrderStatusBadge status={part.status} />
                  </li>
                ))}
              </ul>
              <div className="flex flex-wrap gap-4 border-t border-stone-100 px-4 py-3 text-sm">
                <Link href={`/account/orders/${order.id}`} className="font-semibold text-brand-700 hover:underline">
                  {order.status === "PENDING_PAYMENT" ? "View and pay" : "View order"}
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(p) => `/account/orders?page=${p}`} />
    </div>
  );
}
