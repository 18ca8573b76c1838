"use client";
// "Use a new address": the address book's fields, kept as typed while the quote re-renders around
// them (changing the country re-prices the tax) and after a refused order, each with its own error.
import { useFields } from "@/components/ui/form-parts";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { countries } from "@/lib/accounts/profile/countries";
import type { AddressField } from "@/lib/checkout/checkout-params";
import { useCheckoutFieldErrors } from "./checkout-form";

export function NewAddressFields({ initial, canSave }: { initial: Record<AddressField, string>; canSave: boolean }) {
  const { values, bind, setValues } = useFields(initial);
  const field = (name: AddressField) => ({ ...bind(name), id: `checkout-${name}` });
  const refused = useCheckoutFieldErrors();
  const error = (name: AddressField) => refused?.[`address.${name}`]?.[0];

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField label="Full name" autoComplete="shipping name" maxLength={100} required error={error("fullName")} {...field("fullName")} />
      <TextField label="Phone for the courier (optional)" type="tel" autoComplete="shipping tel" maxLength={40} error={error("phone")} {...field("phone")} />
      <div className="sm:col-span-2">
        <TextField label="Street address" autoComplete="shipping address-line1" maxLength={200} required error={error("line1")} {...field("line1")} />
      </div>
      <div className="sm:col-span-2">
        <TextField label="Apartment, suite, etc. (optional)" autoComplete="shipping address-line2" maxLength={200} error={error("line2")} {...field("line2")} />
      </div>
      <TextField label="City" autoComplete="shipping address-level2" maxLength={100} required error={error("city")} {...field("city")} />
      <TextField label="State / region (optional)" autoComplete="shipping address-level1" maxLength={100} error={error("region")} {...field("region")} />
      <TextField label="Postal code" autoComplete="shipping postal-code" maxLength={12} required error={error("postalCode")} {...field("postalCode")} />
      <SelectField
        id="checkout-country"
        name="country"
        label="Country"
        autoComplete="shipping country"
        required
        error={error("country")}
        value={values.country}
        onChange={(event) => setValues((current) => ({ ...current, country: event.target.value }))}
      >
        <option value="">Choose a country…</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      {canSave ? (
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" name="saveAddress" defaultChecked className="size-4" />
          Save this address in my address book
        </label>
      ) : null}
    </div>
  );
}
