// A seller's public storefront header: who they are, their rating, since when, how many listings.
// Only approved stores have a storefront; any other store is NOT_FOUND, as if it did not exist.
import { z } from "zod";
import { db } from "../db";
import { notFound } from "../errors";

export const ZStorefrontSlug = z.string().trim().min(1).max(120);

export async function getStorefront(slug: string) {
  const parsed = ZStorefrontSlug.safeParse(slug);
  if (!parsed.success) throw notFound("Store");
  const store = await db.store.findUnique({
    where: { slug: parsed.data },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      logoUrl: true,
      bannerUrl: true,
      status: true,
      ratingAverage: true,
      ratingCount: true,
      createdAt: true,
      _count: { select: { products: { where: { status: "ACTIVE" } } } },
    },
  });
  if (!store || store.status !== "APPROVED") throw notFound("Store");
  return {
    id: store.id,
    slug: store.slug,
    name: store.name,
    description: store.description,
    logoUrl: store.logoUrl,
    bannerUrl: store.bannerUrl,
    rating: Number(store.ratingAverage),
    ratingCount: store.ratingCount,
    /** ISO timestamp: when the seller joined Bazaar. */
    memberSince: store.createdAt.toISOString(),
    listingCount: store._count.products,
  };
}

export type Storefront = Awaited<ReturnType<typeof getStorefront>>;
