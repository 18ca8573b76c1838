// Admin overview.
import type { Metadata } from "next";
import { getAdminOverview } from "@/lib/admin/get-admin-overview";
import { requireAdminPage } from "@/lib/auth/page-guards";
import { formatMoney } from "@/lib/money";

export const metadata: Metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  await requireAdminPage("/admin");
  const o = await getAdminOverview();
  const stats = [
    ["Buyers", o.users.buyers],
    ["Sellers", o.users.sellers],
    ["Approved stores", o.stores.approved],
    ["Stores awaiting approval", o.stores.pending],
    ["Active listings", o.activeProducts],
    ["Paid orders", o.paidOrders],
    ["Gross sales", formatMoney(o.grossCents)],
    ["Emails sent or captured", o.emails],
  ] as const;
  return (
    <div>
      <h1 className="text-2xl font-bold">Marketplace overview</h1>
      <dl className="mt-6 grid grid-cols-2 gap-3 md:grid-cols-4">
        {stats.map(([label, value]) => (
          <div key={label} className="rounded-xl border border-stone-200 bg-white p-4">
            <dt className="text-xs uppercase tracking-wide text-stone-500">{label}</dt>
            <dd className="mt-1 text-2xl font-bold">{typeof value === "number" ? value.toLocaleString("en-US") : value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
