// A shopper reviews a product they received: one review per shopper and product (a unique index
// backs the check), marked as a verified purchase. Ratings are recomputed in the same transaction.
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { catalogChanged } from "../catalog/invalidate";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { parseInput } from "../accounts/profile/profile.schema";
import { hasReceivedProduct, NOT_ELIGIBLE_MESSAGE } from "./eligibility";
import { lockProductForReviews, refreshRatings } from "./ratings";
import { ZReviewInput, type TReviewInput } from "./review.schema";
import { limitReviewWrites } from "./write-limit";
import { reviewSelect, toReviewView, type ReviewView } from "./review-view";

export const ALREADY_REVIEWED_MESSAGE = "You have already reviewed this product: edit your review instead";
export const REVIEW_REMOVED_MESSAGE = "Your review of this product was removed by Bazaar's moderators";

export async function createReview({ actor, productId, input }: { actor: Actor | null; productId: string; input: TReviewInput | unknown }): Promise<ReviewView> {
  authorize(actor, "review:create");
  const fields = parseInput(ZReviewInput, input);
  await limitReviewWrites(actor);
  const userId = actor.userId;

  const { review, storeId } = await db.$transaction(async (tx) => {
    const product = await lockProductForReviews(tx, productId);
    if (!product.visible) throw notFound("Product");
    const existing = await tx.review.findUnique({ where: { productId_userId: { productId, userId } }, select: { status: true } });
    if (existing) throw new AppError("CONFLICT", existing.status === "REMOVED" ? REVIEW_REMOVED_MESSAGE : ALREADY_REVIEWED_MESSAGE);
    if (!(await hasReceivedProduct(tx, userId, productId))) throw new AppError("FORBIDDEN", NOT_ELIGIBLE_MESSAGE);
    let created;
    try {
      created = await tx.review.create({
        data: { productId, userId, rating: fields.rating, title: fields.title ?? null, body: fields.body, verifiedPurchase: true },
        select: reviewSelect,
      });
    } catch (error) {
      // The product lock makes this unreachable in practice; the unique index is the last word.
      if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", ALREADY_REVIEWED_MESSAGE);
      throw error;
    }
    await refreshRatings(tx, product);
    return { review: created, storeId: product.storeId };
  });

  await catalogChanged({ productIds: [productId], storeIds: [storeId] });
  return toReviewView(review);
}
