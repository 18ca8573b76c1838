// The shape every product listing renders (home, category, search, store pages) and the one
// Prisma selection that loads it, so no listing queries images or stores one product at a time.
import type { Prisma } from "../db";

export const productCardSelect = {
  id: true,
  slug: true,
  title: true,
  condition: true,
  priceCents: true,
  totalStock: true,
  flashSalePriceCents: true,
  flashSaleStartsAt: true,
  flashSaleEndsAt: true,
  ratingAverage: true,
  ratingCount: true,
  store: { select: { name: true, slug: true } },
  images: { select: { url: true, alt: true }, orderBy: { position: "asc" }, take: 1 },
  variants: { select: { compareAtPriceCents: true }, where: { active: true }, orderBy: { priceCents: "asc" }, take: 1 },
} satisfies Prisma.ProductSelect;

type Row = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;

/** JSON-safe (no Date objects) so listings can be cached by the cache module and Next's data cache. */
export interface ProductCard {
  id: string;
  slug: string;
  title: string;
  condition: Row["condition"];
  priceCents: number;
  /** The crossed-out price: the regular price during a flash sale, else the variant's compare-at price. */
  wasPriceCents: number | null;
  /** ISO timestamp while a flash sale is open. */
  flashSaleEndsAt: string | null;
  inStock: boolean;
  rating: number;
  ratingCount: number;
  storeName: string;
  storeSlug: string;
  image: { url: string; alt: string } | null;
}

export function isFlashSaleOpen(
  product: { flashSalePriceCents: number | null; flashSaleStartsAt: Date | null; flashSaleEndsAt: Date | null },
  now = new Date(),
): boolean {
  return (
    product.flashSalePriceCents !== null &&
    product.flashSaleStartsAt !== null &&
    product.flashSaleEndsAt !== null &&
    product.flashSaleStartsAt <= now &&
    now < product.flashSaleEndsAt
  );
}

export function toProductCard(row: Row, now = new Date()): ProductCard {
  const flash = isFlashSaleOpen(row, now);
  const compareAt = row.variants[0]?.compareAtPriceCents ?? null;
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    condition: row.condition,
    priceCents: flash ? row.flashSalePriceCents! : row.priceCents,
    wasPriceCents: flash ? row.priceCents : compareAt,
    flashSaleEndsAt: flash ? row.flashSaleEndsAt!.toISOString() : null,
    inStock: row.totalStock > 0,
    rating: Number(row.ratingAverage),
    ratingCount: row.ratingCount,
    storeName: row.store.name,
    storeSlug: row.store.slug,
    image: row.images[0] ?? null,
  };
}
