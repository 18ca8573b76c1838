// The email outbox: every email Bazaar sent or (with no email service configured) captured.
import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { requireOutboxAccess } from "@/lib/auth/outbox-access";
import { listOutbox } from "@/lib/email/outbox";
import { getEnv } from "@/lib/env";

export const metadata: Metadata = { title: "Emails" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

type Props = { searchParams: Promise<{ page?: string; to?: string }> };

export default async function EmailsPage(props: Props) {
  await requireOutboxAccess("/admin/emails");
  const { page: pageParam, to } = await props.searchParams;
  const page = Math.max(1, Math.min(1000, Number(pageParam) || 1));
  const recipient = typeof to === "string" && to.trim() ? to.trim().toLowerCase().slice(0, 254) : undefined;
  const { items, total } = await listOutbox({ page, pageSize: PAGE_SIZE, to: recipient });
  const mode = getEnv().email.mode;
  return (
    <div>
      <h1 className="text-2xl font-bold">Emails</h1>
      <p className="mt-1 text-sm text-stone-600">
        {mode === "outbox"
          ? "No email service is configured: emails are captured here instead of being delivered."
          : "Emails delivered through Resend, with their delivery status."}
      </p>
      <form className="mt-4 flex gap-2" role="search">
        <label htmlFor="to" className="sr-only">Recipient</label>
        <input id="to" name="to" type="search" defaultValue={recipient} placeholder="Recipient (any part of the address)" className="w-72 rounded-lg border border-stone-300 px-3 py-1.5 text-sm" />
        <button className="rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium">Filter</button>
      </form>
      <div className="mt-4 overflow-x-auto rounded-xl border border-stone-200 bg-white">
        <table className="w-full text-sm">
          <thead className="text-left text-xs uppercase text-stone-500">
            <tr><th className="px-4 py-2">When</th><th className="px-4 py-2">To</th><th className="px-4 py-2">Subject</th><th className="px-4 py-2">Status</th></tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {items.map((email) => (
              <tr key={email.id}>
                <td className="whitespace-nowrap px-4 py-2 text-stone-500">{email.createdAt.toISOString().replace("T", " ").slice(0, 16)}</td>
                <td className="px-4 py-2">{email.to}</td>
                <td className="px-4 py-2">
                  <Link href={`/admin/emails/${email.id}`} className="font-medium hover:text-brand-700">{email.subject}</Link>
                </td>
                <td className="px-4 py-2">{email.status}</td>
              </tr>
            ))}
            {items.length === 0 ? (
              <tr><td colSpan={4} className="px-4 py-6 text-center text-stone-500">{recipient ? `No emails to an address containing “${recipient}”.` : "No emails yet."}</td></tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} hrefFor={(p) => `/admin/emails?${new URLSearchParams({ page: String(p), ...(recipient ? { to: recipient } : {}) })}`} />
    </div>
  );
}
