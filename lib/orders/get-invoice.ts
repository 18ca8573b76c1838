// An order as its invoice shows it: the order in full (getOrder: the buyer's own, or an admin's
// look) and the name of the tax charged at its destination (the order keeps the amount, not the
// name: "VAT", "GST", "Sales tax").
import "server-only";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getOrder, type OrderView } from "./get-order";

export interface InvoiceView {
  order: OrderView;
  tax: { label: string; country: string } | null;
}

export async function getInvoice({ actor, orderId }: { actor: Actor | null; orderId: string }): Promise<InvoiceView> {
  const order = await getOrder({ actor, orderId });
  const country = order.shippingAddress.country;
  const rate = order.taxCents > 0 ? await db.taxRate.findUnique({ where: { country }, select: { label: true } }) : null;
  return { order, tax: order.taxCents > 0 ? { label: rate?.label ?? "Tax", country } : null };
}
