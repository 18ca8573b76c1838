// Sent to the buyer once checkout has created their order: what they bought, from whom, and what happens next.
import { Button, Heading, Section, Text } from "@react-email/components";
import { button, colors, heading, Layout, text } from "./components/layout";
import { OrderLines, OrderTotals, type OrderLine, type OrderTotalsProps } from "./components/order-lines";
import { ShipTo, type ShippingAddress } from "./components/ship-to";

export interface OrderPlacedEmailProps extends OrderTotalsProps {
  name: string;
  orderNumber: number;
  orderUrl: string;
  /** Present while the order waits for payment. */
  payUrl?: string;
  sellers: { storeName: string; items: OrderLine[]; shippingMethod?: string }[];
  shipTo: ShippingAddress;
}

const storeHeading = { ...text, fontWeight: 600, margin: "24px 0 0" };

export default function OrderPlacedEmail({ name, orderNumber, orderUrl, payUrl, sellers, shipTo, ...totals }: OrderPlacedEmailProps) {
  return (
    <Layout preview={payUrl ? `Order #${orderNumber} is waiting for payment` : `Thank you for your order #${orderNumber}`}>
      <Heading as="h1" style={heading}>
        Thank you for your order
      </Heading>
      <Text style={text}>
        Hi {name}, we have your order #{orderNumber}.{" "}
        {payUrl
          ? "It is waiting for payment: we hold your items for a short while, and the sellers start preparing them once it is paid."
          : "The sellers will now prepare your items, and we will email you when each parcel is on its way."}
      </Text>
      {payUrl ? (
        <Section style={{ margin: "24px 0" }}>
          <Button href={payUrl} style={button}>
            Complete payment
          </Button>
        </Section>
      ) : null}
      {sellers.length > 1 ? <Text style={text}>Your order comes from {sellers.length} stores, so it arrives in separate parcels.</Text> : null}
      {sellers.map((seller, index) => (
        <Section key={index}>
          <Text style={storeHeading}>From {seller.storeName}</Text>
          {seller.shippingMethod ? <Text style={{ ...text, color: colors.muted, fontSize: 14, margin: 0 }}>Shipping: {seller.shippingMethod}</Text> : null}
          <OrderLines items={seller.items} />
        </Section>
      ))}
      <OrderTotals {...totals} />
      <ShipTo address={shipTo} />
      <Section style={{ margin: "24px 0" }}>
        <Button href={orderUrl} style={payUrl ? { ...button, backgroundColor: "#ffffff", border: `1px solid ${colors.border}`, color: colors.text } : button}>
          View your order
        </Button>
      </Section>
    </Layout>
  );
}

OrderPlacedEmail.PreviewProps = {
  name: "Ada",
  orderNumber: 1042,
  orderUrl: "http://localhost:3000/account/orders/1042",
  payUrl: "http://localhost:3000/checkout/pay/1042",
  sellers: [
    {
      storeName: "Ada's Ceramics",
      items: [
        { title: "Stoneware mug", variant: "Sea green", quantity: 2, amount: "$36.00" },
        { title: "Serving bowl", quantity: 1, amount: "$48.00" },
      ],
      shippingMethod: "Standard (3–5 business days)",
    },
    { storeName: "Linen & Loom", items: [{ title: "Linen tea towel", variant: "Natural", quantity: 3, amount: "$27.00" }] },
  ],
  subtotal: "$111.00",
  shipping: "$9.50",
  discount: "$11.10",
  couponCode: "WELCOME10",
  tax: "$8.75",
  taxLabel: "Sales tax",
  total: "$118.15",
  shipTo: { fullName: "Ada Lovelace", line1: "12 St James's Square", city: "London", postalCode: "SW1Y 4JH", country: "United Kingdom" },
} satisfies OrderPlacedEmailProps;
