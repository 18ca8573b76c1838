// Sent to the buyer and to the seller when an order (one seller's part of it) is cancelled, by anyone or by expiry.
import { Heading, Section, Text } from "@react-email/components";
import { colors, heading, Layout, text } from "./components/layout";
import { OrderButton } from "./components/order-button";

export interface OrderCancelledEmailProps {
  recipient: "buyer" | "seller";
  name: string;
  orderNumber: number;
  storeName: string;
  /** Why, in a sentence: "Cancelled by the buyer", "Not paid within 30 minutes". */
  reason: string;
  /** What goes back to the buyer, when anything was paid. */
  refund?: string;
  orderUrl: string;
}

export default function OrderCancelledEmail({ recipient, name, orderNumber, storeName, reason, refund, orderUrl }: OrderCancelledEmailProps) {
  const buyer = recipient === "buyer";
  return (
    <Layout preview={buyer ? `Your order #${orderNumber} from ${storeName} was cancelled` : `Order #${orderNumber} for ${storeName} was cancelled`}>
      <Heading as="h1" style={heading}>
        Order #{orderNumber} was cancelled
      </Heading>
      <Text style={text}>
        {buyer
          ? `Hi ${name}, your order #${orderNumber} from ${storeName} was cancelled.`
          : `Hi ${name}, order #${orderNumber} for ${storeName} was cancelled. There is nothing to ship.`}
      </Text>
      <Section style={{ backgroundColor: colors.background, borderRadius: 6, margin: "16px 0", padding: "8px 16px" }}>
        <Text style={{ ...text, margin: "4px 0" }}>Reason: {reason}</Text>
        {refund ? <Text style={{ ...text, margin: "4px 0" }}>Refund: {refund}</Text> : null}
      </Section>
      {refund ? (
        <Text style={text}>
          {buyer
            ? `We are refunding ${refund} to the payment method you used. Depending on your bank, it can take a few business days to show up.`
            : `The buyer is refunded ${refund}.`}
        </Text>
      ) : null}
      {buyer ? <Text style={text}>We are sorry it did not work out this time.</Text> : null}
      <OrderButton href={orderUrl}>{buyer ? "View your order" : "Open the order"}</OrderButton>
    </Layout>
  );
}

OrderCancelledEmail.PreviewProps = {
  recipient: "buyer",
  name: "Ada",
  orderNumber: 1042,
  storeName: "Ada's Ceramics",
  reason: "Cancelled by the seller: an item is out of stock",
  refund: "$90.50",
  orderUrl: "http://localhost:3000/account/orders/1042",
} satisfies OrderCancelledEmailProps;
