// A filterable product listing: filters with facet counts, sort, active-filter chips, the grid
// and pagination. All state is in the URL (links and a GET form), so every view can be shared,
// bookmarked and reached with the back button, and it works before JavaScript loads.
import Link from "next/link";
import { ProductGrid } from "@/components/catalog/product-card";
import { StarRow } from "@/components/catalog/rating-stars";
import { Pagination } from "@/components/ui/pagination";
import type { ListingResult } from "@/lib/catalog/listing";
import {
  centsToPrice,
  conditionLabels,
  listingHref,
  listingSearchParams,
  sortLabels,
  sorts,
  type ListingQuery,
} from "@/lib/catalog/listing-query";
import { formatMoney } from "@/lib/money";
import { FilterForm, FiltersPanel, SortSelect } from "./filter-form";

const FORM_ID = "listing-filters";

interface Props {
  /** Where the listing lives: /search, /c/<slug>, /store/<slug>. */
  basePath: string;
  result: ListingResult;
  /** Scope fixed by the path: not shown as a filter and not written into links. */
  fixed?: { category?: boolean; store?: boolean };
  /** How the category facet links: into sub-category pages, or as a filter on this page. */
  categoryHref?: (slug: string, query: Partial<ListingQuery>) => string;
  /** URL parameters that were invalid and left out. */
  ignored?: string[];
  emptyMessage?: React.ReactNode;
}

export function ListingView({ basePath, result, fixed = {}, categoryHref, ignored = [], emptyMessage }: Props) {
  const query: Partial<ListingQuery> = {
    ...result.query,
    category: fixed.category ? undefined : result.query.category,
    store: fixed.store ? undefined : result.query.store,
  };
  const href = (change: Partial<ListingQuery>) => listingHref(basePath, query, change);
  const chips = activeFilters(query, result);
  const sortValue = query.sort ?? "relevance";

  return (
    <div className="mt-4 lg:grid lg:grid-cols-[15rem_1fr] lg:gap-8">
      <FiltersPanel activeCount={chips.length}>
        {/* Keyed by the query: after any navigation the form shows exactly what the URL says. */}
        <Filters key={listingSearchParams(query).toString()} basePath={basePath} query={query} result={result} fixed={fixed} categoryHref={categoryHref} href={href} />
      </FiltersPanel>
      <section aria-label="Results" className="min-w-0">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-stone-600" data-testid="result-count" aria-live="polite">
            {result.total === 1 ? "1 listing" : `${result.total.toLocaleString("en-US")} listings`}
          </p>
          <SortSelect
            form={FORM_ID}
            value={sortValue}
            options={sorts.map((s) => ({ value: s, label: s === "relevance" && !query.q ? "Featured" : sortLabels[s] }))}
          />
        </div>
        {ignored.length > 0 ? (
          <p role="status" className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Some filters in this link were not valid and were left out: {ignored.join(", ")}.
          </p>
        ) : null}
        {chips.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-2" aria-label="Active filters">
            {chips.map((chip) => (
              <li key={chip.label}>
                <Link
                  href={href(chip.remove)}
                  className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-700 hover:bg-brand-100"
                  aria-label={`Remove filter: ${chip.label}`}
                >
                  {chip.label} <span aria-hidden>×</span>
                </Link>
              </li>
            ))}
            <li>
              <Link href={listingHref(basePath, { q: query.q, sort: query.sort })} className="inline-block px-2 py-1 text-sm text-stone-600 underline hover:text-brand-700">
                Clear all
              </Link>
            </li>
          </ul>
        ) : null}
        <div className="mt-4">
          {result.products.length > 0 ? (
            <ProductGrid products={result.products} priorityCount={4} />
          ) : (
            <div className="rounded-xl border border-dashed border-stone-300 bg-white p-8 text-center text-stone-600 wrap-anywhere">
              {result.total > 0 ? (
                <>
                  This page is past the end of the results. <Link href={href({ page: 1 })} className="text-brand-700 underline">Back to the first page</Link>
                </>
              ) : (
                (emptyMessage ?? "Nothing matches these filters. Try removing one.")
              )}
            </div>
          )}
        </div>
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => href({ page })} />
      </section>
    </div>
  );
}

function Filters({
  basePath,
  query,
  result,
  fixed,
  categoryHref,
  href,
}: Pick<Props, "basePath" | "result" | "fixed" | "categoryHref"> & { query: Partial<ListingQuery>; href: (change: Partial<ListingQuery>) => string }) {
  const facets = result.facets;
  const selected = (list: readonly string[] | undefined, value: string) => list?.includes(value) ?? false;
  return (
    <FilterForm action={basePath} id={FORM_ID} className="space-y-6 text-sm">
      {/* What the form does not show as fields still travels with it. */}
      {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
      {query.category && !fixed?.category ? <input type="hidden" name="category" value={query.category} /> : null}
      {query.store && !fixed?.store ? <input type="hidden" name="store" value={query.store} /> : null}

      {facets && facets.categories.length > 0 ? (
        <FilterGroup title="Category">
          <ul className="space-y-1">
            {facets.categories.map((category) => (
              <li key={category.slug}>
                <Link href={categoryHref ? categoryHref(category.slug, query) : href({ category: category.slug })} className="flex justify-between gap-2 rounded px-1 py-0.5 hover:bg-stone-100 hover:text-brand-700">
                  <span>{category.name}</span>
                  <span className="text-stone-500">{category.count.toLocaleString("en-US")}</span>
                </Link>
              </li>
            ))}
          </ul>
        </FilterGroup>
      ) : null}

      <FilterGroup title="Price">
        {facets && facets.prices.length > 0 ? (
          <ul className="mb-2 space-y-1">
            {facets.prices.map((bucket) => {
              const max = bucket.max === null ? undefined : bucket.max - 1;
              const active = query.min === (bucket.min || undefined) && query.max === max;
              return (
                <li key={bucket.min}>
                  <Link
                    href={href({ min: bucket.min || undefined, max })}
                    aria-current={active ? "true" : undefined}
                    className={`flex justify-between gap-2 rounded px-1 py-0.5 hover:bg-stone-100 hover:text-brand-700 ${active ? "font-semibold text-brand-700" : ""}`}
                  >
                    <span>{priceRangeLabel(bucket.min, bucket.max)}</span>
                    <span className="text-stone-500">{bucket.count.toLocaleString("en-US")}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        ) : null}
        <div className="flex items-end gap-2">
          <label className="flex-1">
            <span className="block text-xs text-stone-600">Min ($)</span>
            <input name="min" inputMode="decimal" pattern="\d{1,7}(\.\d{1,2})?" defaultValue={query.min === undefined ? "" : centsToPrice(query.min)} className="w-full rounded-lg border border-stone-300 px-2 py-1.5" />
          </label>
          <label className="flex-1">
            <span className="block text-xs text-stone-600">Max ($)</span>
            <input name="max" inputMode="decimal" pattern="\d{1,7}(\.\d{1,2})?" defaultValue={query.max === undefined ? "" : centsToPrice(query.max)} className="w-full rounded-lg border border-stone-300 px-2 py-1.5" />
          </label>
          <button type="submit" className="rounded-lg bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700">
            Go
          </button>
        </div>
      </FilterGroup>

      {facets && facets.conditions.length > 0 ? (
        <FilterGroup title="Condition">
          {facets.conditions.map(({ value, count }) => (
            <Check key={value} name="condition" value={value.toLowerCase()} checked={selected(query.condition, value)} label={conditionLabels[value]} count={count} />
          ))}
        </FilterGroup>
      ) : null}

      <FilterGroup title="Availability">
        <Check name="stock" value="1" checked={Boolean(query.inStock)} label="In stock only" />
        <Check name="sale" value="1" checked={Boolean(query.onSale)} label="On sale" />
      </FilterGroup>

      <FilterGroup title="Customer rating">
        {[4, 3, 2, 1].map((stars) => (
          <label key={stars} className="flex cursor-pointer items-center gap-2 py-0.5">
            <input type="radio" name="rating" value={stars} defaultChecked={query.rating === stars} className="accent-brand-600" />
            <span>
              <StarRow value={stars} />
              <span className="sr-only">{stars} stars</span> &amp; up
            </span>
          </label>
        ))}
        {query.rating ? (
          <Link href={href({ rating: undefined })} className="text-xs text-stone-600 underline">
            Any rating
          </Link>
        ) : null}
      </FilterGroup>

      {facets && facets.brands.length > 0 ? (
        <FilterGroup title="Brand">
          <CheckList name="brand" values={facets.brands} selected={query.brand} />
        </FilterGroup>
      ) : null}

      {!fixed?.store && facets && facets.sellers.length > 0 ? (
        <FilterGroup title="Seller">
          <CheckList name="seller" values={facets.sellers} selected={query.seller} />
        </FilterGroup>
      ) : null}

      <noscript>
        <button type="submit" className="w-full rounded-lg bg-brand-600 px-3 py-2 font-semibold text-white">
          Apply filters
        </button>
      </noscript>
    </FilterForm>
  );
}

function FilterGroup({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset>
      <legend className="mb-2 font-semibold text-stone-900">{title}</legend>
      {children}
    </fieldset>
  );
}

function Check({ name, value, checked, label, count }: { name: string; value: string; checked: boolean; label: string; count?: number }) {
  return (
    <label className="flex cursor-pointer items-center gap-2 py-0.5">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="accent-brand-600" />
      <span className="flex-1">{label}</span>
      {count !== undefined ? <span className="text-stone-500">{count.toLocaleString("en-US")}</span> : null}
    </label>
  );
}

/** A long list of choices (brands, sellers) that scrolls. */
function CheckList({ name, values, selected }: { name: string; values: { slug: string; name: string; count: number }[]; selected: readonly string[] | undefined }) {
  return (
    <div className="max-h-56 overflow-y-auto pr-1">
      {values.map((value) => (
        <Check key={value.slug} name={name} value={value.slug} checked={selected?.includes(value.slug) ?? false} label={value.name} count={value.count} />
      ))}
    </div>
  );
}

function priceRangeLabel(min: number, max: number | null): string {
  if (min === 0 && max !== null) return `Under ${formatMoney(max)}`;
  if (max === null) return `${formatMoney(min)} and up`;
  return `${formatMoney(min)} to ${formatMoney(max)}`;
}

function activeFilters(query: Partial<ListingQuery>, result: ListingResult): { label: string; remove: Partial<ListingQuery> }[] {
  const chips: { label: string; remove: Partial<ListingQuery> }[] = [];
  const nameOf = (list: { slug: string; name: string }[] | undefined, slug: string) => list?.find((item) => item.slug === slug)?.name ?? slug;
  if (query.category) chips.push({ label: `Category: ${nameOf(result.facets?.categories, query.category)}`, remove: { category: undefined } });
  for (const brand of query.brand ?? []) chips.push({ label: nameOf(result.facets?.brands, brand), remove: { brand: query.brand!.filter((b) => b !== brand) } });
  for (const seller of query.seller ?? []) chips.push({ label: `Seller: ${nameOf(result.facets?.sellers, seller)}`, remove: { seller: query.seller!.filter((s) => s !== seller) } });
  for (const condition of query.condition ?? []) chips.push({ label: conditionLabels[condition], remove: { condition: query.condition!.filter((c) => c !== condition) } });
  if (query.min !== undefined || query.max !== undefined) {
    const label =
      query.min !== undefined && query.max !== undefined
        ? `${formatMoney(query.min)} – ${formatMoney(query.max)}`
        : query.min !== undefined
          ? `From ${formatMoney(query.min)}`
          : `Up to ${formatMoney(query.max!)}`;
    chips.push({ label, remove: { min: undefined, max: undefined } });
  }
  if (query.inStock) chips.push({ label: "In stock", remove: { inStock: undefined } });
  if (query.onSale) chips.push({ label: "On sale", remove: { onSale: undefined } });
  if (query.rating) chips.push({ label: `${query.rating}★ & up`, remove: { rating: undefined } });
  return chips;
}
