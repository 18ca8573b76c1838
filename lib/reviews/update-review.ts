// The author edits their own review (rating, title, text). Reviews removed by a moderator stay
// removed: they are not found here.
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { catalogChanged } from "../catalog/invalidate";
import { db } from "../db";
import { notFound, unauthenticated } from "../errors";
import { parseInput } from "../accounts/profile/profile.schema";
import { findPublishedReview } from "./find-review";
import { lockProductForReviews, refreshRatings } from "./ratings";
import { ZReviewPatch, type TReviewPatch } from "./review.schema";
import { reviewSelect, toReviewView, type ReviewView } from "./review-view";
import { limitReviewWrites } from "./write-limit";

export async function updateReview({
  actor,
  reviewId,
  productId,
  input,
}: {
  actor: Actor | null;
  reviewId: string;
  /** When given (the API's URL names it), the review must belong to this product. */
  productId?: string;
  input: TReviewPatch | unknown;
}): Promise<ReviewView> {
  if (!actor) throw unauthenticated();
  const found = await findPublishedReview(reviewId, productId);
  authorize(actor, "review:update", { kind: "review", authorId: found.userId });
  const patch = parseInput(ZReviewPatch, input);

  // Only what changed: saving the form untouched neither marks the review edited nor expires caches.
  const data = {
    ...(patch.rating !== undefined && patch.rating !== found.rating ? { rating: patch.rating } : {}),
    ...(patch.title !== undefined && patch.title !== found.title ? { title: patch.title } : {}),
    ...(patch.body !== undefined && patch.body !== found.body ? { body: patch.body } : {}),
  };
  if (Object.keys(data).length === 0) return toReviewView(await db.review.findUniqueOrThrow({ where: { id: found.id }, select: reviewSelect }));
  await limitReviewWrites(actor);

  const { review, storeId } = await db.$transaction(async (tx) => {
    const product = await lockProductForReviews(tx, found.productId);
    // Deleted or removed since it was read: the row lock above makes this check final.
    const { count } = await tx.review.updateMany({ where: { id: found.id, status: "PUBLISHED" }, data });
    if (count === 0) throw notFound("Review");
    await refreshRatings(tx, product);
    return { review: await tx.review.findUniqueOrThrow({ where: { id: found.id }, select: reviewSelect }), storeId: product.storeId };
  });

  await catalogChanged({ productIds: [review.productId], storeIds: [storeId] });
  return toReviewView(review);
}
