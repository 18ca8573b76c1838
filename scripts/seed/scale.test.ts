import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { seedDemo } from "./demo";
import { seedScale, ScaleSeedError, type ScaleResult } from "./scale";

// The real data set is 100k listings; the same statements at a small size check the SQL and the
// invariants here. Everything the scale seed writes has an id prefix, which scopes the queries.
const SIZE = { products: 600, users: 120, orders: 400, stores: 4, wishlistItems: 200, interactions: 1000 };
let result: ScaleResult;

const rows = <T>(sql: string) => db.$queryRawUnsafe<T[]>(sql);
const one = async (sql: string) => Number((await rows<{ n: bigint | number }>(sql))[0]!.n);

beforeAll(async () => {
  // Other tests' users make the database non-empty, so seedScale would not seed the demo itself; this
  // waits for (or does) the demo seed, whichever test file gets there first.
  await seedDemo(db);
  result = await seedScale(db, SIZE);
}, 180_000);

describe("[SEED] scale data set (small)", () => {
  it("writes the requested numbers of rows", async () => {
    expect(result.counts.products).toBe(SIZE.products);
    expect(result.counts.buyers).toBe(SIZE.users);
    expect(result.counts.stores).toBe(SIZE.stores);
    expect(result.counts.orders).toBe(SIZE.orders);
    expect(result.counts.variants).toBeGreaterThan(SIZE.products);
    expect(result.counts.reviews).toBeGreaterThan(0);
    expect(await one(`SELECT count(*) AS n FROM products WHERE id LIKE 'scp%' AND status = 'ACTIVE'`)).toBeGreaterThan(SIZE.products * 0.9);
  });

  it("refuses to run twice on the same database", async () => {
    await expect(seedScale(db, SIZE)).rejects.toBeInstanceOf(ScaleSeedError);
  });

  it("gives listings varied titles, unique slugs, images and search terms", async () => {
    const distinct = await one(`SELECT count(DISTINCT title) AS n FROM products WHERE id LIKE 'scp%'`);
    expect(distinct).toBeGreaterThan(SIZE.products * 0.8);
    const bad = await rows<{ id: string }>(`
      SELECT p.id FROM products p WHERE p.id LIKE 'scp%' AND (p.search_terms = '' OR p.description NOT LIKE '%.%'
         OR (SELECT count(*) FROM product_images i WHERE i.product_id = p.id) NOT BETWEEN 1 AND 6
         OR (SELECT count(*) FROM product_variants v WHERE v.product_id = p.id) = 0
         OR p.description LIKE '%{%')`);
    expect(bad).toEqual([]);
    const hits = await one(`SELECT count(*) AS n FROM products WHERE id LIKE 'scp%' AND search_vector @@ plainto_tsquery('english', 'headphones')`);
    expect(hits).toBeGreaterThan(0);
  });

  it("keeps price and stock summaries and the ledger in step with the variants", async () => {
    const bad = await rows<{ id: string }>(`
      SELECT p.id FROM products p JOIN product_variants v ON v.product_id = p.id AND v.active
       WHERE p.id LIKE 'scp%' GROUP BY p.id HAVING p.price_cents <> min(v.price_cents) OR p.total_stock <> sum(v.stock)`);
    expect(bad).toEqual([]);
    const ledger = await rows<{ id: string }>(`
      SELECT v.id FROM product_variants v LEFT JOIN inventory_movements m ON m.variant_id = v.id
       WHERE v.product_id LIKE 'scp%' GROUP BY v.id HAVING coalesce(sum(m.quantity), 0) <> v.stock`);
    expect(ledger).toEqual([]);
    const flash = await rows<{ ok: boolean }>(`
      SELECT flash_sale_price_cents < price_cents AS ok FROM products WHERE id LIKE 'scp%' AND flash_sale_price_cents IS NOT NULL`);
    expect(flash.every((f) => f.ok)).toBe(true);
  });

  it("writes orders whose payments, sub-orders and lines add up", async () => {
    const bad = await rows<{ id: string }>(`
      SELECT o.id FROM orders o JOIN payments pay ON pay.order_id = o.id
       WHERE pay.id LIKE 'spay_%'
         AND (pay.amount_cents <> o.total_cents
          OR o.total_cents <> (SELECT sum(total_cents) FROM sub_orders WHERE order_id = o.id)
          OR (SELECT sum(subtotal_cents) FROM sub_orders WHERE order_id = o.id)
             <> (SELECT sum(i.line_total_cents) FROM order_items i JOIN sub_orders s ON s.id = i.sub_order_id WHERE s.order_id = o.id))`);
    expect(bad).toEqual([]);
    const units = await rows<{ id: string }>(`
      SELECT p.id FROM products p LEFT JOIN order_items i ON i.product_id = p.id
       WHERE p.id LIKE 'scp%' GROUP BY p.id HAVING p.units_sold <> coalesce(sum(i.quantity), 0)`);
    expect(units).toEqual([]);
    const statuses = await rows<{ status: string }>(`SELECT DISTINCT status::text FROM sub_orders WHERE id LIKE 'scs%'`);
    expect(statuses.map((s) => s.status)).toContain("DELIVERED");
  });

  it("only has verified reviews, and ratings computed from them", async () => {
    const unverified = await rows<{ id: string }>(`
      SELECT r.id FROM reviews r WHERE r.id LIKE 'scr%' AND NOT EXISTS (
        SELECT 1 FROM order_items i JOIN sub_orders s ON s.id = i.sub_order_id JOIN orders o ON o.id = s.order_id
         WHERE i.product_id = r.product_id AND o.buyer_id = r.user_id AND s.status = 'DELIVERED' AND s.delivered_at <= r.created_at)`);
    expect(unverified).toEqual([]);
    const ratings = await rows<{ id: string }>(`
      SELECT p.id FROM products p LEFT JOIN reviews r ON r.product_id = p.id AND r.status = 'PUBLISHED'
       WHERE p.id LIKE 'scp%' GROUP BY p.id
      HAVING p.rating_count <> count(r.id) OR p.rating_average <> coalesce(round(avg(r.rating)::numeric, 2), 0)`);
    expect(ratings).toEqual([]);
  });
});
