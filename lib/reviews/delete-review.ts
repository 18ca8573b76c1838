// Deleting a review: its author deletes it for good (and may write a new one); an admin removing
// someone else's review hides it (status REMOVED, kept for the record and audited), and its author
// cannot post another for that product.
import type { RequestContext } from "../accounts/request-context";
import { writeAudit } from "../audit/write-audit";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { catalogChanged } from "../catalog/invalidate";
import { db } from "../db";
import { notFound, unauthenticated } from "../errors";
import { findPublishedReview } from "./find-review";
import { lockProductForReviews, refreshRatings } from "./ratings";
import { limitReviewWrites } from "./write-limit";

export type DeleteReviewOutcome = "deleted" | "removed";

export async function deleteReview({
  actor,
  reviewId,
  productId,
  ctx,
}: {
  actor: Actor | null;
  reviewId: string;
  productId?: string;
  ctx?: RequestContext;
}): Promise<DeleteReviewOutcome> {
  if (!actor) throw unauthenticated();
  const found = await findPublishedReview(reviewId, productId);
  authorize(actor, "review:delete", { kind: "review", authorId: found.userId });
  const outcome: DeleteReviewOutcome = found.userId === actor.userId ? "deleted" : "removed";
  await limitReviewWrites(actor);

  const storeId = await db.$transaction(async (tx) => {
    const product = await lockProductForReviews(tx, found.productId);
    const where = { id: found.id, status: "PUBLISHED" as const };
    const { count } = outcome === "deleted" ? await tx.review.deleteMany({ where }) : await tx.review.updateMany({ where, data: { status: "REMOVED" } });
    if (count === 0) throw notFound("Review");
    await refreshRatings(tx, product);
    return product.storeId;
  });

  await catalogChanged({ productIds: [found.productId], storeIds: [storeId] });
  if (outcome === "removed") {
    await writeAudit(
      { actorId: actor.userId, action: "review.removed", targetType: "review", targetId: found.id, metadata: { productId: found.productId, authorId: found.userId } },
      ctx,
    );
  }
  return outcome;
}
