import Link from "next/link";
import { formatMemberSince } from "@/lib/stores/member-since";
import { ProductImage } from "./product-image";
import { RatingStars } from "./rating-stars";

export interface SellerCardStore {
  slug: string;
  name: string;
  logoUrl: string | null;
  rating: number;
  ratingCount: number;
  /** ISO timestamp of when the store joined. */
  createdAt: string;
}

/** Who sells this: the store's name, logo, rating and age, and a way to its storefront. */
export function SellerCard({ store }: { store: SellerCardStore }) {
  return (
    <section aria-label="Seller" className="flex items-start gap-3 rounded-xl border border-stone-200 bg-white p-4" data-testid="seller-card">
      <StoreLogo name={store.name} logoUrl={store.logoUrl} size="sm" />
      <div className="min-w-0 flex-1">
        <p className="text-xs uppercase tracking-wide text-stone-500">Sold by</p>
        <p className="truncate font-semibold">{store.name}</p>
        <div className="mt-1">
          <RatingStars rating={store.rating} count={store.ratingCount} />
        </div>
        <p className="mt-1 text-xs text-stone-500">Member since {formatMemberSince(store.createdAt)}</p>
        <Link href={`/store/${store.slug}`} className="mt-2 inline-block text-sm font-semibold text-brand-700 hover:underline">
          Visit the store<span className="sr-only"> {store.name}</span>
        </Link>
      </div>
    </section>
  );
}

/** The store's logo, or its initial on a tinted square when it has none. */
export function StoreLogo({ name, logoUrl, size }: { name: string; logoUrl: string | null; size: "sm" | "lg" }) {
  const box = size === "lg" ? "h-20 w-20 text-3xl" : "h-12 w-12 text-lg";
  if (logoUrl) {
    return (
      <div className={`relative shrink-0 overflow-hidden rounded-xl border border-stone-200 bg-white ${box}`}>
        <ProductImage src={logoUrl} alt={`${name} logo`} sizes={size === "lg" ? "80px" : "48px"} />
      </div>
    );
  }
  return (
    <div aria-hidden className={`flex shrink-0 items-center justify-center rounded-xl bg-brand-100 font-black text-brand-700 ${box}`}>
      {name.trim().charAt(0).toUpperCase() || "?"}
    </div>
  );
}
