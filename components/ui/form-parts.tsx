"use client";
// Pieces the site's forms share: controlled fields (a failed submit keeps what was typed, since React
// only resets uncontrolled fields after a form action), the form-level message and the submit button.
import { useState, type ChangeEvent } from "react";
import type { ActionResult } from "@/lib/action-result";

export function useFields<K extends string>(initial: Record<K, string>) {
  const [values, setValues] = useState(initial);
  const bind = (name: K) => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setValues((current) => ({ ...current, [name]: event.target.value })),
    // What someone typed (or the browser autofilled) before the page hydrated is in the DOM but not
    // in state yet: take it over instead of letting the controlled value wipe it.
    ref: (element: HTMLInputElement | null) => {
      if (!element || element.value === "" || element.value === values[name]) return;
      const typed = element.value;
      queueMicrotask(() => setValues((current) => (current[name] === initial[name] ? { ...current, [name]: typed } : current)));
    },
  });
  return { values, bind, setValues };
}

export function fieldError(result: ActionResult<unknown> | null, name: string): string | undefined {
  return result?.ok === false ? result.fields?.[name]?.[0] : undefined;
}

/** The message that belongs to no single field (or a success note). */
export function FormMessage({ result, fieldNames }: { result: ActionResult<unknown> | null; fieldNames: string[] }) {
  if (!result) return null;
  if (result.ok) {
    return result.message ? (
      <p role="status" className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800">
        {result.message}
      </p>
    ) : null;
  }
  // When every problem is shown next to its field, a second copy above would only be noise.
  const onFields = result.fields && Object.keys(result.fields).every((key) => fieldNames.includes(key));
  if (onFields) return null;
  return (
    <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
      {result.message}
      {result.requestId ? <span className="block text-xs text-red-700">Reference: {result.requestId}</span> : null}
    </p>
  );
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-600 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:bg-stone-400">
      {pending ? pendingLabel : label}
    </button>
  );
}
