// Sent to the payer when a payment is confirmed or declined by the provider.
import { Heading, Section, Text } from "@react-email/components";
import { heading, Layout, text } from "./components/layout";

export interface PaymentResultEmailProps {
  name: string;
  outcome: "succeeded" | "failed";
  amount: string;
  description: string;
  reference: string;
}

export default function PaymentResultEmail({ name, outcome, amount, description, reference }: PaymentResultEmailProps) {
  const succeeded = outcome === "succeeded";
  return (
    <Layout preview={succeeded ? `We received your payment of ${amount}` : `Your payment of ${amount} was declined`}>
      <Heading as="h1" style={heading}>
        {succeeded ? "Payment received" : "Payment declined"}
      </Heading>
      <Text style={text}>Hi {name},</Text>
      <Text style={text}>
        {succeeded
          ? `We received your payment of ${amount} for ${description}. Thank you!`
          : `Your payment of ${amount} for ${description} was declined, and nothing was charged. You can try again with another payment method.`}
      </Text>
      <Section>
        <Text style={{ ...text, color: "#78716c", fontSize: "13px" }}>Payment reference: {reference}</Text>
      </Section>
    </Layout>
  );
}

PaymentResultEmail.PreviewProps = {
  name: "Ada",
  outcome: "succeeded",
  amount: "$42.00",
  description: "Order #1042",
  reference: "sbx_123",
} satisfies PaymentResultEmailProps;
