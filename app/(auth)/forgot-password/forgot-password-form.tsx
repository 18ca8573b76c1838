"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { forgotPasswordAction } from "../actions";
import { fieldError, FormMessage, SubmitButton, useFields } from "@/components/ui/form-parts";

export function ForgotPasswordForm() {
  const [result, formAction, pending] = useActionState(forgotPasswordAction, null);
  const { bind } = useFields({ email: "" });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <TextField label="Email" type="email" autoComplete="email" required error={fieldError(result, "email")} {...bind("email")} />
      <FormMessage result={result} fieldNames={["email"]} />
      <SubmitButton pending={pending} label={result?.ok ? "Send the link again" : "Send reset link"} pendingLabel="Sending…" />
    </form>
  );
}
