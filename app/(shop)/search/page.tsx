// Search: products (full text, filters, facets, typo correction) or sellers by store name.
import type { Metadata } from "next";
import Link from "next/link";
import { after } from "next/server";
import { ListingView } from "@/components/catalog/listing-view";
import { StoreCardGrid } from "@/components/catalog/store-card";
import { Pagination } from "@/components/ui/pagination";
import { getActor } from "@/lib/auth";
import { listProducts } from "@/lib/catalog/listing";
import { listingHref, parseListingParamsLeniently } from "@/lib/catalog/listing-query";
import { logSearch } from "@/lib/search/log-search";
import { searchStores } from "@/lib/search/search-stores";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { q } = await props.searchParams;
  const text = typeof q === "string" ? q.trim().slice(0, 60) : "";
  return { title: text ? `“${text}”` : "Search", robots: { index: false } };
}

export default async function SearchPage(props: Props) {
  const searchParams = await props.searchParams;
  const mode = searchParams.mode === "stores" ? "stores" : "products";
  const { query, ignored } = parseListingParamsLeniently(searchParams);
  const q = query.q ?? "";

  const tabs = (
    <nav aria-label="Search for" className="mt-3 flex gap-2 text-sm">
      {(["products", "stores"] as const).map((tab) => (
        <Link
          key={tab}
          href={`/search?${new URLSearchParams({ ...(q ? { q } : {}), ...(tab === "stores" ? { mode: "stores" } : {}) })}`}
          aria-current={tab === mode ? "page" : undefined}
          className={`rounded-full px-3 py-1 font-medium ${tab === mode ? "bg-brand-600 text-white" : "border border-stone-300 bg-white hover:border-brand-500"}`}
        >
          {tab === "products" ? "Products" : "Sellers"}
        </Link>
      ))}
    </nav>
  );

  if (mode === "stores") {
    const result = await searchStores({ q, page: query.page });
    return (
      <div>
        <h1 className="text-2xl font-bold wrap-anywhere">{q ? <>Sellers matching “{q}”</> : "Search sellers"}</h1>
        {tabs}
        <p className="mt-4 text-sm text-stone-600" data-testid="result-count">
          {result.total === 1 ? "1 seller" : `${result.total.toLocaleString("en-US")} sellers`}
        </p>
        <div className="mt-3">
          {result.stores.length > 0 ? <StoreCardGrid stores={result.stores} /> : <p className="text-stone-600">{q ? "No seller by that name." : "Type a store name in the search box."}</p>}
        </div>
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `/search?${new URLSearchParams({ q, mode: "stores", page: String(page) })}`} />
      </div>
    );
  }

  const result = await listProducts(query);
  if (q && query.page === 1) {
    const actor = await getActor();
    after(() => logSearch({ query: q, resultCount: result.total, userId: actor?.userId ?? null }));
  }
  const shown = result.query.q ?? "";
  return (
    <div>
      {/* Any text can be searched for: a word longer than the screen wraps instead of widening the page. */}
      <h1 className="text-2xl font-bold wrap-anywhere">{shown ? <>Results for “{shown}”</> : "All listings"}</h1>
      {result.correctedFrom ? (
        <p className="mt-1 text-stone-700 wrap-anywhere" role="status" data-testid="did-you-mean">
          No results for “<span className="line-through decoration-stone-400">{result.correctedFrom}</span>”. Showing results for{" "}
          <Link href={listingHref("/search", { q: shown })} className="font-semibold text-brand-700 underline">
            {shown}
          </Link>
          .
        </p>
      ) : result.suggestion ? (
        <p className="mt-1 text-stone-700" role="status" data-testid="did-you-mean">
          No results for “{q}” — did you mean{" "}
          <Link href={listingHref("/search", { ...result.query, q: result.suggestion })} className="font-semibold text-brand-700 underline">
            {result.suggestion}
          </Link>
          ?
        </p>
      ) : null}
      {tabs}
      <ListingView
        basePath="/search"
        result={result}
        ignored={ignored}
        emptyMessage={
          q ? (
            <>
              Nothing matches “{q}”. Check the spelling, use fewer words, or{" "}
              <Link href={`/search?${new URLSearchParams({ q, mode: "stores" })}`} className="text-brand-700 underline">
                look for a seller by that name
              </Link>
              .
            </>
          ) : undefined
        }
      />
    </div>
  );
}
