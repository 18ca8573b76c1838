"use client";

import { useActionState } from "react";
import { completeSandboxPaymentAction } from "./actions";

export function SandboxPaymentForm({ providerRef, session }: { providerRef: string; session: Record<string, string> }) {
  const [result, formAction, pending] = useActionState(completeSandboxPaymentAction, null);
  return (
    <form action={formAction} className="mt-6 space-y-3">
      <input type="hidden" name="providerRef" value={providerRef} />
      {Object.entries(session).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-col gap-2 sm:flex-row">
        <button
          type="submit"
          name="outcome"
          value="succeed"
          disabled={pending}
          className="flex-1 rounded-lg bg-stone-900 px-4 py-2 font-medium text-white hover:bg-stone-700 disabled:opacity-50"
        >
          Pay successfully
        </button>
        <button
          type="submit"
          name="outcome"
          value="fail"
          disabled={pending}
          className="flex-1 rounded-lg border border-stone-300 px-4 py-2 font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-50"
        >
          Decline payment
        </button>
      </div>
      {pending ? <p className="text-sm text-stone-600">Processing…</p> : null}
      {result?.ok === false ? (
        <p role="alert" className="text-sm text-red-700">
          {result.message}
        </p>
      ) : null}
    </form>
  );
}
