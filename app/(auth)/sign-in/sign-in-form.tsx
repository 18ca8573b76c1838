"use client";

import { useActionState, useState } from "react";
import { TextField } from "@/components/ui/text-field";
import { signInAction, type SignInResult } from "../actions";
import { fieldError, FormMessage, SubmitButton, useFields } from "@/components/ui/form-parts";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [result, formAction, pending] = useActionState(signInAction, null);
  const { bind, setValues } = useFields({ email: "", password: "", code: "" });
  // The password was right and a code is asked for: the second step, until the person goes back.
  const [leftStep, setLeftStep] = useState<SignInResult | null>(null);
  const secondStep = Boolean(result?.twoFactorRequired) && result !== leftStep;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div hidden={secondStep} className="space-y-4">
        <TextField label="Email" type="email" autoComplete="email" required error={fieldError(result, "email")} {...bind("email")} />
        <TextField label="Password" type="password" autoComplete="current-password" required error={fieldError(result, "password")} {...bind("password")} />
      </div>
      {secondStep ? (
        <div className="space-y-2">
          <p className="text-sm text-stone-700">
            Two-factor sign-in is on for this account. Enter the 6-digit code from your authenticator app, or one of your recovery codes.
          </p>
          <TextField
            label="Authentication code"
            inputMode="text"
            autoComplete="one-time-code"
            autoFocus
            required
            maxLength={64}
            error={fieldError(result, "code")}
            {...bind("code")}
          />
        </div>
      ) : null}
      {secondStep && !(result?.ok === false && result.fields) ? null : result === leftStep ? null : <FormMessage result={result} fieldNames={["email", "password", "code"]} />}
      <SubmitButton pending={pending} label={secondStep ? "Verify and sign in" : "Sign in"} pendingLabel="Signing in…" />
      {secondStep ? (
        <button
          type="button"
          className="w-full text-sm text-stone-600 hover:text-brand-700"
          onClick={() => {
            setValues({ email: "", password: "", code: "" });
            setLeftStep(result);
          }}
        >
          Use a different account
        </button>
      ) : null}
    </form>
  );
}
