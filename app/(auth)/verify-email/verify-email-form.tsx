"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { resendCodeAction, verifyEmailAction } from "../actions";
import { fieldError, FormMessage, SubmitButton, useFields } from "@/components/ui/form-parts";

export function VerifyEmailForm({ callbackUrl }: { callbackUrl: string }) {
  const [result, formAction, pending] = useActionState(verifyEmailAction, null);
  const { bind } = useFields({ code: "" });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label="Verification code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="\d{6}"
        maxLength={6}
        required
        error={fieldError(result, "code")}
        {...bind("code")}
      />
      <FormMessage result={result} fieldNames={["code"]} />
      <SubmitButton pending={pending} label="Confirm email address" pendingLabel="Checking…" />
    </form>
  );
}

export function ResendCodeForm() {
  const [result, formAction, pending] = useActionState(resendCodeAction, null);
  return (
    <form action={formAction} className="space-y-2">
      <p className="text-sm text-stone-600">No email? Check your spam folder, or:</p>
      <button type="submit" disabled={pending} className="rounded-lg border border-stone-300 px-3 py-1.5 text-sm font-medium hover:bg-stone-50 disabled:opacity-50">
        {pending ? "Sending…" : "Send a new code"}
      </button>
      <FormMessage result={result} fieldNames={[]} />
    </form>
  );
}
