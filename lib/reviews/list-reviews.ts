// A product's published reviews, newest first, one page at a time, with the rating summary: the
// histogram comes from one grouped query, and the average and count from it (the same rounding as
// the product's stored rating). Cached under the catalog's version, which every review change bumps.
import { remember, versionedKey } from "../cache";
import { db } from "../db";
import { ZReviewPageInput, type TReviewPageInput } from "./review.schema";
import { reviewSelect, toReviewView, type ReviewView } from "./review-view";
import type { ViewerReviewState } from "./viewer-review-state";

export interface RatingSummary {
  average: number;
  count: number;
  /** Five entries, 5 stars first. */
  histogram: { rating: 1 | 2 | 3 | 4 | 5; count: number }[];
}

export interface ReviewPage {
  reviews: ReviewView[];
  summary: RatingSummary;
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
}

/** GET /api/v1/products/{slug}/reviews: one page of listProductReviews, and what the caller may do. */
export type GetReviewsResponse = {
  data: ReviewView[];
  summary: RatingSummary;
  pagination: Pick<ReviewPage, "page" | "pageSize" | "total" | "pageCount">;
  /** What the caller may do here: review, edit their review, or why not. */
  viewer: ViewerReviewState;
};

const CACHE_SECONDS = 300;

/** `productId` must be a product the caller may show (see findReviewableProduct). */
export async function listProductReviews({ productId, ...pageInput }: { productId: string } & TReviewPageInput): Promise<ReviewPage> {
  const { page, pageSize } = ZReviewPageInput.parse(pageInput);
  const key = await versionedKey("catalog", "reviews", productId, page, pageSize);
  return remember(key, CACHE_SECONDS, () => loadReviewPage(productId, page, pageSize));
}

async function loadReviewPage(productId: string, page: number, pageSize: number): Promise<ReviewPage> {
  const where = { productId, status: "PUBLISHED" as const };
  const [rows, groups] = await Promise.all([
    db.review.findMany({ where, select: reviewSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db.review.groupBy({ by: ["rating"], where, _count: { _all: true } }),
  ]);
  const summary = ratingSummary(groups.map((g) => ({ rating: g.rating, count: g._count._all })));
  return {
    reviews: rows.map(toReviewView),
    summary,
    page,
    pageSize,
    total: summary.count,
    pageCount: Math.max(1, Math.ceil(summary.count / pageSize)),
  };
}

export function ratingSummary(groups: { rating: number; count: number }[]): RatingSummary {
  const histogram = ([5, 4, 3, 2, 1] as const).map((rating) => ({ rating, count: groups.find((g) => g.rating === rating)?.count ?? 0 }));
  const count = histogram.reduce((sum, h) => sum + h.count, 0);
  const points = histogram.reduce((sum, h) => sum + h.rating * h.count, 0);
  // Whole-number arithmetic until the last step: points*100/count is exact at the .5 boundaries,
  // where rounding the float average first could go the other way from PostgreSQL's round().
  const average = count === 0 ? 0 : Math.round((points * 100) / count) / 100;
  return { average, count, histogram };
}
