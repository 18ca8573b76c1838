// Seller dashboard overview: listings, stock needing attention, recent orders, last 30 days' sales.
import type { Metadata } from "next";
import Link from "next/link";
import { requireSellerPage } from "@/lib/auth/page-guards";
import { formatMoney } from "@/lib/money";
import { getSellerOverview } from "@/lib/sellers/get-seller-overview";

export const metadata: Metadata = { title: "Seller dashboard" };
export const dynamic = "force-dynamic";

const statusLabel: Record<string, string> = {
  PENDING_PAYMENT: "Awaiting payment", PAID: "Paid", PREPARING: "Preparing", IN_TRANSIT: "In transit",
  DELIVERED: "Delivered", CANCELLED: "Cancelled", REFUNDED: "Refunded",
};

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-4">
      <dt className="text-xs uppercase tracking-wide text-stone-500">{label}</dt>
      <dd className="mt-1 text-2xl font-bold">{value}</dd>
    </div>
  );
}

export default async function DashboardPage() {
  const { store } = await requireSellerPage("/dashboard");
  const overview = await getSellerOverview(store.id);
  return (
    <div className="space-y-8">
      <div>
        <p className="text-sm text-stone-500">Seller dashboard</p>
        <h1 className="text-3xl font-black tracking-tight">{store.name}</h1>
        <nav aria-label="Seller dashboard" className="mt-3 flex gap-4 text-sm font-medium">
          <Link href="/dashboard/orders" className="text-brand-700 hover:underline">
            Orders
          </Link>
        </nav>
      </div>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Active listings" value={String(overview.listings.active)} />
        <Stat label="Drafts" value={String(overview.listings.draft)} />
        <Stat label="Orders, last 30 days" value={String(overview.last30Days.orders)} />
        <Stat label="Sales, last 30 days" value={formatMoney(overview.last30Days.revenueCents)} />
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className="rounded-xl border border-stone-200 bg-white">
          <h2 className="border-b border-stone-100 px-4 py-3 font-semibold">Low or no stock</h2>
          {overview.lowStock.length === 0 ? (
            <p className="p-4 text-sm text-stone-600">Every variant is comfortably stocked.</p>
          ) : (
            <ul className="divide-y divide-stone-100 text-sm">
              {overview.lowStock.map((variant) => (
                <li key={variant.id} className="flex justify-between gap-4 px-4 py-2">
                  <Link href={`/p/${variant.product_slug}`} className="hover:text-brand-700">
                    {variant.product_title}
                    {variant.title !== "Default" ? <span className="text-stone-500"> · {variant.title}</span> : null}
                  </Link>
                  <span className={variant.stock === 0 ? "font-semibold text-red-700" : "font-semibold text-amber-700"}>
                    {variant.stock === 0 ? "Sold out" : `${variant.stock} left`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="rounded-xl border border-stone-200 bg-white">
          <div className="flex items-baseline justify-between border-b border-stone-100 px-4 py-3">
            <h2 className="font-semibold">Recent orders</h2>
            <Link href="/dashboard/orders" className="text-sm font-medium text-brand-700 hover:underline">
              All orders
            </Link>
          </div>
          {overview.recentOrders.length === 0 ? (
            <p className="p-4 text-sm text-stone-600">No orders yet.</p>
          ) : (
            <table className="w-full text-sm">
              <thead className="text-left text-xs uppercase text-stone-500">
                <tr><th className="px-4 py-2">Order</th><th className="px-4 py-2">Items</th><th className="px-4 py-2">Status</th><th className="px-4 py-2 text-right">Total</th></tr>
              </thead>
              <tbody className="divide-y divide-stone-100">
                {overview.recentOrders.map((order) => (
                  <tr key={order.id}>
                    <td className="px-4 py-2 font-medium">
                      <Link href={`/dashboard/orders/${order.id}`} className="text-brand-700 hover:underline">
                        #{order.order.number}
                      </Link>
                    </td>
                    <td className="px-4 py-2">{order._count.items}</td>
                    <td className="px-4 py-2">{statusLabel[order.status] ?? order.status}</td>
                    <td className="px-4 py-2 text-right">{formatMoney(order.totalCents)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
