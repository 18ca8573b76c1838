// Sent to a seller for their part of a new order: once when it is placed, again when its payment is confirmed.
import { Button, Heading, Section, Text } from "@react-email/components";
import { button, heading, Layout, text } from "./components/layout";
import { OrderLines, OrderTotals, type OrderLine, type OrderTotalsProps } from "./components/order-lines";
import { ShipTo, type ShippingAddress } from "./components/ship-to";

/** The totals are the seller's part of the order: its goods, shipping, share of the discount and tax. */
export interface NewOrderEmailProps extends OrderTotalsProps {
  storeName: string;
  orderNumber: number;
  /** The order in the seller dashboard. */
  orderUrl: string;
  paid: boolean;
  items: OrderLine[];
  shipTo: ShippingAddress;
  shippingMethod?: string;
}

export default function NewOrderEmail({ storeName, orderNumber, orderUrl, paid, items, shipTo, shippingMethod, ...totals }: NewOrderEmailProps) {
  return (
    <Layout preview={paid ? `Order #${orderNumber} is paid and ready to prepare` : `New order #${orderNumber}, awaiting payment`}>
      <Heading as="h1" style={heading}>
        New order #{orderNumber}
      </Heading>
      <Text style={text}>{storeName} has a new order.</Text>
      <Text style={{ ...text, fontWeight: 600 }}>
        {paid
          ? "Payment confirmed — the order is ready to prepare."
          : "The buyer has not paid yet. Don't ship until payment is confirmed; we'll email you when it is."}
      </Text>
      <OrderLines items={items} />
      <OrderTotals {...totals} />
      <ShipTo address={shipTo} shippingMethod={shippingMethod} />
      <Section style={{ margin: "24px 0" }}>
        <Button href={orderUrl} style={button}>
          Open the order
        </Button>
      </Section>
    </Layout>
  );
}

NewOrderEmail.PreviewProps = {
  storeName: "Ada's Ceramics",
  orderNumber: 1042,
  orderUrl: "http://localhost:3000/dashboard/orders/1042",
  paid: true,
  items: [
    { title: "Stoneware mug", variant: "Sea green", quantity: 2, amount: "$36.00" },
    { title: "Serving bowl", quantity: 1, amount: "$48.00" },
  ],
  subtotal: "$84.00",
  shipping: "$6.50",
  discount: "$8.40",
  couponCode: "WELCOME10",
  tax: "$6.05",
  taxLabel: "Sales tax",
  total: "$88.15",
  shipTo: { fullName: "Grace Hopper", line1: "1 Main Street", line2: "Apt 4", city: "Arlington", region: "VA", postalCode: "22201", country: "United States" },
  shippingMethod: "Standard (3–5 business days)",
} satisfies NewOrderEmailProps;
