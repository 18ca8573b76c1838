// The storefront home: featured, open flash sales, best sellers, new arrivals and the categories
// with the most listings. One query per section; everything JSON-safe so the page can cache it.
import { db, type Prisma } from "../db";
import { productCardSelect, toProductCard, type ProductCard } from "./product-card";

export const HOME_SECTION_SIZE = 8;
export const NEW_ARRIVALS_SIZE = 12;

export interface TopCategory {
  id: string;
  slug: string;
  name: string;
  imageUrl: string | null;
  listingCount: number;
}

const visible = { status: "ACTIVE", store: { status: "APPROVED" } } satisfies Prisma.ProductWhereInput;

/** Categories by how many active listings of approved stores they hold directly. */
export async function topCategories(limit: number): Promise<TopCategory[]> {
  const rows = await db.$queryRaw<{ id: string; slug: string; name: string; imageUrl: string | null; listingCount: number }[]>`
    SELECT c.id, c.slug, c.name, c.image_url AS "imageUrl", count(*)::int AS "listingCount"
    FROM products p
    JOIN stores s ON s.id = p.store_id
    JOIN categories c ON c.id = p.category_id
    WHERE p.status = 'ACTIVE' AND s.status = 'APPROVED'
    GROUP BY c.id
    ORDER BY "listingCount" DESC, c.name ASC
    LIMIT ${limit}`;
  return rows;
}

export async function getHomePage(now = new Date()) {
  const [featured, flashSales, bestSellers, newArrivals, categories] = await Promise.all([
    db.product.findMany({
      where: { ...visible, featured: true },
      select: productCardSelect,
      orderBy: [{ unitsSold: "desc" }, { id: "asc" }],
      take: HOME_SECTION_SIZE,
    }),
    // Open windows only; the ones closing soonest first.
    db.product.findMany({
      where: { ...visible, flashSalePriceCents: { not: null }, flashSaleStartsAt: { lte: now }, flashSaleEndsAt: { gt: now } },
      select: productCardSelect,
      orderBy: [{ flashSaleEndsAt: "asc" }, { id: "asc" }],
      take: HOME_SECTION_SIZE,
    }),
    db.product.findMany({
      where: { ...visible, unitsSold: { gt: 0 } },
      select: productCardSelect,
      orderBy: [{ unitsSold: "desc" }, { id: "asc" }],
      take: HOME_SECTION_SIZE,
    }),
    db.product.findMany({
      where: visible,
      select: productCardSelect,
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      take: NEW_ARRIVALS_SIZE,
    }),
    topCategories(HOME_SECTION_SIZE),
  ]);
  const card = (row: (typeof featured)[number]): ProductCard => toProductCard(row, now);
  return {
    featured: featured.map(card),
    flashSales: flashSales.map(card),
    bestSellers: bestSellers.map(card),
    newArrivals: newArrivals.map(card),
    topCategories: categories,
  };
}

export type HomePage = Awaited<ReturnType<typeof getHomePage>>;

/** The flash-sale cards whose window is still open at `now` (a cached home page can be a minute old). */
export function openFlashSales(cards: readonly ProductCard[], now = new Date()): ProductCard[] {
  return cards.filter((card) => card.flashSaleEndsAt !== null && new Date(card.flashSaleEndsAt) > now);
}
