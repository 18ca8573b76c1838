// Products carry denormalised columns that listings sort, filter and search on: the lowest active
// variant price, the stock of active variants, and the brand and category names the search vector
// weighs. Whatever changes a variant, a product's brand or category calls this in the same transaction.
import type { DbTx } from "../db";

// One statement for one product or all of them: seeds and bulk imports refresh everything at once.
// Rows whose values did not change are left alone, so updated_at keeps meaning "edited".
// A product without active variants gets price 0 and stock 0: listings only show products with stock
// or at least one active variant, so the 0 never reaches a shopper as a price.
const REFRESH_SQL = `
  WITH summary AS (
    SELECT p.id,
           COALESCE(MIN(v.price_cents) FILTER (WHERE v.active), 0)::int AS price_cents,
           COALESCE(SUM(v.stock) FILTER (WHERE v.active), 0)::int AS total_stock,
           concat_ws(' ', b.name, c.name, pc.name) AS search_terms
      FROM products p
      JOIN categories c ON c.id = p.category_id
      LEFT JOIN categories pc ON pc.id = c.parent_id
      LEFT JOIN brands b ON b.id = p.brand_id
      LEFT JOIN product_variants v ON v.product_id = p.id
     WHERE $1::text[] IS NULL OR p.id = ANY($1::text[])
     GROUP BY p.id, b.name, c.name, pc.name
  )
  UPDATE products p
     SET price_cents = s.price_cents, total_stock = s.total_stock, search_terms = s.search_terms, updated_at = now()
    FROM summary s
   WHERE p.id = s.id
     AND (p.price_cents, p.total_stock, p.search_terms) IS DISTINCT FROM (s.price_cents, s.total_stock, s.search_terms)`;

/** Recomputes one product's priceCents, totalStock and searchTerms from its variants, brand and category. */
export async function refreshProductSummary(tx: DbTx, productId: string): Promise<void> {
  await tx.$executeRawUnsafe(REFRESH_SQL, [productId]);
}

/**
 * The same for many products (or every product when `productIds` is omitted), in one statement.
 * Returns how many rows changed.
 */
export function refreshProductSummaries(tx: DbTx, productIds?: readonly string[]): Promise<number> {
  return tx.$executeRawUnsafe(REFRESH_SQL, productIds ? [...productIds] : null);
}
