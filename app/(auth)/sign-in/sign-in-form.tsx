"use client";

import { useActionState } from "react";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [result, formAction, pending] = useActionState(signInAction, null);
  const fieldError = (name: string) => (result?.ok === false ? result.fields?.[name]?.[0] : undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">Email</label>
        <input id="email" name="email" type="email" autoComplete="email" required aria-invalid={Boolean(fieldError("email"))} aria-describedby="email-error"
          className="mt-1 w-full rounded-lg border border-stone-300 px-3 py-2" />
        {fieldError("email") ? <p id="email-error" className="mt-1 text-sm text-red-700">{fieldError("email")}</p> : null}
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required aria-invalid={Boolean(fieldError("password"))} aria-describedby="password-error"
          className="mt-1 w-full rounded-lg border border-stone-300 px-3 py-2" />
        {fieldError("password") ? <p id="password-error" className="mt-1 text-sm text-red-700">{fieldError("password")}</p> : null}
      </div>
      {result?.ok === false && !result.fields ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">{result.message}</p>
      ) : null}
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-600 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:bg-stone-400">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
