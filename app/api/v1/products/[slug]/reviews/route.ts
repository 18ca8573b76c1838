import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth, withOptionalAuth } from "@/lib/api/with-auth";
import { createReview, findReviewableProduct, getViewerReviewState, listProductReviews, type GetReviewsResponse, type ReviewView } from "@/lib/reviews";

// `slug` is the product's slug or its id (the folder is shared with GET /products/{slug}).
type Params = { slug: string };

export type PostReviewResponse = { data: ReviewView };

// GET /api/v1/products/{slug}/reviews — published reviews, newest first, with the rating histogram
export const GET = withOptionalAuth<Params>(async (request, { actor, params }) => {
  const product = await findReviewableProduct(params.slug);
  const query = request.nextUrl.searchParams;
  const [page, viewer] = await Promise.all([
    listProductReviews({ productId: product.id, page: query.get("page") ?? undefined, pageSize: query.get("pageSize") ?? undefined }),
    getViewerReviewState({ actor, productId: product.id }),
  ]);
  const body: GetReviewsResponse = {
    data: page.reviews,
    summary: page.summary,
    pagination: { page: page.page, pageSize: page.pageSize, total: page.total, pageCount: page.pageCount },
    viewer,
  };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
});

// POST /api/v1/products/{slug}/reviews — review a product the caller received (one review each)
export const POST = withAuth<Params>(async (request, { actor, params }) => {
  const input = await readJson(request);
  const product = await findReviewableProduct(params.slug);
  const data = await createReview({ actor, productId: product.id, input });
  return NextResponse.json({ data } satisfies PostReviewResponse, { status: 201 });
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
