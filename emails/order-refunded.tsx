// Sent to the buyer when money from an order goes back to them, in full or in part.
import { Heading, Text } from "@react-email/components";
import { heading, Layout, text } from "./components/layout";
import { OrderButton } from "./components/order-button";

export interface OrderRefundedEmailProps {
  name: string;
  orderNumber: number;
  storeName: string;
  amount: string;
  /** Whether everything paid for this order is refunded. */
  full: boolean;
  reason?: string;
  orderUrl: string;
}

export default function OrderRefundedEmail({ name, orderNumber, storeName, amount, full, reason, orderUrl }: OrderRefundedEmailProps) {
  return (
    <Layout preview={`${amount} is on its way back to you`}>
      <Heading as="h1" style={heading}>
        Refund of {amount}
      </Heading>
      <Text style={text}>
        Hi {name}, we have refunded {amount} for your order #{orderNumber} from {storeName}.{" "}
        {full ? "That is everything you paid for it." : "That is part of what you paid; the rest of the order stands."}
      </Text>
      {reason ? <Text style={text}>Reason: {reason}</Text> : null}
      <Text style={text}>
        The money goes back to the payment method you used. Depending on your bank, it can take a few business days to show up.
      </Text>
      <OrderButton href={orderUrl} />
    </Layout>
  );
}

OrderRefundedEmail.PreviewProps = {
  name: "Ada",
  orderNumber: 1042,
  storeName: "Ada's Ceramics",
  amount: "$18.00",
  full: false,
  reason: "One mug arrived broken",
  orderUrl: "http://localhost:3000/account/orders/1042",
} satisfies OrderRefundedEmailProps;
