import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext, withAuth } from "@/lib/api/with-auth";
import { deleteReview, findProduct, updateReview, type ReviewView } from "@/lib/reviews";

type Params = { slug: string; reviewId: string };
export type PatchReviewResponse = { data: ReviewView };

// PATCH /api/v1/products/{slug}/reviews/{reviewId} — the author changes rating, title or text
export const PATCH = withAuth<Params>(async (request, { actor, params }) => {
  const input = await readJson(request);
  const product = await findProduct(params.slug);
  const data = await updateReview({ actor, reviewId: params.reviewId, productId: product.id, input });
  return NextResponse.json({ data } satisfies PatchReviewResponse);
});

// DELETE /api/v1/products/{slug}/reviews/{reviewId} — the author deletes it; an admin removes it
export const DELETE = withAuth<Params>(async (request, { actor, params }) => {
  const product = await findProduct(params.slug);
  await deleteReview({ actor, reviewId: params.reviewId, productId: product.id, ctx: requestContext(request) });
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, POST, PUT, OPTIONS } = otherMethods("PATCH", "DELETE");
