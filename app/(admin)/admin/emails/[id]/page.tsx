// One email as its recipient sees it. The HTML is shown in a sandboxed frame: no scripts, no
// access to this page.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireOutboxAccess } from "@/lib/auth/outbox-access";
import { getOutboxEmail } from "@/lib/email/outbox";

export const metadata: Metadata = { title: "Email" };
export const dynamic = "force-dynamic";

export default async function EmailPage(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  await requireOutboxAccess(`/admin/emails/${id}`);
  const email = await getOutboxEmail(id);
  if (!email) notFound();
  return (
    <div className="space-y-4">
      <Link href="/admin/emails" className="text-sm text-stone-600 hover:text-brand-700">← All emails</Link>
      <div className="rounded-xl border border-stone-200 bg-white p-4 text-sm">
        <h1 className="text-xl font-bold" data-testid="email-subject">{email.subject}</h1>
        <dl className="mt-2 grid grid-cols-[80px_1fr] gap-1 text-stone-700">
          <dt className="text-stone-500">From</dt><dd>{email.from}</dd>
          <dt className="text-stone-500">To</dt><dd>{email.to}</dd>
          <dt className="text-stone-500">Status</dt><dd>{email.status}{email.error ? ` — ${email.error}` : ""}</dd>
          <dt className="text-stone-500">Template</dt><dd>{email.template}</dd>
        </dl>
      </div>
      <iframe title="Email content" sandbox="" srcDoc={email.html} className="h-[640px] w-full rounded-xl border border-stone-200 bg-white" />
      <details className="rounded-xl border border-stone-200 bg-white p-4 text-sm">
        <summary className="cursor-pointer font-medium">Plain-text version</summary>
        <pre className="mt-2 whitespace-pre-wrap text-stone-700" data-testid="email-text">{email.text}</pre>
      </details>
    </div>
  );
}
