// The storefront home: featured listings, newest arrivals, category navigation.
import Link from "next/link";
import { ProductGrid } from "@/components/catalog/product-card";
import { getHomePage } from "@/lib/catalog/get-home-page";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { featured, newest, categories } = await getHomePage();
  return (
    <div className="space-y-12">
      <section className="overflow-hidden rounded-2xl bg-gradient-to-br from-brand-600 to-brand-700 px-6 py-10 text-white sm:px-10">
        <h1 className="max-w-xl text-3xl font-black tracking-tight sm:text-4xl">New, used and refurbished — from independent sellers.</h1>
        <p className="mt-3 max-w-xl text-brand-100">Find something good, or give something a second life.</p>
      </section>

      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading" className="text-xl font-bold">
          Shop by category
        </h2>
        <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {categories.map((category) => (
            <li key={category.id} className="rounded-xl border border-stone-200 bg-white p-4">
              <Link href={`/c/${category.slug}`} className="font-semibold hover:text-brand-700">
                {category.name}
              </Link>
              <p className="mt-1 line-clamp-2 text-xs text-stone-500">{category.children.map((c) => c.name).join(" · ")}</p>
            </li>
          ))}
        </ul>
      </section>

      {featured.length > 0 ? (
        <section aria-labelledby="featured-heading">
          <h2 id="featured-heading" className="mb-4 text-xl font-bold">
            Featured
          </h2>
          <ProductGrid products={featured} priorityCount={4} />
        </section>
      ) : null}

      <section aria-labelledby="newest-heading">
        <h2 id="newest-heading" className="mb-4 text-xl font-bold">
          New arrivals
        </h2>
        {newest.length > 0 ? <ProductGrid products={newest} /> : <p className="text-stone-600">No listings yet.</p>}
      </section>
    </div>
  );
}
