// Sent once, after sign-up.
import { Heading, Text } from "@react-email/components";
import { heading, Layout, text } from "./components/layout";

export interface WelcomeEmailProps {
  name: string;
}

export default function WelcomeEmail({ name }: WelcomeEmailProps) {
  return (
    <Layout preview={`Welcome to Bazaar, ${name}`}>
      <Heading as="h1" style={heading}>
        Welcome, {name}!
      </Heading>
      <Text style={text}>
        Your Bazaar account is ready. Browse products from independent sellers, keep a wishlist, and follow your orders from
        checkout to your door.
      </Text>
      <Text style={text}>Have something to sell? You can open your own store from your account settings.</Text>
    </Layout>
  );
}

WelcomeEmail.PreviewProps = { name: "Ada" } satisfies WelcomeEmailProps;
