// Sent to a seller when an admin approves their store.
import { Button, Heading, Section, Text } from "@react-email/components";
import { button, heading, Layout, text } from "./components/layout";

export interface SellerApprovedEmailProps {
  storeName: string;
  dashboardUrl: string;
}

export default function SellerApprovedEmail({ storeName, dashboardUrl }: SellerApprovedEmailProps) {
  return (
    <Layout preview={`${storeName} is approved: you can start selling`}>
      <Heading as="h1" style={heading}>
        {storeName} is open for business
      </Heading>
      <Text style={text}>
        Good news: your store has been approved. Add your products, set your shipping options, and they will appear on Bazaar
        as soon as you publish them.
      </Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={dashboardUrl} style={button}>
          Go to your dashboard
        </Button>
      </Section>
    </Layout>
  );
}

SellerApprovedEmail.PreviewProps = { storeName: "Ada's Ceramics", dashboardUrl: "http://localhost:3000/dashboard" } satisfies SellerApprovedEmailProps;
