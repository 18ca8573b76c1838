// The frame every Bazaar email shares: a plain header, one readable column, a short footer.
// Inline styles only: many mail clients ignore <style> blocks.
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";

export const colors = { text: "#1f2328", muted: "#59636e", accent: "#b45309", border: "#d1d9e0", background: "#f6f8fa" };

const body: CSSProperties = {
  backgroundColor: colors.background,
  color: colors.text,
  fontFamily: "-apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif",
  margin: 0,
  padding: "24px 0",
};
const container: CSSProperties = {
  backgroundColor: "#ffffff",
  border: `1px solid ${colors.border}`,
  borderRadius: 8,
  margin: "0 auto",
  maxWidth: 560,
  padding: "32px 40px",
};
const brand: CSSProperties = { color: colors.accent, fontSize: 22, fontWeight: 700, letterSpacing: "-0.02em", margin: 0 };
const footer: CSSProperties = { color: colors.muted, fontSize: 12, lineHeight: "18px", margin: 0 };

export const text: CSSProperties = { fontSize: 16, lineHeight: "26px", margin: "16px 0" };
export const heading: CSSProperties = { fontSize: 22, lineHeight: "30px", fontWeight: 600, margin: "24px 0 8px" };
export const button: CSSProperties = {
  backgroundColor: colors.accent,
  borderRadius: 6,
  color: "#ffffff",
  display: "inline-block",
  fontSize: 16,
  fontWeight: 600,
  padding: "12px 24px",
  textDecoration: "none",
};

export function Layout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={container}>
          <Section>
            <Text style={brand}>Bazaar</Text>
          </Section>
          {children}
          <Hr style={{ borderColor: colors.border, margin: "32px 0 16px" }} />
          <Text style={footer}>
            You are receiving this email because of your account on Bazaar, the open marketplace. If you did not expect it, you
            can ignore it.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
