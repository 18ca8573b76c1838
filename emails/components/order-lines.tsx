// What was ordered and what it costs, shared by the order emails. Amounts arrive formatted for
// reading ("$42.00"): the sender formats cents, these only lay them out.
import { Section } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";
import { colors } from "./layout";

export interface OrderLine {
  title: string;
  /** The variant bought ("Blue, Large"); left out when the product has a single variant. */
  variant?: string;
  quantity: number;
  /** The line's total. */
  amount: string;
}

const cell: CSSProperties = { fontSize: 15, lineHeight: "22px", padding: "10px 0", verticalAlign: "top" };
const detail: CSSProperties = { color: colors.muted, fontSize: 13, lineHeight: "20px" };
const amountCell: CSSProperties = { ...cell, paddingLeft: 16, textAlign: "right", whiteSpace: "nowrap" };

// One table, marked as a data table so that the plain-text version keeps each amount on its line's row.
function Table({ children }: { children: ReactNode }) {
  return (
    <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} data-text-format="dataTable" style={{ borderCollapse: "collapse" }}>
      <tbody>{children}</tbody>
    </table>
  );
}

export function OrderLines({ items }: { items: readonly OrderLine[] }) {
  return (
    <Section style={{ margin: "8px 0 16px" }}>
      <Table>
        {items.map((item, index) => (
          <tr key={index}>
            <td style={{ ...cell, borderBottom: `1px solid ${colors.border}` }}>
              <strong>{item.title}</strong>
              <br />
              <span style={detail}>{item.variant ? `${item.variant} · Qty ${item.quantity}` : `Qty ${item.quantity}`}</span>
            </td>
            <td style={{ ...amountCell, borderBottom: `1px solid ${colors.border}` }}>{item.amount}</td>
          </tr>
        ))}
      </Table>
    </Section>
  );
}

export interface OrderTotalsProps {
  subtotal: string;
  shipping: string;
  /** The amount taken off, shown with a minus sign. */
  discount?: string;
  couponCode?: string;
  tax?: string;
  /** e.g. "VAT (20%)"; "Tax" when left out. */
  taxLabel?: string;
  total: string;
}

function TotalsRow({ label, amount, strong = false }: { label: string; amount: string; strong?: boolean }) {
  const style: CSSProperties = strong
    ? { ...cell, borderTop: `1px solid ${colors.border}`, fontSize: 16, fontWeight: 700, padding: "10px 0 0" }
    : { ...cell, color: colors.muted, padding: "2px 0" };
  return (
    <tr>
      <td style={style}>{label}</td>
      <td style={{ ...amountCell, ...style, paddingLeft: 16 }}>{amount}</td>
    </tr>
  );
}

export function OrderTotals({ subtotal, shipping, discount, couponCode, tax, taxLabel, total }: OrderTotalsProps) {
  return (
    <Section style={{ margin: "0 0 16px" }}>
      <Table>
        <TotalsRow label="Subtotal" amount={subtotal} />
        <TotalsRow label="Shipping" amount={shipping} />
        {/* Senders may pass the discount signed or not: show it once, with one minus sign. */}
        {discount ? <TotalsRow label={couponCode ? `Discount (${couponCode})` : "Discount"} amount={`-${discount.replace(/^[-−]\s*/, "")}`} /> : null}
        {tax ? <TotalsRow label={taxLabel ?? "Tax"} amount={tax} /> : null}
        <TotalsRow label="Total" amount={total} strong />
      </Table>
    </Section>
  );
}
