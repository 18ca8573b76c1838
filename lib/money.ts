// Money is integer minor units (cents) everywhere; this is the only place it becomes text.
const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(cents: number, currency = "USD", locale = "en-US"): string {
  const key = `${locale}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}
