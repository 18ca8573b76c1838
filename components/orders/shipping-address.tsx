// A postal address as one block: an order's ship-to snapshot, a seller's packing view or an entry in
// the address book all render it the same way.
import { countryName } from "@/lib/accounts/profile/countries";
import type { ShippingAddressSnapshot } from "@/lib/orders/get-order";

export function ShippingAddress({
  address,
  className,
  phoneLabel,
  testId,
}: {
  address: ShippingAddressSnapshot;
  className?: string;
  /** Shown before the phone number, e.g. "Phone: " where the number would otherwise stand unexplained. */
  phoneLabel?: string;
  testId?: string;
}) {
  return (
    <address className={`text-sm not-italic leading-6${className ? ` ${className}` : ""}`} data-testid={testId}>
      <span className="font-semibold">{address.fullName}</span>
      <br />
      {address.line1}
      {address.line2 ? (
        <>
          <br />
          {address.line2}
        </>
      ) : null}
      <br />
      {address.city}
      {address.region ? `, ${address.region}` : ""} {address.postalCode}
      <br />
      {countryName(address.country)}
      {address.phone ? (
        <>
          <br />
          {phoneLabel}
          {address.phone}
        </>
      ) : null}
    </address>
  );
}
