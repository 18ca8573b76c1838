// Stars for ratings, drawn as SVG: fonts lack a half-star glyph (it showed as an empty box), and a
// drawing can be filled to any fraction. Amber-600 outlines and fills keep 3:1 against white and
// stone-50, as WCAG asks of graphics that carry meaning; the rating is also given in words.

const STAR_PATH = "M10 1.6l2.59 5.25 5.8.84-4.2 4.09.99 5.77L10 14.83l-5.18 2.72.99-5.77-4.2-4.09 5.8-.84z";

/** One star, filled from the left to `fill` (0 to 1) and outlined beyond. Decorative: name the rating around it. */
export function Star({ fill = 1, className = "size-3.5" }: { fill?: number; className?: string }) {
  const share = Math.min(1, Math.max(0, fill));
  return (
    <span aria-hidden className={`relative inline-block shrink-0 text-amber-600 ${className}`}>
      <svg viewBox="0 0 20 20" className="absolute inset-0 size-full" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round">
        <path d={STAR_PATH} />
      </svg>
      {share > 0 ? (
        <span className="absolute inset-y-0 left-0 overflow-hidden" style={{ width: `${share * 100}%` }}>
          <svg viewBox="0 0 20 20" className="aspect-square h-full max-w-none" fill="currentColor" stroke="currentColor" strokeWidth={1.5} strokeLinejoin="round">
            <path d={STAR_PATH} />
          </svg>
        </span>
      ) : null}
    </span>
  );
}

/** Five stars showing `value` (0–5, to the nearest half). Decorative: name the rating around it. */
export function StarRow({ value, className }: { value: number; className?: string }) {
  const rounded = Math.round(value * 2) / 2;
  return (
    <span aria-hidden className="inline-flex items-center gap-px">
      {[0, 1, 2, 3, 4].map((index) => (
        <Star key={index} fill={rounded - index} className={className} />
      ))}
    </span>
  );
}

export function RatingStars({ rating, count }: { rating: number; count: number }) {
  if (count === 0) return <span className="text-xs text-stone-600">No reviews yet</span>;
  return (
    <span className="inline-flex items-center gap-1 text-xs text-stone-600">
      <span role="img" aria-label={`Rated ${rating.toFixed(1)} out of 5 from ${count} ${count === 1 ? "review" : "reviews"}`} className="inline-flex">
        <StarRow value={rating} />
      </span>
      <span aria-hidden>
        {rating.toFixed(1)} ({count})
      </span>
    </span>
  );
}
