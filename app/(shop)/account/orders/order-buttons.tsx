"use client";
// The buttons of a shopper's order pages. Each is a form posting to its server action, so it
// works before the page's JavaScript has loaded; cancelling asks for a confirmation first (so it
// needs the script).
import Link from "next/link";
import { useActionState, useState } from "react";
import { useAnnounceOnSuccess } from "@/components/layout/header-account";
import type { ActionResult } from "@/lib/action-result";
import { cancelOrderAction, cancelSubOrderAction, payNowAction, reorderAction } from "./actions";

const primary = "rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 disabled:bg-stone-400";
const secondary = "rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-50 disabled:opacity-50";

function Refusal({ result }: { result: ActionResult<unknown> | null }) {
  if (result?.ok !== false) return null;
  return (
    <p role="alert" className="mt-2 text-sm text-red-700">
      {result.message}
    </p>
  );
}

export function PayNowButton({ orderId, label = "Pay now" }: { orderId: string; label?: string }) {
  const [result, action, pending] = useActionState(payNowAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="orderId" value={orderId} />
      <button type="submit" disabled={pending} className={primary}>
        {label}
      </button>
      {pending ? <span className="ml-2 text-sm text-stone-600" role="status">Opening the payment page…</span> : null}
      <Refusal result={result} />
    </form>
  );
}

/** "Cancel order" or "Cancel this part": the first click asks for a confirmation (and a reason). */
export function CancelButton({ orderId, subOrderId, label, question }: { orderId: string; subOrderId?: string; label: string; question: string }) {
  const [result, action, pending] = useActionState(subOrderId ? cancelSubOrderAction : cancelOrderAction, null);
  const [open, setOpen] = useState(false);
  const id = `cancel-${subOrderId ?? orderId}`;
  return (
    <div>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((was) => !was)} className={`${secondary} text-red-700 hover:bg-red-50`}>
        {label}
      </button>
      {open ? (
        <form id={id} action={action} className="mt-3 max-w-md space-y-3 rounded-lg border border-red-200 bg-red-50 p-4">
          <input type="hidden" name="orderId" value={orderId} />
          {subOrderId ? <input type="hidden" name="subOrderId" value={subOrderId} /> : null}
          <p className="text-sm text-stone-800">{question}</p>
          <div>
            <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
              Reason (optional)
            </label>
            <textarea id={`${id}-reason`} name="reason" maxLength={500} rows={2} className="mt-1 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-sm" />
          </div>
          <div className="flex flex-wrap gap-3">
            <button type="submit" disabled={pending} className="rounded-lg bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:bg-stone-400">
              {subOrderId ? "Yes, cancel this part" : "Yes, cancel the order"}
            </button>
            <button type="button" onClick={() => setOpen(false)} className={secondary}>
              {subOrderId ? "Keep this part" : "Keep my order"}
            </button>
          </div>
          {pending ? <p role="status" className="text-sm text-stone-600">Cancelling…</p> : null}
          <Refusal result={result} />
        </form>
      ) : null}
    </div>
  );
}

export function BuyAgainButton({ orderId }: { orderId: string }) {
  const [result, action, pending] = useActionState(reorderAction, null);
  // The header's cart count changes.
  useAnnounceOnSuccess(result?.ok && result.data.added > 0 ? result : null);
  const done = result?.ok ? result.data : null;
  return (
    <form action={action}>
      <input type="hidden" name="orderId" value={orderId} />
      <button type="submit" disabled={pending} className={secondary}>
        {pending ? "Adding…" : "Buy again"}
      </button>
      {done ? (
        <div role="status" className="mt-2 max-w-md rounded-lg bg-stone-100 px-3 py-2 text-sm">
          <p>
            {done.added === 0 ? "Nothing could be added to your cart." : `Added ${done.added === 1 ? "1 item" : `${done.added} items`} to your cart.`}{" "}
            {done.added > 0 ? (
              <Link href="/cart" className="font-semibold text-brand-700 hover:underline">
                Go to your cart
              </Link>
            ) : null}
          </p>
          {done.skipped.length > 0 ? (
            <ul className="mt-1 list-disc pl-5 text-stone-700">
              {done.skipped.map((line) => (
                <li key={line.title}>
                  {line.title}: {line.reason}
                  {line.added > 0 ? ` (added ${line.added} of ${line.wanted})` : ""}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <Refusal result={result} />
    </form>
  );
}
