// One review, as text: React escapes it, so markup in a review shows as the characters typed.
// Used by the server-rendered list and by the "show more" list in the browser.
import { StarRow } from "@/components/catalog/rating-stars";
import type { ReviewView } from "@/lib/reviews/review-view";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function ReviewStars({ rating, className = "size-4" }: { rating: number; className?: string }) {
  return (
    <span role="img" aria-label={`${rating} out of 5 stars`} className="inline-flex">
      <StarRow value={rating} className={className} />
    </span>
  );
}

export function ReviewItem({ review, actions, headingLevel = 4 }: { review: ReviewView; actions?: React.ReactNode; headingLevel?: 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  const posted = new Date(review.createdAt);
  return (
    <article className="py-4" data-testid="review" tabIndex={-1}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <ReviewStars rating={review.rating} />
        {review.title ? <Heading className="font-semibold text-stone-900">{review.title}</Heading> : null}
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-stone-500">
        <span className="font-medium text-stone-700">{review.author.displayName}</span>
        <span aria-hidden>·</span>
        <time dateTime={review.createdAt}>{dateFormat.format(posted)}</time>
        {review.edited ? <span>(edited)</span> : null}
        {review.verifiedPurchase ? (
          <span className="rounded-full bg-brand-50 px-2 py-0.5 font-semibold text-brand-700">Verified purchase</span>
        ) : null}
      </p>
      <p className="mt-2 whitespace-pre-line break-words text-sm text-stone-700">{review.body}</p>
      {actions ? <div className="mt-2">{actions}</div> : null}
    </article>
  );
}
