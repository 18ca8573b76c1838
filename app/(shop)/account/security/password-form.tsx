"use client";

import { useActionState } from "react";
import { fieldError, FormMessage, SubmitButton, useFields } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { changePasswordOnPageAction } from "./actions";

const empty = { currentPassword: "", newPassword: "", confirmPassword: "" };

export function PasswordForm() {
  // On success the action reloads the page (with a notice), which also clears the fields.
  const [result, formAction, pending] = useActionState(changePasswordOnPageAction, null);
  const { bind } = useFields(empty);
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <TextField label="Current password" type="password" autoComplete="current-password" required error={fieldError(result, "currentPassword")} {...bind("currentPassword")} />
      <div>
        <TextField label="New password" type="password" autoComplete="new-password" required minLength={10} error={fieldError(result, "newPassword")} {...bind("newPassword")} />
        <p className="mt-1 text-xs text-stone-500">At least 10 characters, not your email address and not a common password.</p>
      </div>
      <TextField label="New password again" type="password" autoComplete="new-password" required error={fieldError(result, "confirmPassword")} {...bind("confirmPassword")} />
      <FormMessage result={result} fieldNames={["currentPassword", "newPassword", "confirmPassword"]} />
      <SubmitButton pending={pending} label="Change password" pendingLabel="Changing…" />
    </form>
  );
}
