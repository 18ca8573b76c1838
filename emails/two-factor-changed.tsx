// Two-factor sign-in was turned on or off: the owner hears about it either way.
import { Button, Heading, Section, Text } from "@react-email/components";
import { button, heading, Layout, text } from "./components/layout";

export interface TwoFactorChangedEmailProps {
  name: string;
  state: "enabled" | "disabled";
  /** Already formatted for reading, e.g. "14 November 2026, 09:12 UTC". */
  when: string;
  securityUrl: string;
}

export default function TwoFactorChangedEmail({ name, state, when, securityUrl }: TwoFactorChangedEmailProps) {
  const enabled = state === "enabled";
  return (
    <Layout preview={enabled ? "Two-factor sign-in is on" : "Two-factor sign-in was turned off"}>
      <Heading as="h1" style={heading}>
        {enabled ? "Two-factor sign-in is on" : "Two-factor sign-in was turned off"}
      </Heading>
      <Text style={text}>
        Hi {name},{" "}
        {enabled
          ? `two-factor sign-in was turned on for your Bazaar account on ${when}. From now on, signing in asks for a code from your authenticator app. Keep your recovery codes somewhere safe.`
          : `two-factor sign-in was turned off for your Bazaar account on ${when}. Signing in now needs only your password.`}
      </Text>
      <Text style={text}>If you did not do this, change your password and review your security settings now.</Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={securityUrl} style={button}>
          Review security settings
        </Button>
      </Section>
    </Layout>
  );
}

TwoFactorChangedEmail.PreviewProps = {
  name: "Ada",
  state: "enabled",
  when: "14 November 2026, 09:12 UTC",
  securityUrl: "http://localhost:3000/account/security",
} satisfies TwoFactorChangedEmailProps;
