// schema.org Product data for search engines. Prices go out as decimal strings built from integer
// cents (no floating-point arithmetic), and the JSON is escaped so seller-written text cannot
// close the <script> element it is embedded in.
import type { StockState } from "./get-product-page";

/** 1999 → "19.99", 5 → "0.05". Cents must be a non-negative integer. */
export function centsToDecimalString(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Not an amount in cents: ${cents}`);
  const digits = String(cents).padStart(3, "0");
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export interface JsonLdProductInput {
  title: string;
  description: string;
  condition: "NEW" | "USED" | "REFURBISHED";
  images: readonly { url: string }[];
  brand: { name: string } | null;
  rating: number;
  ratingCount: number;
  store: { name: string };
  /** priceCents: what the variant costs now (flash sale applied). */
  variants: readonly { sku: string; priceCents: number; stockState: StockState }[];
  /** While a flash sale is open: the prices hold until then. */
  flashSaleEndsAt: Date | null;
}

const itemCondition = {
  NEW: "https://schema.org/NewCondition",
  USED: "https://schema.org/UsedCondition",
  REFURBISHED: "https://schema.org/RefurbishedCondition",
} as const;

/** `url` is the product page's absolute URL; images are resolved against it. */
export function productJsonLd(product: JsonLdProductInput, url: string): Record<string, unknown> {
  const offers = product.variants.map((variant) => ({
    "@type": "Offer",
    sku: variant.sku,
    price: centsToDecimalString(variant.priceCents),
    priceCurrency: "USD",
    availability: variant.stockState.kind === "sold-out" ? "https://schema.org/OutOfStock" : "https://schema.org/InStock",
    itemCondition: itemCondition[product.condition],
    url,
    seller: { "@type": "Organization", name: product.store.name },
    ...(product.flashSaleEndsAt ? { priceValidUntil: product.flashSaleEndsAt.toISOString().slice(0, 10) } : {}),
  }));
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description,
    url,
    image: product.images.map((image) => new URL(image.url, url).toString()),
    ...(product.variants[0] ? { sku: product.variants[0].sku } : {}),
    ...(product.brand ? { brand: { "@type": "Brand", name: product.brand.name } } : {}),
    ...(offers.length > 0 ? { offers: offers.length === 1 ? offers[0] : offers } : {}),
    ...(product.ratingCount > 0
      ? { aggregateRating: { "@type": "AggregateRating", ratingValue: product.rating, reviewCount: product.ratingCount, bestRating: 5, worstRating: 1 } }
      : {}),
  };
}

/** JSON for a <script type="application/ld+json">: `<`, `>` and `&` escaped so the text cannot end the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
