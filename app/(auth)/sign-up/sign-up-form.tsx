"use client";

import { useActionState } from "react";
import { TextField } from "@/components/ui/text-field";
import { signUpAction } from "../actions";
import { fieldError, FormMessage, SubmitButton, useFields } from "@/components/ui/form-parts";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [result, formAction, pending] = useActionState(signUpAction, null);
  const { bind } = useFields({ name: "", email: "", password: "" });
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField label="Name" autoComplete="name" required maxLength={100} error={fieldError(result, "name")} {...bind("name")} />
      <TextField label="Email" type="email" autoComplete="email" required error={fieldError(result, "email")} {...bind("email")} />
      <div>
        <TextField label="Password" type="password" autoComplete="new-password" required error={fieldError(result, "password")} {...bind("password")} />
        <p className="mt-1 text-xs text-stone-500">At least 10 characters. Not your email address, and not a common password.</p>
      </div>
      <FormMessage result={result} fieldNames={["name", "email", "password"]} />
      <SubmitButton pending={pending} label="Create account" pendingLabel="Creating your account…" />
    </form>
  );
}
