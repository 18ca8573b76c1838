export function RatingStars({ rating, count }: { rating: number; count: number }) {
  if (count === 0) return <span className="text-xs text-stone-500">No reviews yet</span>;
  const rounded = Math.round(rating * 2) / 2;
  return (
    <span className="inline-flex items-center gap-1 text-xs text-stone-600" aria-label={`Rated ${rating.toFixed(1)} out of 5 from ${count} reviews`}>
      <span aria-hidden className="tracking-tight text-amber-500">
        {"★★★★★".slice(0, Math.floor(rounded))}
        {rounded % 1 ? "⯪" : ""}
        <span className="text-stone-300">{"★★★★★".slice(Math.ceil(rounded))}</span>
      </span>
      <span aria-hidden>
        {rating.toFixed(1)} ({count})
      </span>
    </span>
  );
}
