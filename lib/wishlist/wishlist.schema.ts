// Wishlist input, shared by the heart's server actions and /api/v1/wishlist.
import { z } from "zod";
import { ZPageQuery } from "../pagination";

export const ZWishlistProductInput = z.object({
  productId: z.string({ error: "Choose a product" }).trim().min(1, "Choose a product").max(64, "Choose a product"),
});
export type TWishlistProductInput = z.input<typeof ZWishlistProductInput>;

export const WISHLIST_PAGE_SIZE = 24;

/** Out of range or not a whole number: 400 with the field, as for every list. */
export const ZWishlistPageInput = ZPageQuery({ max: 60, fallback: WISHLIST_PAGE_SIZE });
export type TWishlistPageInput = { page?: number | string; pageSize?: number | string };
