import { ProductImage } from "@/components/catalog/product-image";
import { RatingStars } from "@/components/catalog/rating-stars";
import { StoreLogo } from "@/components/catalog/seller-card";
import { formatMemberSince } from "@/lib/stores/member-since";
import type { Storefront } from "@/lib/stores/get-storefront";

/** Banner, logo, name, rating, member since, listing count and the seller's description. */
export function StoreHeader({ store }: { store: Storefront }) {
  return (
    <header className="overflow-hidden rounded-2xl border border-stone-200 bg-white">
      {store.bannerUrl ? (
        <div className="relative h-32 bg-stone-100 sm:h-48">
          <ProductImage src={store.bannerUrl} alt="" sizes="(min-width: 1280px) 1280px, 100vw" priority />
        </div>
      ) : (
        <div aria-hidden className="h-16 bg-gradient-to-br from-brand-600 to-brand-700 sm:h-20" />
      )}
      <div className="flex flex-col gap-4 p-4 sm:flex-row sm:items-end sm:p-6">
        <div className="-mt-12 sm:-mt-14">
          <div className="rounded-2xl bg-white p-1 shadow-sm">
            <StoreLogo name={store.name} logoUrl={store.logoUrl} size="lg" />
          </div>
        </div>
        <div className="min-w-0 flex-1">
          <h1 className="text-2xl font-black tracking-tight sm:text-3xl">{store.name}</h1>
          <ul className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-stone-600">
            <li>
              <RatingStars rating={store.rating} count={store.ratingCount} />
            </li>
            <li data-testid="member-since">Member since {formatMemberSince(store.memberSince)}</li>
            <li data-testid="listing-count">
              {store.listingCount === 1 ? "1 listing" : `${store.listingCount.toLocaleString("en-US")} listings`}
            </li>
          </ul>
        </div>
      </div>
      {store.description ? <p className="whitespace-pre-line border-t border-stone-100 px-4 py-4 text-stone-700 sm:px-6">{store.description}</p> : null}
    </header>
  );
}
