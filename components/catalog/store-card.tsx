import Link from "next/link";
import type { StoreCard } from "@/lib/search/search-stores";
import { ProductImage } from "./product-image";
import { RatingStars } from "./rating-stars";

const memberSince = (iso: string) => new Date(iso).toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

export function StoreCardGrid({ stores }: { stores: StoreCard[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {stores.map((store) => (
        <li key={store.slug} className="relative flex items-center gap-3 rounded-xl border border-stone-200 bg-white p-4 shadow-sm hover:shadow-md">
          <span aria-hidden className="relative flex size-12 shrink-0 items-center justify-center overflow-hidden rounded-full bg-brand-50 text-lg font-bold text-brand-700">
            {store.logoUrl ? <ProductImage src={store.logoUrl} alt="" sizes="48px" /> : store.name.slice(0, 1).toUpperCase()}
          </span>
          <div className="min-w-0">
            <h2 className="truncate font-semibold">
              <Link href={`/store/${store.slug}`} className="after:absolute after:inset-0 hover:text-brand-700">
                {store.name}
              </Link>
            </h2>
            <RatingStars rating={store.rating} count={store.ratingCount} />
            <p className="text-xs text-stone-500">
              {store.listingCount.toLocaleString("en-US")} listings · Member since {memberSince(store.memberSince)}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
