// Tells the owner their password changed (by a reset link or from their account), so a change
// they did not make is noticed at once.
import { Button, Heading, Section, Text } from "@react-email/components";
import { button, heading, Layout, text } from "./components/layout";

export interface PasswordChangedEmailProps {
  name: string;
  how: "reset" | "changed";
  /** Already formatted for reading, e.g. "14 November 2026, 09:12 UTC". */
  when: string;
  ip: string;
  resetUrl: string;
}

export default function PasswordChangedEmail({ name, how, when, ip, resetUrl }: PasswordChangedEmailProps) {
  return (
    <Layout preview="Your Bazaar password was changed">
      <Heading as="h1" style={heading}>
        Your password was changed
      </Heading>
      <Text style={text}>
        Hi {name}, the password of your Bazaar account was {how === "reset" ? "reset with an emailed link" : "changed from your account settings"} on{" "}
        {when} (from {ip}). You have been signed out everywhere else.
      </Text>
      <Text style={text}>If this was you, there is nothing to do. If it was not, choose a new password now:</Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={resetUrl} style={button}>
          Secure my account
        </Button>
      </Section>
    </Layout>
  );
}

PasswordChangedEmail.PreviewProps = {
  name: "Ada",
  how: "reset",
  when: "14 November 2026, 09:12 UTC",
  ip: "203.0.113.7",
  resetUrl: "http://localhost:3000/forgot-password",
} satisfies PasswordChangedEmailProps;
