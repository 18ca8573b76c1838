// What a product listing is asked for — search text, scope, filters, sort, page — and how that
// travels in a URL. One schema serves the web pages (the URL is the state: shareable, back button
// works) and /api/v1/products and /api/v1/search. Safe to import from client components.
import { z } from "zod";
import { MAX_QUERY_LENGTH } from "../search/parse-query";

export const PAGE_SIZE = 24;
/** Deep pages are refused rather than scanned: nobody pages past 4,800 results, crawlers use the sitemap. */
export const MAX_PAGE = 200;

export const sorts = ["relevance", "price-asc", "price-desc", "newest", "best-selling", "top-rated"] as const;
export type Sort = (typeof sorts)[number];
export const sortLabels: Record<Sort, string> = {
  relevance: "Best match",
  "price-asc": "Price: low to high",
  "price-desc": "Price: high to low",
  newest: "Newest",
  "best-selling": "Best selling",
  "top-rated": "Top rated",
};

export const conditions = ["NEW", "USED", "REFURBISHED"] as const;
export type Condition = (typeof conditions)[number];
export const conditionLabels: Record<Condition, string> = { NEW: "New", USED: "Used", REFURBISHED: "Refurbished" };

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const PRICE = /^\d{1,7}(\.\d{1,2})?$/;

/** "12.5" → 1250. Parsed as text, never through a float. */
export function priceToCents(value: string): number {
  const [whole, fraction = ""] = value.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

export function centsToPrice(cents: number): string {
  const whole = Math.floor(cents / 100);
  const fraction = cents % 100;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(2, "0")}`;
}

/** A comma-separated list in the URL (`brand=acme,zest`), or an array in JSON. */
const list = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
    z.array(item).max(max, `At most ${max} values`),
  );

const price = z.string({ error: "Enter an amount like 25 or 19.99" }).trim().regex(PRICE, "Enter an amount like 25 or 19.99").transform(priceToCents);

const flag = z
  .union([z.boolean(), z.enum(["1", "true", "0", "false"])], { error: "Use 1 (or true) to turn it on" })
  .transform((value) => value === true || value === "1" || value === "true");
const condition = z.preprocess(
  (value) => (typeof value === "string" ? value.toUpperCase() : value),
  z.enum(conditions, { error: "Choose new, used or refurbished" }),
);

export const ZListingQuery = z
  .object({
    q: z.string().transform((value) => value.slice(0, MAX_QUERY_LENGTH).trim()).optional(),
    /** Category slug: the listing covers it and every category below it. */
    category: z.string().regex(SLUG, "Unknown category").optional(),
    /** Store slug: one seller's storefront. */
    store: z.string().regex(SLUG, "Unknown store").optional(),
    /** Filter to these sellers (store slugs). */
    seller: list(z.string().regex(SLUG, "Unknown seller"), 20).optional(),
    brand: list(z.string().regex(SLUG, "Unknown brand"), 20).optional(),
    condition: list(condition, 3).optional(),
    min: price.optional(),
    max: price.optional(),
    inStock: flag.optional(),
    rating: z.coerce.number().int().min(1, "Rating is 1 to 4").max(4, "Rating is 1 to 4").optional(),
    onSale: flag.optional(),
    sort: z.enum(sorts).optional(),
    page: z.coerce.number().int().min(1, "Pages start at 1").max(MAX_PAGE, `At most ${MAX_PAGE} pages`).default(1),
  })
  .refine((query) => query.min === undefined || query.max === undefined || query.min <= query.max, {
    message: "The lowest price must not be above the highest",
    path: ["max"],
  });
export type ListingQuery = z.output<typeof ZListingQuery>;

/** How a listing is answered, beyond what it lists: the API's `facets=1` adds facet counts. */
export const ZListingOptions = z.object({ facets: flag.optional() });

/** URL parameter names that differ from the query's keys (the mobile API takes the same names). */
export const listingParamNames = { inStock: "stock", onSale: "sale" } as const;
const paramName = (key: keyof ListingQuery): string => (listingParamNames as Record<string, string>)[key] ?? key;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function readParams(params: RawParams): Record<string, string> {
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params.entries()]
      : Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, Array.isArray(value) ? value.join(",") : value]]));
  const raw: Record<string, string> = {};
  const byParam = new Map(Object.keys(ZListingQuery.shape).map((key) => [paramName(key as keyof ListingQuery), key]));
  for (const [name, value] of entries) {
    const key = byParam.get(name);
    if (key && value !== "") raw[key] = raw[key] ? `${raw[key]},${value}` : value;
  }
  return raw;
}

/** For the API: any invalid parameter is an error the client sees (400 with the field). */
export function parseListingParams(params: RawParams): ListingQuery {
  return ZListingQuery.parse(readParams(params));
}

/**
 * For pages: a hand-edited or stale URL still shows a listing. Invalid parameters are dropped
 * (and reported so the page can say so); an inverted price range is swapped.
 */
export function parseListingParamsLeniently(params: RawParams): { query: ListingQuery; ignored: string[] } {
  const raw: Record<string, unknown> = readParams(params);
  const ignored: string[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = ZListingQuery.safeParse(raw);
    if (result.success) return { query: result.data, ignored };
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (key === "max" && raw.min !== undefined && issue.message.startsWith("The lowest")) {
        [raw.min, raw.max] = [raw.max, raw.min];
      } else if (key in raw) {
        delete raw[key];
        ignored.push(paramName(key as keyof ListingQuery));
      }
    }
  }
  return { query: ZListingQuery.parse({}), ignored };
}

/** The URL search string for a listing query (empty values and page 1 left out). */
export function listingSearchParams(query: Partial<ListingQuery>): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: keyof ListingQuery, value: string | undefined) => {
    if (value) params.set(paramName(key), value);
  };
  set("q", query.q);
  set("category", query.category);
  set("store", query.store);
  set("seller", query.seller?.join(","));
  set("brand", query.brand?.join(","));
  set("condition", query.condition?.map((c) => c.toLowerCase()).join(","));
  set("min", query.min === undefined ? undefined : centsToPrice(query.min));
  set("max", query.max === undefined ? undefined : centsToPrice(query.max));
  set("inStock", query.inStock ? "1" : undefined);
  set("rating", query.rating ? String(query.rating) : undefined);
  set("onSale", query.onSale ? "1" : undefined);
  set("sort", query.sort);
  set("page", query.page && query.page > 1 ? String(query.page) : undefined);
  return params;
}

/** A link to the same listing with some filters changed; any change of filter goes back to page 1. */
export function listingHref(basePath: string, query: Partial<ListingQuery>, change: Partial<ListingQuery> = {}): string {
  const next = { ...query, page: "page" in change ? change.page : 1, ...change };
  const search = listingSearchParams(next).toString();
  return search ? `${basePath}?${search}` : basePath;
}
