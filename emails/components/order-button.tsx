// The order emails' closing call to action: one button to the order page.
import { Button, Section } from "@react-email/components";
import type { ReactNode } from "react";
import { button } from "./layout";

export function OrderButton({ href, children = "View your order" }: { href: string; children?: ReactNode }) {
  return (
    <Section style={{ margin: "24px 0" }}>
      <Button href={href} style={button}>
        {children}
      </Button>
    </Section>
  );
}
