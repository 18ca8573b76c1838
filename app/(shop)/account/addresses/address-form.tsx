"use client";
// Adds an address, or edits one when `address` is given. Fields are controlled so a refused
// submit keeps what was typed; a successful "add" clears them for the next address.
import { useActionState, useEffect, type ChangeEvent } from "react";
import { fieldError, FormMessage, SubmitButton, useFields } from "@/components/ui/form-parts";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { countries } from "@/lib/accounts/profile/countries";
import { createAddressAction, updateAddressAction } from "./actions";

interface EditableAddress {
  id: string;
  kind: "SHIPPING" | "BILLING";
  fullName: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string | null;
  postalCode: string;
  country: string;
  phone: string | null;
  isDefault: boolean;
}

const fieldNames = ["kind", "fullName", "line1", "line2", "city", "region", "postalCode", "country", "phone", "isDefault"];

export function AddressForm({ address }: { address?: EditableAddress }) {
  const [result, formAction, pending] = useActionState(address ? updateAddressAction : createAddressAction, null);
  const initial = {
    kind: address?.kind ?? "SHIPPING",
    fullName: address?.fullName ?? "",
    line1: address?.line1 ?? "",
    line2: address?.line2 ?? "",
    city: address?.city ?? "",
    region: address?.region ?? "",
    postalCode: address?.postalCode ?? "",
    country: address?.country ?? "",
    phone: address?.phone ?? "",
  };
  const { values, bind, setValues } = useFields(initial);
  const select = (name: "kind" | "country") => ({
    name,
    value: values[name],
    onChange: (event: ChangeEvent<HTMLSelectElement>) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  // Field ids must be unique on a page that holds several of these forms.
  const prefix = address ? `address-${address.id}` : "new-address";
  const field = (name: keyof typeof initial) => ({ ...bind(name), id: `${prefix}-${name}` });
  const error = (name: string) => fieldError(result, name);

  useEffect(() => {
    if (result?.ok && !address) setValues(initial);
    // Only a new result should clear the form, not every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result]);

  return (
    <form action={formAction} className="grid gap-4 sm:grid-cols-2" noValidate>
      {address ? <input type="hidden" name="id" value={address.id} /> : null}
      <SelectField id={`${prefix}-kind`} label="Type" error={error("kind")} {...select("kind")}>
        <option value="SHIPPING">Shipping</option>
        <option value="BILLING">Billing</option>
      </SelectField>
      <TextField label="Full name" autoComplete="name" maxLength={100} required error={error("fullName")} {...field("fullName")} />
      <div className="sm:col-span-2">
        <TextField label="Street address" autoComplete="address-line1" maxLength={200} required error={error("line1")} {...field("line1")} />
      </div>
      <div className="sm:col-span-2">
        <TextField label="Apartment, suite, etc. (optional)" autoComplete="address-line2" maxLength={200} error={error("line2")} {...field("line2")} />
      </div>
      <TextField label="City" autoComplete="address-level2" maxLength={100} required error={error("city")} {...field("city")} />
      <TextField label="State / region (optional)" autoComplete="address-level1" maxLength={100} error={error("region")} {...field("region")} />
      <TextField label="Postal code" autoComplete="postal-code" maxLength={12} required error={error("postalCode")} {...field("postalCode")} />
      <SelectField id={`${prefix}-country`} label="Country" autoComplete="country" required error={error("country")} {...select("country")}>
        <option value="">Choose a country…</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <TextField label="Phone for the courier (optional)" type="tel" autoComplete="tel" maxLength={40} error={error("phone")} {...field("phone")} />
      <label htmlFor={`${prefix}-isDefault`} className="flex items-center gap-2 self-end text-sm">
        <input id={`${prefix}-isDefault`} type="checkbox" name="isDefault" defaultChecked={address?.isDefault ?? false} className="size-4" />
        Make this my default
      </label>
      <div className="space-y-3 sm:col-span-2">
        <FormMessage result={result} fieldNames={fieldNames} />
        <SubmitButton pending={pending} label={address ? "Save address" : "Add address"} pendingLabel="Saving…" />
      </div>
    </form>
  );
}
