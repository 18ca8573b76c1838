// The address book: shipping and billing addresses, one default of each.
import type { Metadata } from "next";
import { ShippingAddress } from "@/components/orders/shipping-address";
import { listAddresses, MAX_ADDRESSES, type AddressView } from "@/lib/accounts/profile";
import { requirePageActor } from "@/lib/auth/page-guards";
import { AccountHeading, AccountNav } from "../account-nav";
import { AddressForm } from "./address-form";
import { AddressItemActions } from "./address-item-actions";

export const metadata: Metadata = { title: "Your addresses", robots: { index: false } };

const kindLabel = { SHIPPING: "Shipping", BILLING: "Billing" } as const;

function AddressCard({ address }: { address: AddressView }) {
  return (
    <li className="rounded-xl border border-stone-200 bg-white p-4" data-testid="address">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <ShippingAddress address={address} />
        {address.isDefault ? (
          <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700">Default {kindLabel[address.kind].toLowerCase()}</span>
        ) : null}
      </div>
      <AddressItemActions id={address.id} isDefault={address.isDefault} kind={kindLabel[address.kind].toLowerCase()} />
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:underline">Edit</summary>
        <div className="mt-3">
          <AddressForm address={address} />
        </div>
      </details>
    </li>
  );
}

export default async function AddressesPage() {
  const actor = await requirePageActor("/account/addresses");
  const addresses = await listAddresses({ actor });
  return (
    <div className="mx-auto max-w-3xl">
      <AccountHeading title="Addresses" description="Where your orders go and where invoices are addressed." />
      <AccountNav current="/account/addresses" />
      {(["SHIPPING", "BILLING"] as const).map((kind) => {
        const ofKind = addresses.filter((a) => a.kind === kind);
        return (
          <section key={kind} aria-labelledby={`${kind}-heading`} className="mb-8">
            <h2 id={`${kind}-heading`} className="mb-3 font-semibold">
              {kindLabel[kind]} addresses
            </h2>
            {ofKind.length === 0 ? (
              <p className="text-sm text-stone-600">No {kindLabel[kind].toLowerCase()} addresses yet.</p>
            ) : (
              <ul className="grid gap-3 sm:grid-cols-2">
                {ofKind.map((address) => (
                  <AddressCard key={address.id} address={address} />
                ))}
              </ul>
            )}
            {ofKind.length > 0 && !ofKind.some((a) => a.isDefault) ? (
              <p className="mt-2 text-sm text-amber-700">No default {kindLabel[kind].toLowerCase()} address: choose one with “Make default”.</p>
            ) : null}
          </section>
        );
      })}
      <section aria-labelledby="add-address" className="rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="add-address" className="mb-4 font-semibold">
          Add an address
        </h2>
        {addresses.length >= MAX_ADDRESSES ? (
          <p className="text-sm text-stone-600">Your address book is full ({MAX_ADDRESSES} addresses). Delete one to add another.</p>
        ) : (
          <AddressForm />
        )}
      </section>
    </div>
  );
}
