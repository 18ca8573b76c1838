import { formatMoney } from "@/lib/money";

export function Price({ cents, wasCents, size = "md" }: { cents: number; wasCents?: number | null; size?: "md" | "lg" }) {
  const onSale = wasCents != null && wasCents > cents;
  return (
    <span className="inline-flex items-baseline gap-2">
      <span className={`font-semibold ${size === "lg" ? "text-2xl" : "text-base"} ${onSale ? "text-accent-700" : "text-stone-900"}`}>
        {formatMoney(cents)}
      </span>
      {onSale ? (
        <span className="text-sm text-stone-500 line-through">
          <span className="sr-only">was </span>
          {formatMoney(wasCents)}
        </span>
      ) : null}
    </span>
  );
}
