// Sent when an account is signed in from a browser or device it has not used before.
import { Button, Heading, Section, Text } from "@react-email/components";
import { button, colors, heading, Layout, text } from "./components/layout";

export interface NewSignInEmailProps {
  name: string;
  /** e.g. "Chrome on Windows" */
  device: string;
  ip: string;
  /** Already formatted for reading, e.g. "14 November 2026, 09:12 UTC". */
  when: string;
  resetUrl: string;
}

const row = { ...text, margin: "4px 0" };

export default function NewSignInEmail({ name, device, ip, when, resetUrl }: NewSignInEmailProps) {
  return (
    <Layout preview={`New sign-in to Bazaar from ${device}`}>
      <Heading as="h1" style={heading}>
        New sign-in to your account
      </Heading>
      <Text style={text}>Hi {name}, your Bazaar account was just signed in from a device we have not seen before:</Text>
      <Section style={{ backgroundColor: colors.background, borderRadius: 6, margin: "16px 0", padding: "8px 16px" }}>
        <Text style={row}>Device: {device}</Text>
        <Text style={row}>IP address: {ip}</Text>
        <Text style={row}>Time: {when}</Text>
      </Section>
      <Text style={text}>If this was you, there is nothing to do. If it was not, change your password now: that signs out every device.</Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={resetUrl} style={button}>
          Change my password
        </Button>
      </Section>
    </Layout>
  );
}

NewSignInEmail.PreviewProps = {
  name: "Ada",
  device: "Firefox on Linux",
  ip: "203.0.113.7",
  when: "14 November 2026, 09:12 UTC",
  resetUrl: "http://localhost:3000/forgot-password",
} satisfies NewSignInEmailProps;
