// Removing a product from the wishlist. Idempotent: removing what is not there is not an error.
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { parseInput } from "../accounts/profile/profile.schema";
import { activeUserId } from "../accounts/profile/active-user";
import { ZWishlistProductInput, type TWishlistProductInput } from "./wishlist.schema";

export async function removeFromWishlist({ actor, input }: { actor: Actor | null; input: TWishlistProductInput | unknown }): Promise<{ productId: string; removed: boolean }> {
  const userId = await activeUserId(actor, "wishlist:update");
  const { productId } = parseInput(ZWishlistProductInput, input);
  const { count } = await db.wishlistItem.deleteMany({ where: { userId, productId } });
  return { productId, removed: count > 0 };
}
