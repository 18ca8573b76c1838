// The address an order ships to, as it was when the order was placed.
import { countryName } from "@/lib/accounts/profile/countries";
import type { ShippingAddressSnapshot } from "@/lib/orders/get-order";

export function ShippingAddress({ address }: { address: ShippingAddressSnapshot }) {
  return (
    <address className="text-sm not-italic leading-6">
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
          {address.phone}
        </>
      ) : null}
    </address>
  );
}
