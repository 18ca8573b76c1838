// Saving a product to the wishlist. Idempotent: saving it again is not an error (ON CONFLICT DO
// NOTHING on the (user, product) key). Only products shoppers can see may be saved; a new save is
// recorded as a WISHLIST interaction for recommendations.
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "../accounts/profile/profile.schema";
import { activeUserId } from "../accounts/profile/active-user";
import { recordProductInteraction } from "../interactions/record-interaction";
import { ZWishlistProductInput, type TWishlistProductInput } from "./wishlist.schema";

/** Enough for any shopper; stops a script from filling the table. */
export const MAX_WISHLIST_ITEMS = 1000;

export async function addToWishlist({ actor, input }: { actor: Actor | null; input: TWishlistProductInput | unknown }): Promise<{ productId: string; added: boolean }> {
  const userId = await activeUserId(actor, "wishlist:update");
  const { productId } = parseInput(ZWishlistProductInput, input);
  const product = await db.product.findFirst({ where: { id: productId, status: "ACTIVE", store: { status: "APPROVED" } }, select: { id: true } });
  if (!product) throw notFound("Product");
  if ((await db.wishlistItem.count({ where: { userId } })) >= MAX_WISHLIST_ITEMS) {
    throw new AppError("CONFLICT", `A wishlist holds at most ${MAX_WISHLIST_ITEMS} products; remove some first`);
  }
  const { count } = await db.wishlistItem.createMany({ data: [{ userId, productId }], skipDuplicates: true });
  if (count > 0) await recordProductInteraction({ productId, type: "WISHLIST", userId });
  return { productId, added: count > 0 };
}
