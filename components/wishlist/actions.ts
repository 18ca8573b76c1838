"use server";
// The heart's server action. Signed out is an answer, not an error: the heart then sends the
// shopper to sign in. Nothing is revalidated, so a listing page is not re-rendered per click.
import { runAction, type ActionResult } from "@/lib/action-result";
import { getActor } from "@/lib/auth";
import { addToWishlist, removeFromWishlist } from "@/lib/wishlist";

export type WishlistToggleResult = ActionResult<{ signedIn: boolean; saved: boolean }>;

export async function setWishlistedAction(productId: string, saved: boolean): Promise<WishlistToggleResult> {
  return runAction(async () => {
    const actor = await getActor();
    if (!actor) return { signedIn: false, saved: false };
    if (saved) await addToWishlist({ actor, input: { productId } });
    else await removeFromWishlist({ actor, input: { productId } });
    return { signedIn: true, saved };
  });
}
