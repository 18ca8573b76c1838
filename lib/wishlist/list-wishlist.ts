// The signed-in shopper's wishlist: saved products as listing cards, most recently saved first.
// Products that stopped being on sale (archived, store suspended) are left out of the page but
// stay saved, and come back if they return.
import type { Actor } from "../auth/actor";
import { productCardSelect, toProductCard, type ProductCard } from "../catalog/product-card";
import { db } from "../db";
import { activeUserId } from "../accounts/profile/active-user";
import { MAX_WISHLIST_ITEMS } from "./add-to-wishlist";
import { ZWishlistPageInput, type TWishlistPageInput } from "./wishlist.schema";

export interface WishlistPage {
  products: ProductCard[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

const visible = { status: "ACTIVE", store: { status: "APPROVED" } } as const;

export async function listWishlist({ actor, ...pageInput }: { actor: Actor | null } & TWishlistPageInput): Promise<WishlistPage> {
  const userId = await activeUserId(actor, "wishlist:read");
  const { page, pageSize } = ZWishlistPageInput.parse(pageInput);
  const where = { userId, product: visible };
  const [rows, total] = await Promise.all([
    db.wishlistItem.findMany({
      where,
      select: { product: { select: productCardSelect } },
      orderBy: [{ createdAt: "desc" }, { productId: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.wishlistItem.count({ where }),
  ]);
  const now = new Date();
  return { products: rows.map((row) => toProductCard(row.product, now)), page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Every saved product id (hearts on listing pages light up from this, loaded once per page load). */
/** GET /api/v1/wishlist/ids: the saved product ids, empty for a signed-out caller (not a 401). */
export type GetWishlistIdsResponse = { data: { signedIn: boolean; productIds: string[] } };

export async function listWishlistProductIds({ actor }: { actor: Actor | null }): Promise<string[]> {
  const userId = await activeUserId(actor, "wishlist:read");
  const rows = await db.wishlistItem.findMany({ where: { userId }, select: { productId: true }, orderBy: { createdAt: "desc" }, take: MAX_WISHLIST_ITEMS });
  return rows.map((row) => row.productId);
}
