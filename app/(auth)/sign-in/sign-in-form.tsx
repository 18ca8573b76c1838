"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { signInAction } from "../actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [result, formAction, pending] = useActionState(signInAction, null);
  const fieldError = (name: string) => (result?.ok === false ? result.fields?.[name]?.[0] : undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField name="email" label="Email" type="email" autoComplete="email" required error={fieldError("email")} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required error={fieldError("password")} />
      {result?.ok === false && !result.fields ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">{result.message}</p>
      ) : null}
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-brand-600 py-2.5 font-semibold text-white hover:bg-brand-700 disabled:bg-stone-400">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
