// The six-digit code that confirms a user owns their email address.
import { Heading, Section, Text } from "@react-email/components";
import { colors, heading, Layout, text } from "./components/layout";

export interface EmailVerificationCodeEmailProps {
  name: string;
  code: string;
  expiresInMinutes: number;
}

export default function EmailVerificationCodeEmail({ name, code, expiresInMinutes }: EmailVerificationCodeEmailProps) {
  return (
    <Layout preview={`Your Bazaar verification code is ${code}`}>
      <Heading as="h1" style={heading}>
        Confirm your email address
      </Heading>
      <Text style={text}>Hi {name}, enter this code on Bazaar to confirm your email address:</Text>
      <Section style={{ backgroundColor: colors.background, borderRadius: 6, margin: "16px 0", padding: "16px 0", textAlign: "center" }}>
        <Text style={{ fontFamily: "monospace", fontSize: 32, fontWeight: 700, letterSpacing: "0.3em", margin: 0 }}>{code}</Text>
      </Section>
      <Text style={text}>
        The code expires in {expiresInMinutes} minutes. If you did not create a Bazaar account, you can ignore this email.
      </Text>
    </Layout>
  );
}

EmailVerificationCodeEmail.PreviewProps = { name: "Ada", code: "482913", expiresInMinutes: 15 } satisfies EmailVerificationCodeEmailProps;
