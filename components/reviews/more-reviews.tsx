"use client";
// Later pages of reviews, loaded in the browser from the same API the apps use, so the product
// page itself renders only the first page. Focus moves to the first review just loaded.
import { useEffect, useRef, useState } from "react";
import type { GetReviewsResponse, ReviewView } from "@/lib/reviews";
import { DeleteReviewButton } from "./delete-review-button";
import { ReviewItem } from "./review-item";

export function MoreReviews({
  productId,
  pageSize,
  pageCount,
  shownIds,
  canRemove,
}: {
  productId: string;
  pageSize: number;
  pageCount: number;
  /** Reviews already on the page: a review posted meanwhile shifts the pages, and must not show twice. */
  shownIds: string[];
  canRemove: boolean;
}) {
  const [page, setPage] = useState(1);
  const [lastPage, setLastPage] = useState(pageCount);
  const [reviews, setReviews] = useState<ReviewView[]>([]);
  const [removed, setRemoved] = useState<ReadonlySet<string>>(() => new Set());
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focusId) return;
    list.current?.querySelector<HTMLElement>(`[data-review-id="${CSS.escape(focusId)}"] article`)?.focus();
  }, [focusId]);

  async function loadMore() {
    setLoading(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/products/${encodeURIComponent(productId)}/reviews?page=${page + 1}&pageSize=${pageSize}`, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as GetReviewsResponse;
      const seen = new Set([...shownIds, ...reviews.map((r) => r.id)]);
      const fresh = body.data.filter((r) => !seen.has(r.id));
      setReviews((current) => [...current, ...fresh]);
      setPage(body.pagination.page);
      setLastPage(body.pagination.pageCount);
      setFocusId(fresh[0]?.id ?? null);
    } catch {
      setError("More reviews could not be loaded. Try again.");
    } finally {
      setLoading(false);
    }
  }

  const visible = reviews.filter((r) => !removed.has(r.id));
  return (
    <>
      {visible.length > 0 ? (
        <ol ref={list} className="divide-y divide-stone-200 border-t border-stone-200">
          {visible.map((review) => (
            <li key={review.id} data-review-id={review.id}>
              <ReviewItem
                review={review}
                actions={canRemove ? <DeleteReviewButton reviewId={review.id} mode="remove" onDone={() => setRemoved((s) => new Set(s).add(review.id))} /> : null}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {page < lastPage ? (
        <div className="mt-4">
          <button
            type="button"
            onClick={loadMore}
            disabled={loading}
            className="rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:bg-stone-100 disabled:text-stone-400"
          >
            {loading ? "Loading…" : "Show more reviews"}
          </button>
          {error ? (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
