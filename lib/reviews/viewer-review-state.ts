// What the review section offers the person looking at it: a form, their own review, or why not.
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { hasReceivedProduct } from "./eligibility";
import { reviewSelect, toReviewView, type ReviewView } from "./review-view";

export type ViewerReviewState =
  | { kind: "signed-out" }
  | { kind: "can-review" }
  | { kind: "not-eligible" }
  | { kind: "reviewed"; review: ReviewView }
  /** A moderator removed their review; they cannot post another for this product. */
  | { kind: "removed" };

export async function getViewerReviewState({ actor, productId }: { actor: Actor | null; productId: string }): Promise<ViewerReviewState> {
  if (!actor) return { kind: "signed-out" };
  const own = await db.review.findUnique({
    where: { productId_userId: { productId, userId: actor.userId } },
    select: { ...reviewSelect, status: true },
  });
  if (own?.status === "REMOVED") return { kind: "removed" };
  if (own) return { kind: "reviewed", review: toReviewView(own) };
  return (await hasReceivedProduct(db, actor.userId, productId)) ? { kind: "can-review" } : { kind: "not-eligible" };
}
