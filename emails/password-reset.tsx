// A link to choose a new password, sent on request from the sign-in page.
import { Button, Heading, Link, Section, Text } from "@react-email/components";
import { button, colors, heading, Layout, text } from "./components/layout";

export interface PasswordResetEmailProps {
  name: string;
  resetUrl: string;
  expiresInMinutes: number;
}

export default function PasswordResetEmail({ name, resetUrl, expiresInMinutes }: PasswordResetEmailProps) {
  return (
    <Layout preview="Reset your Bazaar password">
      <Heading as="h1" style={heading}>
        Reset your password
      </Heading>
      <Text style={text}>Hi {name}, someone (we hope you) asked to reset the password of your Bazaar account.</Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={resetUrl} style={button}>
          Choose a new password
        </Button>
      </Section>
      <Text style={text}>
        Or paste this link into your browser:{" "}
        <Link href={resetUrl} style={{ color: colors.accent, wordBreak: "break-all" }}>
          {resetUrl}
        </Link>
      </Text>
      <Text style={text}>
        The link expires in {expiresInMinutes} minutes and works once. If you did not ask for it, ignore this email: your
        password stays the same.
      </Text>
    </Layout>
  );
}

PasswordResetEmail.PreviewProps = {
  name: "Ada",
  resetUrl: "http://localhost:3000/reset-password?token=example",
  expiresInMinutes: 60,
} satisfies PasswordResetEmailProps;
