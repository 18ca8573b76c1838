"use client";

import { useActionState } from "react";
import { useAnnounceOnSuccess } from "@/components/layout/header-account";
import { fieldError, FormMessage, SubmitButton, useFields } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { updateProfileAction } from "./actions";

export function ProfileForm({ name, phone }: { name: string; phone: string }) {
  const [result, formAction, pending] = useActionState(updateProfileAction, null);
  // The header shows the name too.
  useAnnounceOnSuccess(result);
  const { bind } = useFields({ name, phone });
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <TextField label="Name" autoComplete="name" required maxLength={100} error={fieldError(result, "name")} {...bind("name")} />
      <TextField
        label="Phone (optional)"
        type="tel"
        autoComplete="tel"
        placeholder="+44 20 7946 0958"
        maxLength={40}
        error={fieldError(result, "phone")}
        {...bind("phone")}
      />
      <FormMessage result={result} fieldNames={["name", "phone"]} />
      <SubmitButton pending={pending} label="Save profile" pendingLabel="Saving…" />
    </form>
  );
}
