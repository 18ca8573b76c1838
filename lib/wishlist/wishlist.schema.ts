// Wishlist input, shared by the heart's server actions and /api/v1/wishlist.
import { z } from "zod";

export const ZWishlistProductInput = z.object({
  productId: z.string({ error: "Choose a product" }).trim().min(1, "Choose a product").max(64, "Choose a product"),
});
export type TWishlistProductInput = z.input<typeof ZWishlistProductInput>;

export const WISHLIST_PAGE_SIZE = 24;

export const ZWishlistPageInput = z.object({
  page: z.coerce.number().int().min(1).max(1000).catch(1),
  pageSize: z.coerce.number().int().min(1).max(60).catch(WISHLIST_PAGE_SIZE),
});
/** Out-of-range or non-numeric values fall back to the first page and the default size. */
export type TWishlistPageInput = { page?: number | string; pageSize?: number | string };
