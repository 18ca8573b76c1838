// What the load runs request, picked from the scale data so every query and page means something.
// Titles in the scale set are brand + descriptor + adjective + noun ("Nimbus Hi-Res Over-Ear
// Headphones", "Premium Velvet Armchair by Lumen Studio"): the queries below use those words.
import pg from "pg";
import { poolConfig } from "../../lib/db/adapter";

export type QueryKind = "words" | "brand" | "prefix" | "typo" | "none";

export interface SearchQuery {
  q: string;
  kind: QueryKind;
  /** For a typo or a prefix: the word a shopper meant, used to check the data holds it. */
  meant?: string;
}

export const SEARCH_QUERIES: SearchQuery[] = [
  { q: "headphones", kind: "words" },
  { q: "wireless headphones", kind: "words" },
  { q: "hair dryer", kind: "words" },
  { q: "velvet armchair", kind: "words" },
  { q: "gravel bike", kind: "words" },
  { q: "rubber duck", kind: "words" },
  { q: "matte lipstick", kind: "words" },
  { q: "midi dress", kind: "words" },
  { q: "strategy game", kind: "words" },
  { q: "acoustic guitar", kind: "words" },
  { q: "running shoes", kind: "words" },
  { q: "yoga mat", kind: "words" },
  { q: "eau de parfum", kind: "words" },
  { q: "tea set", kind: "words" },
  { q: "nimbus", kind: "brand" },
  { q: "pixelcraft tablet", kind: "brand" },
  { q: "phon", kind: "prefix", meant: "phone" },
  { q: "headphnes", kind: "typo", meant: "headphones" },
  { q: "backpak", kind: "typo", meant: "backpack" },
  { q: "xylophone zeppelin", kind: "none" },
];

/** What a shopper has typed into the search box when suggestions are asked for. */
export const SUGGEST_PREFIXES = ["he", "head", "wire", "phon", "lips", "guit", "back", "ru", "velv", "pixel"];

export interface QueryCheck extends SearchQuery {
  /** Active listings whose title holds every word of the query (or of the word meant). */
  titles: number;
}

export interface Targets {
  queries: QueryCheck[];
  categories: { slug: string; listings: number }[];
  listingPaths: string[];
  /** One disjoint list of product slugs per product-page run, so no run sees a page twice. */
  productSlugs: string[][];
  warmupProductSlugs: string[];
}

const ACTIVE = "p.status = 'ACTIVE' AND s.status = 'APPROVED'";

export async function pickTargets(url: string, options: { productRuns: number; perRun: number; warmup: number }): Promise<Targets> {
  const client = new pg.Client(poolConfig(url, 1));
  await client.connect();
  try {
    const queries: QueryCheck[] = [];
    for (const query of SEARCH_QUERIES) {
      const words = (query.meant ?? query.q).split(/\s+/).map((w) => `%${w}%`);
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM products p JOIN stores s ON s.id = p.store_id WHERE ${ACTIVE} AND p.title ILIKE ALL($1::text[])`,
        [words],
      );
      queries.push({ ...query, titles: Number(rows[0]?.n ?? 0) });
    }

    // Listing counts include sub-categories, as the category page does.
    const { rows: categoryRows } = await client.query<{ slug: string; top: boolean; listings: string }>(`
      WITH RECURSIVE tree AS (
        SELECT id, id AS root FROM categories
        UNION ALL SELECT c.id, t.root FROM categories c JOIN tree t ON c.parent_id = t.id)
      SELECT cat.slug, cat.parent_id IS NULL AS top, count(p.id) AS listings
        FROM tree JOIN categories cat ON cat.id = tree.root
        JOIN products p ON p.category_id = tree.id JOIN stores s ON s.id = p.store_id
       WHERE ${ACTIVE}
       GROUP BY cat.slug, cat.parent_id ORDER BY listings DESC, cat.slug`);
    // The three largest departments and the three largest leaf categories.
    const categories = [...categoryRows.filter((c) => c.top).slice(0, 3), ...categoryRows.filter((c) => !c.top).slice(0, 3)].map((c) => ({
      slug: c.slug,
      listings: Number(c.listings),
    }));
    const listingPaths = [1, 2, 3].flatMap((page) => categories.map((c) => (page === 1 ? `/c/${c.slug}` : `/c/${c.slug}?page=${page}`)));

    // A fixed pseudo-random order (md5 of the id), so runs on the same data request the same pages.
    const wanted = options.productRuns * options.perRun + options.warmup;
    const { rows: productRows } = await client.query<{ slug: string }>(
      `SELECT p.slug FROM products p JOIN stores s ON s.id = p.store_id WHERE ${ACTIVE} ORDER BY md5(p.id || ':bench') LIMIT $1`,
      [wanted],
    );
    const slugs = productRows.map((r) => r.slug);
    const warmupProductSlugs = slugs.slice(0, options.warmup);
    const productSlugs = Array.from({ length: options.productRuns }, (_, i) =>
      slugs.slice(options.warmup + i * options.perRun, options.warmup + (i + 1) * options.perRun),
    );
    return { queries, categories, listingPaths, productSlugs, warmupProductSlugs };
  } finally {
    await client.end();
  }
}
