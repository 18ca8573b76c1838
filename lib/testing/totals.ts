// Reading money rows the way a shopper reads them, to check that what a page or an email shows
// adds up: the lines above a total (a discount counts as minus) must sum to the total shown.

export interface MoneyRow {
  label: string;
  /** Signed cents: "−$3.26" is -326, "Free" is 0. */
  cents: number;
}

/** "$1,234.56", "-$3.26", "−€3.26", "Free" → signed cents; null when the text is not an amount. */
export function parseAmount(text: string): number | null {
  const value = text.trim();
  if (/^free$/i.test(value)) return 0;
  const match = /^([-−]?)\s*[^\d\s\-−]*\s*(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})$/.exec(value);
  if (!match) return null;
  const cents = Number(match[2]!.replaceAll(",", "")) * 100 + Number(match[3]);
  return match[1] ? -cents : cents;
}

const decode = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Every `<dl>` of the markup whose rows are all amounts, as rows of label and amount. */
export function moneyListsInHtml(html: string): MoneyRow[][] {
  const lists: MoneyRow[][] = [];
  for (const [, body] of html.matchAll(/<dl[^>]*>([\s\S]*?)<\/dl>/g)) {
    const rows: MoneyRow[] = [];
    let allAmounts = true;
    for (const [, label, value] of body!.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>/g)) {
      const cents = parseAmount(decode(value!));
      if (cents === null) allAmounts = false;
      else rows.push({ label: decode(label!), cents });
    }
    if (allAmounts && rows.length > 0) lists.push(rows);
  }
  return lists;
}

/** Rows of an email's plain text: "Label   $12.34" (two or more spaces between). */
export function moneyRowsInText(text: string): MoneyRow[] {
  const rows: MoneyRow[] = [];
  for (const line of text.split("\n")) {
    const match = /^(\S.*?)\s{2,}(\S+)$/.exec(line.trim());
    const cents = match ? parseAmount(match[2]!) : null;
    if (match && cents !== null) rows.push({ label: match[1]!, cents });
  }
  return rows;
}

/** The first row named like a total, and the rows above it. */
const TOTAL = /^(total\b|seller total|after discount)/i;

export interface TotalsCheck {
  lines: MoneyRow[];
  total: MoneyRow;
  /** Sum of the lines (signed), in cents. */
  sum: number;
}

/** Splits rows at their total; throws when there is none. */
export function totalsOf(rows: MoneyRow[]): TotalsCheck {
  const at = rows.findIndex((row) => TOTAL.test(row.label));
  if (at <= 0) throw new Error(`No total below its lines in: ${rows.map((row) => row.label).join(", ")}`);
  const lines = rows.slice(0, at);
  return { lines, total: rows[at]!, sum: lines.reduce((sum, row) => sum + row.cents, 0) };
}
