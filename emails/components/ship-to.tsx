// The address an order ships to, as the buyer entered it at checkout.
import { Section, Text } from "@react-email/components";
import { colors, text } from "./layout";

export interface ShippingAddress {
  fullName: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
}

export function ShipTo({ address, shippingMethod }: { address: ShippingAddress; shippingMethod?: string }) {
  const { fullName, line1, line2, city, region, postalCode, country } = address;
  return (
    <Section style={{ backgroundColor: colors.background, borderRadius: 6, margin: "16px 0", padding: "4px 16px" }}>
      <Text style={{ ...text, fontWeight: 600, margin: "12px 0 4px" }}>Shipping to</Text>
      <Text style={{ ...text, margin: "4px 0 12px" }}>
        {fullName}
        <br />
        {line1}
        {line2 ? (
          <>
            <br />
            {line2}
          </>
        ) : null}
        <br />
        {region ? `${city}, ${region} ${postalCode}` : `${city} ${postalCode}`}
        <br />
        {country}
      </Text>
      {shippingMethod ? <Text style={{ ...text, color: colors.muted, fontSize: 14, margin: "4px 0 12px" }}>Shipping method: {shippingMethod}</Text> : null}
    </Section>
  );
}
