import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth";
import { formatMoney } from "@/lib/money";
import { openSandboxCheckout, type SandboxCheckoutView } from "@/lib/payments";
import { SandboxPaymentForm } from "./sandbox-payment-form";

export const metadata: Metadata = { title: "Sandbox payment", robots: { index: false, follow: false } };

type Props = {
  params: Promise<{ ref: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SandboxPaymentPage(props: Props) {
  const [{ ref }, query, actor] = await Promise.all([props.params, props.searchParams, getActor()]);
  const view = await openSandboxCheckout({ providerRef: ref, query, actor });
  if (!view) notFound();

  return (
    <section className="mx-auto max-w-md rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
      <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">Test mode · no real money moves</p>
      <h1 className="mt-1 text-xl font-bold text-stone-900">Bazaar sandbox payment</h1>
      <Body view={view} />
    </section>
  );
}

function Body({ view }: { view: SandboxCheckoutView }) {
  if (view.viewer === "anonymous") {
    const here = `/pay/sandbox/${view.providerRef}?${new URLSearchParams(view.session)}`;
    return (
      <p className="mt-4 text-sm text-stone-700">
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className="font-medium underline">
          Sign in
        </Link>{" "}
        with the account that started this payment to continue.
      </p>
    );
  }
  if (view.viewer === "other") {
    return <p className="mt-4 text-sm text-stone-700">This payment belongs to another account.</p>;
  }

  const { payment } = view;
  return (
    <>
      <dl className="mt-4 space-y-2 text-sm">
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">Amount</dt>
          <dd className="text-lg font-semibold text-stone-900">{formatMoney(payment.amountCents, payment.currency)}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt className="text-stone-600">Description</dt>
          <dd className="text-right text-stone-900">{view.description}</dd>
        </div>
      </dl>
      {payment.status === "PENDING" ? (
        <>
          {view.viewer === "admin" ? <p className="mt-4 text-sm text-stone-600">You are completing another account&apos;s payment as an admin.</p> : null}
          <SandboxPaymentForm providerRef={view.providerRef} session={view.session} />
        </>
      ) : (
        <Settled view={view} />
      )}
    </>
  );
}

const settledText: Record<string, string> = {
  SUCCEEDED: "This payment succeeded.",
  FAILED: "This payment was declined.",
  CANCELLED: "This payment was cancelled.",
  PARTIALLY_REFUNDED: "This payment succeeded and was partly refunded.",
  REFUNDED: "This payment succeeded and was refunded.",
};

function Settled({ view }: { view: SandboxCheckoutView }) {
  const { payment } = view;
  const paid = payment.status !== "FAILED" && payment.status !== "CANCELLED";
  return (
    <div className="mt-6 space-y-3 text-sm">
      <p role="status" className="font-medium text-stone-900">
        {settledText[payment.status] ?? `This payment is ${payment.status.toLowerCase()}.`}
      </p>
      {payment.failureReason && !paid ? <p className="text-stone-600">{payment.failureReason}</p> : null}
      <Link href={paid ? view.successUrl : view.cancelUrl} className="inline-block font-medium underline">
        Continue
      </Link>
    </div>
  );
}
