// A published review by id (and, when the caller names one, of that product). Removed reviews,
// other products' reviews and unknown ids are all simply not found.
import { db } from "../db";
import { notFound } from "../errors";

export async function findPublishedReview(reviewId: unknown, productId?: string) {
  if (typeof reviewId !== "string" || reviewId.length === 0 || reviewId.length > 64) throw notFound("Review");
  const review = await db.review.findUnique({ where: { id: reviewId }, select: { id: true, productId: true, userId: true, status: true, rating: true, title: true, body: true } });
  if (!review || review.status !== "PUBLISHED" || (productId !== undefined && review.productId !== productId)) throw notFound("Review");
  return review;
}
