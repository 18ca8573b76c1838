// Full-text search over the weighted product vector. websearch_to_tsquery accepts any input
// (quotes, operators, emoji) without syntax errors; input is always a bound parameter.
import { z } from "zod";
import { db } from "../db";
import { productCardSelect, toProductCard } from "./product-card";

export const ZSearchInput = z.object({
  q: z.string().trim().max(200).catch(""),
  page: z.coerce.number().int().min(1).max(100).catch(1),
});
export type TSearchInput = z.infer<typeof ZSearchInput>;

const PAGE_SIZE = 24;

export async function searchProducts(input: TSearchInput) {
  const { q, page } = ZSearchInput.parse(input);
  if (!q) return { q, products: [], total: 0, page: 1, pageCount: 1 };

  const matches = await db.$queryRaw<{ id: string; total: bigint }[]>`
    WITH query AS (SELECT websearch_to_tsquery('english', bazaar_unaccent(${q})) AS tsq)
    SELECT p.id, count(*) OVER () AS total
    FROM products p
    JOIN stores s ON s.id = p.store_id, query
    WHERE p.status = 'ACTIVE' AND s.status = 'APPROVED' AND p.search_vector @@ query.tsq
    ORDER BY ts_rank_cd(p.search_vector, query.tsq) DESC, p.units_sold DESC, p.id
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;

  const total = Number(matches[0]?.total ?? 0);
  const rows = await db.product.findMany({ where: { id: { in: matches.map((m) => m.id) } }, select: productCardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const now = new Date();
  return {
    q,
    products: matches.flatMap((m) => {
      const row = byId.get(m.id);
      return row ? [toProductCard(row, now)] : [];
    }),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
