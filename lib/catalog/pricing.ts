// What a variant costs right now. A flash sale is set on the product as a price for its cheapest
// variant; every variant gets the same amount off, so the sale never reorders variant prices.
import { isFlashSaleOpen } from "./product-card";

interface PricedProduct {
  priceCents: number;
  flashSalePriceCents: number | null;
  flashSaleStartsAt: Date | null;
  flashSaleEndsAt: Date | null;
}

export function effectiveVariantPrice(product: PricedProduct, variantPriceCents: number, now = new Date()): number {
  if (!isFlashSaleOpen(product, now)) return variantPriceCents;
  const discount = Math.max(0, product.priceCents - product.flashSalePriceCents!);
  return Math.max(1, variantPriceCents - discount);
}
