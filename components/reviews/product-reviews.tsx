// The review section of a product page: the rating summary and histogram, the first page of
// reviews (later pages load in the browser), and what the viewer may do: write a review, edit or
// delete theirs, or why they cannot review yet. Admins get "Remove" on every review.
// Reads the session, so it renders per request: the product page wraps it in <Suspense>.
import Link from "next/link";
import { getActor } from "@/lib/auth";
import { isAdmin } from "@/lib/auth/actor";
import {
  getViewerReviewState,
  listProductReviews,
  NOT_ELIGIBLE_MESSAGE,
  REVIEW_REMOVED_MESSAGE,
  REVIEWS_PAGE_SIZE,
  type ViewerReviewState,
} from "@/lib/reviews";
import { DeleteReviewButton } from "./delete-review-button";
import { MoreReviews } from "./more-reviews";
import { RatingHistogram } from "./rating-histogram";
import { ReviewForm } from "./review-form";
import { ReviewItem } from "./review-item";

export async function ProductReviews({ productId, productSlug }: { productId: string; productSlug: string }) {
  const actor = await getActor();
  const [page, viewer] = await Promise.all([
    listProductReviews({ productId, page: 1, pageSize: REVIEWS_PAGE_SIZE }),
    getViewerReviewState({ actor, productId }),
  ]);
  const canRemove = isAdmin(actor);
  return (
    <div className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,20rem)_1fr]" data-testid="product-reviews">
      <div className="space-y-6">
        <RatingHistogram summary={page.summary} />
        <ViewerPanel viewer={viewer} productId={productId} productSlug={productSlug} />
      </div>
      <div>
        {page.reviews.length === 0 ? (
          <p className="text-sm text-stone-600">Nobody has reviewed this item yet.</p>
        ) : (
          <ol className="divide-y divide-stone-200" aria-label="Reviews, newest first">
            {page.reviews.map((review) => (
              <li key={review.id}>
                <ReviewItem review={review} actions={canRemove ? <DeleteReviewButton reviewId={review.id} mode="remove" /> : null} />
              </li>
            ))}
          </ol>
        )}
        <MoreReviews
          productId={productId}
          pageSize={page.pageSize}
          pageCount={page.pageCount}
          shownIds={page.reviews.map((r) => r.id)}
          canRemove={canRemove}
        />
      </div>
    </div>
  );
}

function ViewerPanel({ viewer, productId, productSlug }: { viewer: ViewerReviewState; productId: string; productSlug: string }) {
  const box = "rounded-xl border border-stone-200 bg-white p-4";
  switch (viewer.kind) {
    case "signed-out": {
      const back = `/p/${productSlug}#reviews`;
      return (
        <div className={box}>
          <p className="text-sm text-stone-700">Bought this item? Share what you think.</p>
          <Link
            href={`/sign-in?callbackUrl=${encodeURIComponent(back)}`}
            className="mt-3 inline-block rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700"
          >
            Sign in to review
          </Link>
        </div>
      );
    }
    case "not-eligible":
      return (
        <p className={`${box} text-sm text-stone-700`} data-testid="review-not-eligible">
          {NOT_ELIGIBLE_MESSAGE}. Once your order of it is delivered, you can review it here.
        </p>
      );
    case "removed":
      return <p className={`${box} text-sm text-stone-700`}>{REVIEW_REMOVED_MESSAGE}.</p>;
    case "can-review":
      return (
        <section aria-labelledby="write-review" className={box}>
          <h3 id="write-review" className="mb-3 font-semibold">
            Write a review
          </h3>
          <ReviewForm productId={productId} />
        </section>
      );
    case "reviewed":
      return (
        <section aria-labelledby="your-review" className={box} data-testid="your-review">
          <h3 id="your-review" className="font-semibold">
            Your review
          </h3>
          <ReviewItem review={viewer.review} headingLevel={4} actions={<DeleteReviewButton reviewId={viewer.review.id} mode="delete" />} />
          <details className="border-t border-stone-200 pt-3">
            <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:underline">Edit your review</summary>
            <div className="mt-3">
              <ReviewForm productId={productId} review={viewer.review} />
            </div>
          </details>
        </section>
      );
  }
}
