import type { StockState } from "@/lib/catalog/get-product-page";

/** "In stock", "Only N left" or "Sold out" for one variant. */
export function StockBadge({ state }: { state: StockState }) {
  if (state.kind === "sold-out") return <span className="font-medium text-stone-500">Sold out</span>;
  if (state.kind === "low") return <span className="font-medium text-accent-700">Only {state.left} left</span>;
  return <span className="font-medium text-brand-700">In stock</span>;
}
