"use client";

import { useActionState, useState } from "react";
import { fieldError, FormMessage } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { deleteAccountAction } from "./actions";

export function DeleteAccountForm() {
  const [result, formAction, pending] = useActionState(deleteAccountAction, null);
  const [password, setPassword] = useState("");
  const confirmError = fieldError(result, "confirm");
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <TextField
        name="password"
        label="Your password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={fieldError(result, "password")}
      />
      <div>
        <label htmlFor="confirm" className="flex items-start gap-2 text-sm">
          <input id="confirm" name="confirm" type="checkbox" className="mt-1 size-4" aria-invalid={Boolean(confirmError)} aria-describedby={confirmError ? "confirm-error" : undefined} />
          I understand that my account and personal data will be deleted for good.
        </label>
        {confirmError ? (
          <p id="confirm-error" className="mt-1 text-sm text-red-700">
            {confirmError}
          </p>
        ) : null}
      </div>
      <FormMessage result={result} fieldNames={["password", "confirm"]} />
      <button type="submit" disabled={pending} className="w-full rounded-lg bg-red-700 py-2.5 font-semibold text-white hover:bg-red-800 disabled:bg-stone-400">
        {pending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
