"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { resetPasswordAction } from "../actions";
import { fieldError, FormMessage, SubmitButton, useFields } from "@/components/ui/form-parts";

export function ResetPasswordForm({ token }: { token: string }) {
  const [result, formAction, pending] = useActionState(resetPasswordAction, null);
  const { bind } = useFields({ password: "", confirmPassword: "" });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <div>
        <TextField label="New password" type="password" autoComplete="new-password" required error={fieldError(result, "password")} {...bind("password")} />
        <p className="mt-1 text-xs text-stone-500">At least 10 characters. Not your email address, and not a common password.</p>
      </div>
      <TextField label="Repeat the new password" type="password" autoComplete="new-password" required error={fieldError(result, "confirmPassword")} {...bind("confirmPassword")} />
      {/* A bad or expired link is reported on the hidden token field: show it as the form's message. */}
      <FormMessage result={result} fieldNames={["password", "confirmPassword"]} />
      <SubmitButton pending={pending} label="Save new password" pendingLabel="Saving…" />
    </form>
  );
}
