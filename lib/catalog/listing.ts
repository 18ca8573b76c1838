// Every product listing — category pages, search, a seller's storefront, /api/v1/products and
// /api/v1/search — is this one query: a scope (search words, category subtree, store), filters,
// a sort and a page, plus facet counts for the same result set. One SQL statement computes the
// page of ids, the total and the facets over a materialised scope; the cards are then loaded by
// id. Answers are cached under the catalog's version, so any catalog change is seen at once.
import "server-only";
import { remember, versionedKey } from "../cache";
import { db, Prisma } from "../db";
import { correctQuery } from "../search/correct-query";
import { parseSearchQuery } from "../search/parse-query";
import { PAGE_SIZE, type Condition, type ListingQuery, type Sort } from "./listing-query";
import { productCardSelect, toProductCard, type ProductCard } from "./product-card";

/** Results ranked below this share of the best match are noise (a word deep in a description). */
const RANK_FLOOR = 0.1;
/** Listing results are cached this long at most: flash-sale windows open and close by the clock. */
const CACHE_SECONDS = 60;
/** Price facet bucket edges, in cents. */
export const PRICE_BUCKETS = [2_500, 5_000, 10_000, 25_000, 50_000] as const;
const FACET_LIMIT = 30;

export interface FacetValue {
  slug: string;
  name: string;
  count: number;
}
export interface Facets {
  /** The sub-categories of the listing's category (top-level categories when there is none). */
  categories: FacetValue[];
  brands: FacetValue[];
  sellers: FacetValue[];
  conditions: { value: Condition; count: number }[];
  /** Price ranges in cents, from width_bucket: bucket 0 is below the first edge. max is exclusive, null when open-ended. */
  prices: { min: number; max: number | null; count: number }[];
}

export interface ListingResult {
  /** The query that was answered: after a spelling correction, `q` is the corrected text. */
  query: ListingQuery;
  products: ProductCard[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  facets: Facets | null;
  /** Set when the words typed found nothing and their corrected spelling did. */
  correctedFrom: string | null;
  /**
   * "Did you mean": set when nothing was found and a spelling beyond the words' typo budget
   * (lib/search/correct-query.ts) would find something. Offered to the shopper, not searched.
   */
  suggestion: string | null;
}

type Dimension = "brand" | "seller" | "condition" | "price" | "inStock" | "rating" | "onSale";

interface CachedListing {
  total: number;
  ids: string[];
  facets: RawFacets | null;
}
interface RawFacets {
  categories: { id: string; count: number }[];
  brands: FacetValue[];
  sellers: FacetValue[];
  conditions: { value: Condition; count: number }[];
  prices: { bucket: number; count: number }[];
}

export async function listProducts(query: ListingQuery, options: { facets?: boolean } = {}): Promise<ListingResult> {
  const withFacets = options.facets ?? true;
  // The whole answer, cards included: any change to a product, its stock or price bumps the
  // catalog version, so a cached page of cards is never older than the catalog it came from.
  const key = await versionedKey("catalog", "listing", withFacets ? "f" : "-", stableKey(query));
  return remember(key, CACHE_SECONDS, () => computeListing(query, withFacets));
}

async function computeListing(query: ListingQuery, withFacets: boolean): Promise<ListingResult> {
  let answered = query;
  let listing = await runListing(query, withFacets);
  let correctedFrom: string | null = null;
  let suggestion: string | null = null;

  if (listing.total === 0 && query.q) {
    const correction = await correctQuery(query.q);
    const attempt = async (q: string | null) => (q ? { query: { ...query, q }, listing: await runListing({ ...query, q }, withFacets) } : null);
    // Corrections within the typo budget are searched. A farther one is only offered, and only
    // when it finds something; failing that, dropping the words that match nothing comes last.
    let retried: Awaited<ReturnType<typeof attempt>> = null;
    for (const q of correction.corrected) {
      retried = await attempt(q);
      if (retried?.listing.total) break;
    }
    if (!retried?.listing.total) {
      if (correction.suggestion && (await runListing({ ...query, q: correction.suggestion }, false)).total > 0) suggestion = correction.suggestion;
      else retried = await attempt(correction.withoutUnknown);
    }
    if (retried?.listing.total) {
      answered = retried.query;
      listing = retried.listing;
      correctedFrom = parseSearchQuery(query.q).text;
    }
  }

  const [products, facets] = await Promise.all([loadCards(listing.ids), listing.facets ? resolveFacets(listing.facets, answered) : null]);
  return {
    query: answered,
    products,
    total: listing.total,
    page: answered.page,
    pageCount: Math.max(1, Math.ceil(listing.total / PAGE_SIZE)),
    pageSize: PAGE_SIZE,
    facets,
    correctedFrom,
    suggestion,
  };
}

/** Cards in the order of `ids`, in one query (Prisma adds one each for images and variants). */
export async function loadCards(ids: readonly string[]): Promise<ProductCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.product.findMany({ where: { id: { in: [...ids] } }, select: productCardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const now = new Date();
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toProductCard(row, now)] : [];
  });
}

function stableKey(query: ListingQuery): string {
  return JSON.stringify(Object.entries(query).filter(([, value]) => value !== undefined).sort(([a], [b]) => a.localeCompare(b)));
}

const sql = Prisma.sql;

/** A product's flash sale is open now (SQL over alias p): its price then is the sale price. */
export const flashSaleOpenSql = sql`(p.flash_sale_price_cents IS NOT NULL AND p.flash_sale_starts_at <= now() AND now() < p.flash_sale_ends_at)`;
/** What a product costs now, in cents (SQL over alias p). */
export const effectivePriceSql = sql`CASE WHEN ${flashSaleOpenSql} THEN p.flash_sale_price_cents ELSE p.price_cents END`;

async function runListing(query: ListingQuery, withFacets: boolean): Promise<CachedListing> {
  const tsquery = query.q ? parseSearchQuery(query.q).tsquery : null;
  if (query.q && !tsquery) return { total: 0, ids: [], facets: withFacets ? emptyFacets() : null };

  const scope = [
    sql`p.status = 'ACTIVE'`,
    sql`s.status = 'APPROVED'`,
    query.category ? sql`p.category_id IN (SELECT id FROM subtree)` : null,
    query.store ? sql`s.slug = ${query.store}` : null,
    tsquery ? sql`p.search_vector @@ tsq.q` : null,
  ].filter((part): part is Prisma.Sql => part !== null);

  const filters: Record<Dimension, Prisma.Sql | null> = {
    brand: query.brand?.length ? sql`scoped.brand_id IN (SELECT id FROM brands WHERE slug IN (${Prisma.join(query.brand)}))` : null,
    seller: query.seller?.length ? sql`scoped.store_id IN (SELECT id FROM stores WHERE slug IN (${Prisma.join(query.seller)}))` : null,
    condition: query.condition?.length ? sql`scoped.condition IN (${Prisma.join(query.condition)})` : null,
    price:
      query.min !== undefined || query.max !== undefined
        ? sql`scoped.price BETWEEN ${query.min ?? 0} AND ${query.max ?? 2_147_483_647}`
        : null,
    inStock: query.inStock ? sql`scoped.total_stock > 0` : null,
    rating: query.rating ? sql`scoped.rating_average >= ${query.rating}` : null,
    onSale: query.onSale ? sql`scoped.on_sale` : null,
  };
  const where = (except?: Dimension) => {
    const parts = (Object.keys(filters) as Dimension[]).filter((d) => d !== except && filters[d]).map((d) => filters[d]!);
    return parts.length ? Prisma.join(parts, " AND ") : sql`TRUE`;
  };

  // A variant's compare-at price above its price, or an open flash sale, is "on sale". Only
  // computed when asked for; IN (not EXISTS) lets PostgreSQL hash the discounted variants once.
  const onSale = query.onSale
    ? sql`${flashSaleOpenSql} OR p.id IN (SELECT v.product_id FROM product_variants v WHERE v.active AND v.compare_at_price_cents > v.price_cents)`
    : sql`FALSE`;
  const rank = tsquery ? sql`ts_rank_cd('{0.05, 0.2, 0.5, 1.0}', p.search_vector, tsq.q, 1)` : sql`0::real`;

  const offset = (query.page - 1) * PAGE_SIZE;
  const facetColumns = withFacets
    ? sql`,
      (SELECT coalesce(json_agg(f), '[]') FROM (
         SELECT category_id AS id, count(*)::int AS count FROM scoped WHERE ${where()} GROUP BY category_id) f) AS categories,
      (SELECT coalesce(json_agg(f ORDER BY f.count DESC, f.name), '[]') FROM (
         SELECT b.slug, b.name, count(*)::int AS count FROM scoped JOIN brands b ON b.id = scoped.brand_id
         WHERE ${where("brand")} GROUP BY b.slug, b.name ORDER BY count(*) DESC, b.name LIMIT ${FACET_LIMIT}) f) AS brands,
      (SELECT coalesce(json_agg(f ORDER BY f.count DESC, f.name), '[]') FROM (
         SELECT st.slug, st.name, count(*)::int AS count FROM scoped JOIN stores st ON st.id = scoped.store_id
         WHERE ${where("seller")} GROUP BY st.slug, st.name ORDER BY count(*) DESC, st.name LIMIT ${FACET_LIMIT}) f) AS sellers,
      (SELECT coalesce(json_agg(f), '[]') FROM (
         SELECT condition AS value, count(*)::int AS count FROM scoped WHERE ${where("condition")} GROUP BY condition) f) AS conditions,
      (SELECT coalesce(json_agg(f), '[]') FROM (
         SELECT width_bucket(price, ARRAY[${Prisma.join([...PRICE_BUCKETS])}]::int[]) AS bucket, count(*)::int AS count
         FROM scoped WHERE ${where("price")} GROUP BY 1) f) AS prices`
    : Prisma.empty;

  const rows = await db.$queryRaw<(Omit<CachedListing, "facets"> & Partial<RawFacets>)[]>`
    WITH RECURSIVE subtree AS (
      SELECT id FROM categories WHERE slug = ${query.category ?? null}
      UNION ALL
      SELECT c.id FROM categories c JOIN subtree ON c.parent_id = subtree.id
    ),
    tsq AS (SELECT to_tsquery('english', bazaar_unaccent(${tsquery ?? ""})) AS q),
    base AS MATERIALIZED (
      SELECT p.id, p.category_id, p.brand_id, p.store_id, p.condition::text AS condition, p.units_sold,
             p.rating_average, p.rating_count, p.published_at, p.featured, p.total_stock,
             ${effectivePriceSql} AS price,
             (${onSale}) AS on_sale,
             ${rank} AS rank
      FROM products p JOIN stores s ON s.id = p.store_id CROSS JOIN tsq
      WHERE ${Prisma.join(scope, " AND ")}
    ),
    scoped AS (
      SELECT * FROM base WHERE rank >= (SELECT coalesce(max(rank), 0) FROM base) * ${tsquery ? RANK_FLOOR : 0}
    )
    SELECT
      (SELECT count(*)::int FROM scoped WHERE ${where()}) AS total,
      (SELECT coalesce(json_agg(page.id ORDER BY page.n), '[]') FROM (
         SELECT id, row_number() OVER (ORDER BY ${orderBy(query.sort, Boolean(tsquery))}) AS n
         FROM scoped WHERE ${where()}
         ORDER BY ${orderBy(query.sort, Boolean(tsquery))}
         LIMIT ${PAGE_SIZE} OFFSET ${offset}) page) AS ids
      ${facetColumns}`;

  const row = rows[0]!;
  return {
    total: row.total,
    ids: row.ids,
    facets: withFacets
      ? {
          categories: row.categories ?? [],
          brands: row.brands ?? [],
          sellers: row.sellers ?? [],
          conditions: row.conditions ?? [],
          prices: row.prices ?? [],
        }
      : null,
  };
}

function orderBy(sort: Sort | undefined, searching: boolean): Prisma.Sql {
  switch (sort ?? "relevance") {
    case "price-asc":
      return sql`price ASC, id`;
    case "price-desc":
      return sql`price DESC, id`;
    case "newest":
      return sql`published_at DESC NULLS LAST, id`;
    case "best-selling":
      return sql`units_sold DESC, id`;
    case "top-rated":
      return sql`rating_average DESC, rating_count DESC, id`;
    case "relevance":
      return searching
        ? sql`rank DESC, units_sold DESC, id`
        : sql`featured DESC, units_sold DESC, published_at DESC NULLS LAST, id`;
  }
}

function emptyFacets(): RawFacets {
  return { categories: [], brands: [], sellers: [], conditions: [], prices: [] };
}

interface CategoryRow {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  position: number;
}

/** All categories, for rolling facet counts up the tree; small, and cached with the catalog. */
async function allCategories(): Promise<CategoryRow[]> {
  const key = await versionedKey("catalog", "categories");
  return remember(key, 300, () =>
    db.category.findMany({ select: { id: true, slug: true, name: true, parentId: true, position: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
  );
}

async function resolveFacets(raw: RawFacets, query: ListingQuery): Promise<Facets> {
  const categories = await allCategories();
  const byId = new Map(categories.map((c) => [c.id, c]));
  const parentId = query.category ? (categories.find((c) => c.slug === query.category)?.id ?? null) : null;
  // Each count goes to the ancestor that is a direct child of the listing's category.
  const counts = new Map<string, number>();
  for (const { id, count } of raw.categories) {
    let node = byId.get(id);
    while (node && node.parentId !== parentId) node = node.parentId ? byId.get(node.parentId) : undefined;
    if (node) counts.set(node.id, (counts.get(node.id) ?? 0) + count);
  }
  return {
    categories: categories.filter((c) => counts.has(c.id)).map((c) => ({ slug: c.slug, name: c.name, count: counts.get(c.id)! })),
    brands: raw.brands,
    sellers: raw.sellers,
    conditions: [...raw.conditions].sort((a, b) => conditionOrder(a.value) - conditionOrder(b.value)),
    prices: [...raw.prices]
      .sort((a, b) => a.bucket - b.bucket)
      .map(({ bucket, count }) => ({ min: bucket === 0 ? 0 : PRICE_BUCKETS[bucket - 1]!, max: PRICE_BUCKETS[bucket] ?? null, count })),
  };
}

const conditionOrder = (value: Condition) => ["NEW", "USED", "REFURBISHED"].indexOf(value);
