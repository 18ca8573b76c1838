import Link from "next/link";
import { WishlistButton } from "@/components/wishlist/wishlist-button";
import type { ProductCard as ProductCardData } from "@/lib/catalog/product-card";
import { Price } from "./price";
import { ProductImage } from "./product-image";
import { RatingStars } from "./rating-stars";

const conditionLabel = { NEW: null, USED: "Used", REFURBISHED: "Refurbished" } as const;

export function ProductCard({ product, priority }: { product: ProductCardData; priority?: boolean }) {
  const condition = conditionLabel[product.condition];
  return (
    <article className="group relative flex flex-col overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm transition hover:shadow-md">
      <div className="relative aspect-square bg-stone-100">
        {product.image ? (
          <ProductImage src={product.image.url} alt={product.image.alt || product.title} sizes="(min-width: 1024px) 25vw, (min-width: 640px) 33vw, 50vw" priority={priority} />
        ) : null}
        <div className="absolute left-2 top-2 flex gap-1">
          {product.flashSaleEndsAt ? <span className="rounded-full bg-accent-700 px-2 py-0.5 text-xs font-semibold text-white">Flash sale</span> : null}
          {condition ? <span className="rounded-full bg-white/90 px-2 py-0.5 text-xs font-medium text-stone-700">{condition}</span> : null}
        </div>
        <div className="absolute right-2 top-2">
          <WishlistButton productId={product.id} productTitle={product.title} size="sm" />
        </div>
        {!product.inStock ? (
          <span className="absolute bottom-2 left-2 rounded-full bg-stone-900/80 px-2 py-0.5 text-xs font-medium text-white">Sold out</span>
        ) : null}
      </div>
      <div className="flex flex-1 flex-col gap-1 p-3">
        <h3 className="line-clamp-2 text-sm font-medium text-stone-900">
          <Link href={`/p/${product.slug}`} className="after:absolute after:inset-0">
            {product.title}
          </Link>
        </h3>
        <p className="text-xs text-stone-500">{product.storeName}</p>
        <RatingStars rating={product.rating} count={product.ratingCount} />
        <div className="mt-auto pt-1">
          <Price cents={product.priceCents} wasCents={product.wasPriceCents} />
        </div>
      </div>
    </article>
  );
}

export function ProductGrid({ products, priorityCount = 0 }: { products: ProductCardData[]; priorityCount?: number }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className="flex">
          <div className="w-full">
            <ProductCard product={product} priority={index < priorityCount} />
          </div>
        </li>
      ))}
    </ul>
  );
}
