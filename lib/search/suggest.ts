// Autocomplete for the search box and the mobile apps: products whose title starts the way the
// shopper is typing (best sellers first), matching categories and stores. Answers are cached
// under the catalog version, since the same few prefixes are typed all day.
import "server-only";
import { remember, versionedKey } from "../cache";
import { effectivePriceSql } from "../catalog/listing";
import { db } from "../db";
import { normalizeQuery, parseSearchQuery } from "./parse-query";
import { ZSuggestInput, type SuggestInput } from "./search.schema";
import { likeEscape } from "./search-stores";

export { ZSuggestInput, type SuggestInput };

export interface Suggestions {
  q: string;
  products: { slug: string; title: string; priceCents: number; imageUrl: string | null }[];
  categories: { slug: string; name: string; parentName: string | null }[];
  stores: { slug: string; name: string }[];
}

export async function suggest(input: SuggestInput): Promise<Suggestions> {
  const { q, limit } = ZSuggestInput.parse(input);
  const parsed = parseSearchQuery(q, { titleOnly: true });
  const text = normalizeQuery(q);
  if (!parsed.tsquery || text.length < 2) return { q, products: [], categories: [], stores: [] };
  // The trailing space matters (it ends the prefix), so it is part of the key.
  const key = await versionedKey("catalog", "suggest", limit, parsed.tsquery);
  const found = await remember(key, 300, () => loadSuggestions(parsed.tsquery!, text, limit));
  return { q, ...found };
}

async function loadSuggestions(tsquery: string, text: string, limit: number): Promise<Omit<Suggestions, "q">> {
  const pattern = likeEscape(text);
  const [products, categories, stores] = await Promise.all([
    db.$queryRaw<Suggestions["products"]>`
      SELECT p.slug, p.title,
             ${effectivePriceSql} AS "priceCents",
             (SELECT i.url FROM product_images i WHERE i.product_id = p.id ORDER BY i.position LIMIT 1) AS "imageUrl"
      FROM products p JOIN stores s ON s.id = p.store_id
      WHERE p.search_vector @@ to_tsquery('english', bazaar_unaccent(${tsquery}))
        AND p.status = 'ACTIVE' AND s.status = 'APPROVED'
      ORDER BY p.units_sold DESC, p.rating_count DESC, p.id
      LIMIT ${limit}`,
    // A category or store name containing a word that starts with what was typed.
    db.$queryRaw<Suggestions["categories"]>`
      SELECT c.slug, c.name, parent.name AS "parentName"
      FROM categories c LEFT JOIN categories parent ON parent.id = c.parent_id
      WHERE bazaar_unaccent(lower(c.name)) LIKE bazaar_unaccent(${`${pattern}%`}) OR bazaar_unaccent(lower(c.name)) LIKE bazaar_unaccent(${`% ${pattern}%`})
      ORDER BY c.parent_id NULLS FIRST, c.position, c.name
      LIMIT 4`,
    db.$queryRaw<Suggestions["stores"]>`
      SELECT s.slug, s.name FROM stores s
      WHERE s.status = 'APPROVED'
        AND (bazaar_unaccent(lower(s.name)) LIKE bazaar_unaccent(${`${pattern}%`}) OR bazaar_unaccent(lower(s.name)) LIKE bazaar_unaccent(${`% ${pattern}%`}))
      ORDER BY s.rating_count DESC, s.name
      LIMIT 3`,
  ]);
  return { products, categories, stores };
}
