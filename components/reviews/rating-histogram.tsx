// The rating summary: the average, the count, and how many reviews gave each number of stars.
import type { RatingSummary } from "@/lib/reviews/list-reviews";
import { ReviewStars } from "./review-item";

export function RatingHistogram({ summary }: { summary: RatingSummary }) {
  const rounded = Math.round(summary.average);
  return (
    <div>
      {summary.count > 0 ? (
        <div className="flex items-center gap-3">
          <span className="text-4xl font-black tracking-tight">{summary.average.toFixed(1)}</span>
          <div>
            <ReviewStars rating={rounded} className="size-5" />
            <p className="text-sm text-stone-600">
              {summary.count} {summary.count === 1 ? "review" : "reviews"}
            </p>
          </div>
        </div>
      ) : (
        <p className="text-sm text-stone-600">No reviews yet.</p>
      )}
      <ul className="mt-3 space-y-1.5" aria-label="Reviews by rating">
        {summary.histogram.map(({ rating, count }) => {
          const share = summary.count === 0 ? 0 : Math.round((count / summary.count) * 100);
          return (
            <li key={rating} className="grid grid-cols-[3.5rem_1fr_2.5rem] items-center gap-2 text-sm">
              <span className="text-stone-700">
                {rating} {rating === 1 ? "star" : "stars"}
              </span>
              <span aria-hidden className="h-2.5 overflow-hidden rounded-full bg-stone-200">
                <span className="block h-full rounded-full bg-amber-600" style={{ width: `${share}%` }} />
              </span>
              <span className="text-right tabular-nums text-stone-600">
                {count}
                <span className="sr-only"> {count === 1 ? "review" : "reviews"} ({share}%)</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
