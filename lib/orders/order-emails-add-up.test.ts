// [EMAIL] The emails an order sends add up: for an order with a coupon, shipping and tax from two
// sellers, paid through the sandbox, every email with a total (the buyer's "order placed", each
// seller's "new order") shows lines that sum to it, and item lines that sum to the subtotal.
import { beforeAll, describe, expect, it } from "vitest";
import { placeOrder } from "@/lib/checkout/place-order";
import { db } from "@/lib/db";
import { configureJobRunner, drainJobs } from "@/lib/jobs";
import { completeSandboxCheckout } from "@/lib/payments/sandbox";
import { routeFetch } from "@/lib/payments/test-fixtures";
import { createCartWithEverything, testShippingAddress } from "@/lib/testing/order-factories";
import { moneyRowsInText, totalsOf } from "@/lib/testing/totals";

beforeAll(() => {
  configureJobRunner({ retryBaseDelayMs: 5, retryMaxDelayMs: 20 });
});

/** The email's item rows and totals rows, read from its plain text as a reader sees them. */
function readTotals(text: string) {
  const rows = moneyRowsInText(text);
  const subtotalAt = rows.findIndex((row) => row.label === "Subtotal");
  if (subtotalAt < 0) return null;
  const items = rows.slice(0, subtotalAt);
  return { items, itemsSum: items.reduce((sum, row) => sum + row.cents, 0), subtotal: rows[subtotalAt]!.cents, ...totalsOf(rows.slice(subtotalAt)) };
}

describe("[EMAIL] order totals", () => {
  it("every order email with a total shows lines that add up to it", async () => {
    const { buyer, sellers, couponCode } = await createCartWithEverything();
    const placed = await placeOrder({ actor: buyer, input: { address: testShippingAddress, couponCode } });
    const payment = await db.payment.findFirstOrThrow({ where: { orderId: placed.orderId, status: "PENDING" } });
    await completeSandboxCheckout({ providerRef: payment.providerRef, outcome: "succeed" }, { fetch: routeFetch });
    await drainJobs();

    const emails = await db.emailOutbox.findMany({ where: { to: { in: [buyer.email, ...sellers.map((s) => s.seller.email)] } }, orderBy: { createdAt: "asc" } });
    expect(emails.map((email) => email.template).sort()).toEqual(["new-order", "new-order", "order-placed", "payment-result"]);

    const withTotals = emails.flatMap((email) => {
      const totals = readTotals(email.text);
      return totals ? [{ email, totals }] : [];
    });
    expect(withTotals.map(({ email }) => email.template).sort()).toEqual(["new-order", "new-order", "order-placed"]);
    for (const { email, totals } of withTotals) {
      const where = `${email.template} to ${email.to}:\n${email.text}`;
      expect(totals.itemsSum, where).toBe(totals.subtotal);
      expect(totals.sum, where).toBe(totals.total.cents);
      // The order has all of these, so each email says so on its own line.
      expect(totals.lines.map((row) => row.label), where).toEqual(["Subtotal", "Shipping", `Discount (${couponCode})`, "VAT"]);
    }
    // The seller charging shipping sees it; both see their share of the discount and the VAT.
    const order = await db.order.findUniqueOrThrow({ where: { id: placed.orderId }, include: { subOrders: true } });
    const forSeller = (index: number) => withTotals.find(({ email }) => email.to === sellers[index]!.seller.email)!.totals;
    for (const [index, seller] of sellers.entries()) {
      const part = order.subOrders.find((p) => p.storeId === seller.store.id)!;
      expect(forSeller(index).total.cents).toBe(part.totalCents);
      expect(forSeller(index).lines.find((row) => row.label === "VAT")!.cents).toBe(part.taxCents);
    }
    expect(withTotals.find(({ email }) => email.template === "order-placed")!.totals.total.cents).toBe(order.totalCents);
  });
});
