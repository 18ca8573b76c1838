// Search results for the header's search box.
import type { Metadata } from "next";
import { ProductGrid } from "@/components/catalog/product-card";
import { Pagination } from "@/components/ui/pagination";
import { searchProducts } from "@/lib/catalog/search-products";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { q } = await props.searchParams;
  return { title: q ? `“${q.slice(0, 60)}”` : "Search", robots: { index: false } };
}

export default async function SearchPage(props: Props) {
  const { q, page } = await props.searchParams;
  const result = await searchProducts({ q: typeof q === "string" ? q : "", page: Number(page ?? 1) });
  return (
    <div>
      <h1 className="text-2xl font-bold">{result.q ? <>Results for “{result.q}”</> : "Search Bazaar"}</h1>
      {result.q ? (
        <p className="mt-1 text-sm text-stone-600" data-testid="result-count">
          {result.total === 1 ? "1 listing" : `${result.total.toLocaleString("en-US")} listings`}
        </p>
      ) : (
        <p className="mt-1 text-stone-600">Type what you are looking for in the search box above.</p>
      )}
      <div className="mt-4">
        {result.q && result.products.length === 0 ? (
          <p className="text-stone-600">Nothing matches that yet. Try fewer or different words.</p>
        ) : (
          <ProductGrid products={result.products} priorityCount={4} />
        )}
      </div>
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => `/search?${new URLSearchParams({ q: result.q, page: String(p) })}`} />
    </div>
  );
}
