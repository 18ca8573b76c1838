// Sent to the buyer when a seller ships their part of an order, with the tracking details.
import { Heading, Section, Text } from "@react-email/components";
import { colors, heading, Layout, text } from "./components/layout";
import { OrderButton } from "./components/order-button";
import { OrderLines, type OrderLine } from "./components/order-lines";

export interface OrderShippedEmailProps {
  name: string;
  orderNumber: number;
  storeName: string;
  carrier: string;
  trackingNumber: string;
  orderUrl: string;
  items: OrderLine[];
}

const row = { ...text, margin: "4px 0" };

export default function OrderShippedEmail({ name, orderNumber, storeName, carrier, trackingNumber, orderUrl, items }: OrderShippedEmailProps) {
  return (
    <Layout preview={`${storeName} has shipped your order #${orderNumber}`}>
      <Heading as="h1" style={heading}>
        Your order is on its way
      </Heading>
      <Text style={text}>
        Hi {name}, good news: {storeName} has shipped your order #{orderNumber}.
      </Text>
      <Section style={{ backgroundColor: colors.background, borderRadius: 6, margin: "16px 0", padding: "8px 16px" }}>
        <Text style={row}>Carrier: {carrier}</Text>
        <Text style={row}>Tracking number: {trackingNumber}</Text>
      </Section>
      <Text style={{ ...text, fontWeight: 600, margin: "24px 0 0" }}>In this parcel</Text>
      <OrderLines items={items} />
      <OrderButton href={orderUrl} />
    </Layout>
  );
}

OrderShippedEmail.PreviewProps = {
  name: "Ada",
  orderNumber: 1042,
  storeName: "Ada's Ceramics",
  carrier: "UPS",
  trackingNumber: "1Z999AA10123456784",
  orderUrl: "http://localhost:3000/account/orders/1042",
  items: [
    { title: "Stoneware mug", variant: "Sea green", quantity: 2, amount: "$36.00" },
    { title: "Serving bowl", quantity: 1, amount: "$48.00" },
  ],
} satisfies OrderShippedEmailProps;
