// How order pages write dates and payment states. Dates are rendered on the server, whose time zone is not the shopper's: UTC,
// and said so.
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export const formatDateTime = (date: Date) => `${dateTime.format(date)} UTC`;
export const formatDate = (date: Date) => dateOnly.format(date);

/** "VAT, DE 19%": the tax line's label with where and how much (a rate in basis points). */
export function taxDescription(tax: { label: string; country: string; rateBps?: number }): string {
  const rate = tax.rateBps === undefined ? "" : ` ${new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(tax.rateBps / 100)}%`;
  return tax.label === "Tax" ? `${tax.country}${rate}` : `${tax.label}, ${tax.country}${rate}`;
}

/** What a payment's status means to the shopper, on the order page and the invoice alike. */
export const paymentStatusLabels: Record<string, string> = {
  PENDING: "Not completed",
  SUCCEEDED: "Paid",
  FAILED: "Declined",
  CANCELLED: "Cancelled",
  PARTIALLY_REFUNDED: "Paid, partly refunded",
  REFUNDED: "Refunded",
};

export const refundStatusLabels: Record<string, string> = { PENDING: "Processing", SUCCEEDED: "Refunded", FAILED: "Failed" };
