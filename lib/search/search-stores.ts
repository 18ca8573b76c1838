// "Search sellers": stores by name, as a mode of the search page and the API. A name containing
// the words ranks first, then names that look alike (trigram word similarity: typos, spacing).
import "server-only";
import { remember, versionedKey } from "../cache";
import { db } from "../db";
import { normalizeQuery } from "./parse-query";

export const STORE_PAGE_SIZE = 24;

export interface StoreCard {
  slug: string;
  name: string;
  logoUrl: string | null;
  rating: number;
  ratingCount: number;
  listingCount: number;
  memberSince: string;
}

export interface StoreSearchResult {
  stores: StoreCard[];
  total: number;
  page: number;
  pageCount: number;
}

/** Escapes LIKE's wildcards so a shopper's % or _ matches itself. */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function searchStores(input: { q: string; page: number }): Promise<StoreSearchResult> {
  const text = normalizeQuery(input.q);
  if (!text) return { stores: [], total: 0, page: input.page, pageCount: 1 };
  const key = await versionedKey("catalog", "stores", text, input.page);
  return remember(key, 60, async () => {
    const rows = await db.$queryRaw<(Omit<StoreCard, "rating" | "memberSince"> & { rating: string; createdAt: Date; total: number })[]>`
      WITH q AS (SELECT bazaar_unaccent(${text}) AS text),
      matched AS (
        SELECT s.id, s.slug, s.name, s.logo_url, s.rating_average, s.rating_count, s.created_at,
               (bazaar_unaccent(lower(s.name)) LIKE '%' || bazaar_unaccent(${likeEscape(text)}) || '%') AS contains,
               word_similarity(q.text, bazaar_unaccent(lower(s.name))) AS score
        FROM stores s, q
        WHERE s.status = 'APPROVED'
          AND (bazaar_unaccent(lower(s.name)) LIKE '%' || bazaar_unaccent(${likeEscape(text)}) || '%' OR q.text <% bazaar_unaccent(lower(s.name)))
      )
      SELECT m.slug, m.name, m.logo_url AS "logoUrl", m.rating_average::text AS rating, m.rating_count AS "ratingCount",
             m.created_at AS "createdAt", count(*) OVER ()::int AS total,
             (SELECT count(*)::int FROM products p WHERE p.store_id = m.id AND p.status = 'ACTIVE') AS "listingCount"
      FROM matched m
      ORDER BY m.contains DESC, m.score DESC, m.rating_count DESC, m.slug
      LIMIT ${STORE_PAGE_SIZE} OFFSET ${(input.page - 1) * STORE_PAGE_SIZE}`;
    const total = rows[0]?.total ?? 0;
    return {
      stores: rows.map((row) => ({
        slug: row.slug,
        name: row.name,
        logoUrl: row.logoUrl,
        rating: Number(row.rating),
        ratingCount: row.ratingCount,
        listingCount: row.listingCount,
        memberSince: row.createdAt.toISOString(),
      })),
      total,
      page: input.page,
      pageCount: Math.max(1, Math.ceil(total / STORE_PAGE_SIZE)),
    };
  });
}
