// The storefront home: flash sales, featured, best sellers, top categories, new arrivals.
import Link from "next/link";
import { Countdown, UntilSaleEnds } from "@/components/catalog/countdown";
import { ProductCard, ProductGrid } from "@/components/catalog/product-card";
import { ProductImage } from "@/components/catalog/product-image";
import { getHomePage, openFlashSales, type TopCategory } from "@/lib/catalog/get-home-page";
import { catalogTags } from "@/lib/catalog/invalidate";
import { pageCache } from "@/lib/catalog/page-cache";
import type { ProductCard as ProductCardData } from "@/lib/catalog/product-card";

// The shop frame is per shopper (cart, account); the sections come from Next's data cache.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const home = await pageCache(["home"], { tags: [catalogTags.all] }, () => getHomePage());
  const flashSales = openFlashSales(home.flashSales);

  return (
    <div className="space-y-12">
      <section className="overflow-hidden rounded-2xl bg-gradient-to-br from-brand-600 to-brand-700 px-6 py-10 text-white sm:px-10">
        <h1 className="max-w-xl text-3xl font-black tracking-tight sm:text-4xl">New, used and refurbished — from independent sellers.</h1>
        <p className="mt-3 max-w-xl text-brand-100">Find something good, or give something a second life.</p>
      </section>

      {flashSales.length > 0 ? (
        <section aria-labelledby="flash-heading">
          <h2 id="flash-heading" className="mb-4 text-xl font-bold">Flash sales</h2>
          <FlashSaleGrid products={flashSales} />
        </section>
      ) : null}

      {home.featured.length > 0 ? (
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="mb-4 text-xl font-bold">Featured</h2>
          <ProductGrid products={home.featured} priorityCount={flashSales.length > 0 ? 0 : 4} />
        </section>
      ) : null}

      {home.bestSellers.length > 0 ? (
        <section aria-labelledby="best-sellers-heading">
          <h2 id="best-sellers-heading" className="mb-4 text-xl font-bold">Best sellers</h2>
          <ProductGrid products={home.bestSellers} />
        </section>
      ) : null}

      {home.topCategories.length > 0 ? (
        <section aria-labelledby="categories-heading">
          <h2 id="categories-heading" className="mb-4 text-xl font-bold">Top categories</h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {home.topCategories.map((category) => (
              <li key={category.id}>
                <CategoryTile category={category} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="newest-heading">
        <h2 id="newest-heading" className="mb-4 text-xl font-bold">New arrivals</h2>
        {home.newArrivals.length > 0 ? <ProductGrid products={home.newArrivals} /> : <p className="text-stone-600">No listings yet.</p>}
      </section>
    </div>
  );
}

/** Sale cards with a live countdown; at zero each turns back into its regular-price card. */
function FlashSaleGrid({ products }: { products: ProductCardData[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 sm:gap-4 lg:grid-cols-4">
      {products.map((product, index) => {
        const endsAt = product.flashSaleEndsAt!;
        const regular: ProductCardData = { ...product, priceCents: product.wasPriceCents ?? product.priceCents, wasPriceCents: null, flashSaleEndsAt: null };
        return (
          <li key={product.id} className="flex flex-col gap-1">
            <UntilSaleEnds endsAt={endsAt} ended={<ProductCard product={regular} />}>
              <ProductCard product={product} priority={index < 4} />
            </UntilSaleEnds>
            <Countdown endsAt={endsAt} className="px-1 text-xs font-semibold text-accent-700" />
          </li>
        );
      })}
    </ul>
  );
}

function CategoryTile({ category }: { category: TopCategory }) {
  return (
    <Link
      href={`/c/${category.slug}`}
      className="group flex items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 hover:border-brand-500"
    >
      {category.imageUrl ? (
        <span className="relative h-14 w-14 shrink-0 overflow-hidden rounded-lg bg-stone-100">
          <ProductImage src={category.imageUrl} alt="" sizes="56px" />
        </span>
      ) : (
        <span aria-hidden className="flex h-14 w-14 shrink-0 items-center justify-center rounded-lg bg-brand-100 text-xl font-black text-brand-700">
          {category.name.charAt(0).toUpperCase()}
        </span>
      )}
      <span className="min-w-0">
        <span className="block truncate font-semibold group-hover:text-brand-700">{category.name}</span>
        <span className="text-xs text-stone-500">
          {category.listingCount === 1 ? "1 listing" : `${category.listingCount.toLocaleString("en-US")} listings`}
        </span>
      </span>
    </Link>
  );
}
