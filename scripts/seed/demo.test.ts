import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { db } from "../../lib/db";
import { buildCatalog } from "./catalog";
import { DEMO_LOGINS, DEMO_STORE_SLUGS, seedDemo, type SeedDemoResult } from "./demo";
import { buildPeople } from "./people";
import { Random } from "./random";

// The test database may hold other tests' rows: every query is scoped to the demo stores.
let result: SeedDemoResult;
let storeIds: string[];

const rows = <T>(sql: string) => db.$queryRawUnsafe<T[]>(sql, storeIds);
const count = async (sql: string) => Number((await rows<{ n: bigint | number }>(sql))[0]!.n);

beforeAll(async () => {
  result = await seedDemo(db);
  storeIds = (await db.store.findMany({ where: { slug: { in: [...DEMO_STORE_SLUGS] } }, select: { id: true } })).map((s) => s.id);
}, 180_000);

describe("[SEED] demo marketplace", () => {
  it("seeds once and reports what it wrote", async () => {
    if (result.seeded) {
      console.info(`seedDemo took ${result.elapsedMs} ms`, result.counts);
      expect(result.counts.products).toBeGreaterThanOrEqual(300);
    }
    const again = await seedDemo(db);
    expect(again.seeded).toBe(false);
  });

  it("has the demo accounts, verified, with the demo password", async () => {
    const emails = [DEMO_LOGINS.admin, ...DEMO_LOGINS.sellers, DEMO_LOGINS.applicant, ...DEMO_LOGINS.buyers];
    const users = await db.user.findMany({ where: { email: { in: emails } }, include: { store: true } });
    expect(users).toHaveLength(emails.length);
    expect(users.every((u) => u.emailVerified && u.passwordHash)).toBe(true);
    const admin = users.find((u) => u.email === DEMO_LOGINS.admin)!;
    expect(admin.role).toBe("ADMIN");
    expect(await verifyPassword(DEMO_LOGINS.password, admin.passwordHash!)).toBe(true);
    const sellers = users.filter((u) => DEMO_LOGINS.sellers.includes(u.email));
    expect(sellers.every((u) => u.role === "SELLER" && u.store?.status === "APPROVED")).toBe(true);
    expect(users.find((u) => u.email === DEMO_LOGINS.applicant)!.store?.status).toBe("PENDING");
  });

  it("has at least six approved stores, each with standard and express shipping", async () => {
    expect(storeIds.length).toBeGreaterThanOrEqual(6);
    const methods = await db.shippingMethod.findMany({ where: { storeId: { in: storeIds } } });
    for (const id of storeIds) {
      const names = methods.filter((m) => m.storeId === id).map((m) => m.name);
      expect(names.sort()).toEqual(["Express", "Standard"]);
    }
    expect(methods.filter((m) => m.name === "Standard").every((m) => m.freeOverCents !== null)).toBe(true);
  });

  it("has at least eight top-level categories, each with children", async () => {
    const tops = await db.category.findMany({
      where: { parentId: null, slug: { in: ["fashion", "electronics", "home-living", "books", "sports-outdoors", "toys-games", "beauty", "music"] } },
      include: { _count: { select: { children: true } } },
    });
    expect(tops).toHaveLength(8);
    expect(tops.every((c) => c._count.children >= 3 && c._count.children <= 5)).toBe(true);
  });

  it("lists at least 300 active products, each with 1 to 6 images and at least one variant", async () => {
    expect(await count(`SELECT count(*) AS n FROM products WHERE store_id = ANY($1) AND status = 'ACTIVE'`)).toBeGreaterThanOrEqual(300);
    const bad = await rows<{ id: string }>(`
      SELECT p.id FROM products p WHERE p.store_id = ANY($1) AND p.status = 'ACTIVE'
         AND ((SELECT count(*) FROM product_variants v WHERE v.product_id = p.id AND v.active) = 0
           OR (SELECT count(*) FROM product_images i WHERE i.product_id = p.id) NOT BETWEEN 1 AND 6)`);
    expect(bad).toEqual([]);
    const statuses = await rows<{ status: string }>(`SELECT DISTINCT status::text FROM products WHERE store_id = ANY($1)`);
    expect(statuses.map((s) => s.status).sort()).toEqual(["ACTIVE", "ARCHIVED", "DRAFT"]);
  });

  it("keeps each product's price and stock in step with its active variants", async () => {
    const bad = await rows<{ id: string }>(`
      SELECT p.id FROM products p JOIN product_variants v ON v.product_id = p.id AND v.active
       WHERE p.store_id = ANY($1)
       GROUP BY p.id HAVING p.price_cents <> min(v.price_cents) OR p.total_stock <> sum(v.stock)`);
    expect(bad).toEqual([]);
    const noTerms = await count(`SELECT count(*) AS n FROM products WHERE store_id = ANY($1) AND search_terms = ''`);
    expect(noTerms).toBe(0);
  });

  it("has featured products and open flash sales priced below the product", async () => {
    expect(await count(`SELECT count(*) AS n FROM products WHERE store_id = ANY($1) AND featured AND status = 'ACTIVE'`)).toBeGreaterThanOrEqual(15);
    const flash = await rows<{ ok: boolean }>(`
      SELECT flash_sale_price_cents < price_cents AS ok FROM products
       WHERE store_id = ANY($1) AND flash_sale_starts_at <= now() AND flash_sale_ends_at > now()`);
    expect(flash.length).toBeGreaterThanOrEqual(8);
    expect(flash.every((f) => f.ok)).toBe(true);
  });

  it("has sold-out and low-stock variants as well as plenty in stock", async () => {
    const [s] = await rows<{ sold_out: bigint; low: bigint; plenty: bigint }>(`
      SELECT count(*) FILTER (WHERE v.stock = 0) AS sold_out, count(*) FILTER (WHERE v.stock BETWEEN 1 AND 5) AS low,
             count(*) FILTER (WHERE v.stock > 5) AS plenty
        FROM product_variants v JOIN products p ON p.id = v.product_id WHERE p.store_id = ANY($1)`);
    expect(Number(s!.sold_out)).toBeGreaterThan(0);
    expect(Number(s!.low)).toBeGreaterThan(0);
    expect(Number(s!.plenty)).toBeGreaterThan(Number(s!.sold_out));
  });

  it("balances the stock ledger: movements per variant add up to its stock", async () => {
    const bad = await rows<{ id: string }>(`
      SELECT v.id FROM product_variants v JOIN products p ON p.id = v.product_id
        LEFT JOIN inventory_movements m ON m.variant_id = v.id
       WHERE p.store_id = ANY($1) GROUP BY v.id HAVING coalesce(sum(m.quantity), 0) <> v.stock`);
    expect(bad).toEqual([]);
  });

  it("has past orders whose totals add up and whose units sold match the products", async () => {
    const orders = await count(`SELECT count(DISTINCT o.id) AS n FROM orders o JOIN sub_orders s ON s.order_id = o.id WHERE s.store_id = ANY($1)`);
    expect(orders).toBeGreaterThanOrEqual(50);
    const bad = await rows<{ id: string }>(`
      SELECT o.id FROM orders o JOIN sub_orders s ON s.order_id = o.id JOIN payments pay ON pay.order_id = o.id
       WHERE s.store_id = ANY($1)
       GROUP BY o.id, pay.amount_cents, pay.status
      HAVING o.total_cents <> (SELECT sum(total_cents) FROM sub_orders WHERE order_id = o.id)
          OR pay.amount_cents <> o.total_cents OR pay.status <> 'SUCCEEDED'
          OR (SELECT sum(subtotal_cents) FROM sub_orders WHERE order_id = o.id)
             <> (SELECT sum(i.line_total_cents) FROM order_items i JOIN sub_orders x ON x.id = i.sub_order_id WHERE x.order_id = o.id)`);
    expect(bad).toEqual([]);
    const unitsOff = await rows<{ id: string }>(`
      SELECT p.id FROM products p LEFT JOIN order_items i ON i.product_id = p.id
       WHERE p.store_id = ANY($1) GROUP BY p.id HAVING p.units_sold <> coalesce(sum(i.quantity), 0)`);
    expect(unitsOff).toEqual([]);
    const delivered = await count(`SELECT count(*) AS n FROM sub_orders WHERE store_id = ANY($1) AND status = 'DELIVERED' AND tracking_number IS NOT NULL`);
    expect(delivered).toBeGreaterThan(0);
  });

  it("only has reviews from buyers with a delivered order of the product", async () => {
    expect(await count(`SELECT count(*) AS n FROM reviews r JOIN products p ON p.id = r.product_id WHERE p.store_id = ANY($1)`)).toBeGreaterThan(20);
    const unverified = await rows<{ id: string }>(`
      SELECT r.id FROM reviews r JOIN products p ON p.id = r.product_id
       WHERE p.store_id = ANY($1) AND (NOT r.verified_purchase OR NOT EXISTS (
         SELECT 1 FROM order_items i JOIN sub_orders s ON s.id = i.sub_order_id JOIN orders o ON o.id = s.order_id
          WHERE i.product_id = r.product_id AND o.buyer_id = r.user_id AND s.status = 'DELIVERED' AND s.delivered_at <= r.created_at))`);
    expect(unverified).toEqual([]);
  });

  it("computes product and store ratings exactly from the reviews", async () => {
    const products = await rows<{ id: string }>(`
      SELECT p.id FROM products p LEFT JOIN reviews r ON r.product_id = p.id AND r.status = 'PUBLISHED'
       WHERE p.store_id = ANY($1) GROUP BY p.id
      HAVING p.rating_count <> count(r.id) OR p.rating_average <> coalesce(round(avg(r.rating)::numeric, 2), 0)`);
    expect(products).toEqual([]);
    const stores = await rows<{ id: string }>(`
      SELECT s.id FROM stores s JOIN products p ON p.store_id = s.id LEFT JOIN reviews r ON r.product_id = p.id AND r.status = 'PUBLISHED'
       WHERE s.id = ANY($1) GROUP BY s.id
      HAVING s.rating_count <> count(r.id) OR s.rating_average <> coalesce(round(avg(r.rating)::numeric, 2), 0)`);
    expect(stores).toEqual([]);
  });

  it("gives every buyer with an address book exactly one default shipping address", async () => {
    const buyers = await db.user.findMany({ where: { email: { in: [...DEMO_LOGINS.buyers] } }, include: { addresses: true } });
    for (const buyer of buyers) expect(buyer.addresses.filter((a) => a.kind === "SHIPPING" && a.isDefault)).toHaveLength(1);
  });

  it("points every image at a file in public/demo", async () => {
    const urls = await rows<{ url: string }>(`SELECT DISTINCT i.url FROM product_images i JOIN products p ON p.id = i.product_id WHERE p.store_id = ANY($1)`);
    const missing = urls.filter(({ url }) => !existsSync(path.join(process.cwd(), "public", url)));
    expect(missing).toEqual([]);
    expect(urls.length).toBeGreaterThan(60);
  });
});

describe("[SEED] determinism", () => {
  it("builds the same catalog from the same seed", () => {
    const now = new Date("2026-06-01T12:00:00Z");
    const build = () => {
      const rng = new Random(7);
      const people = buildPeople(rng, now, "hash");
      return buildCatalog(rng, now, people.sellerStores).products.map((p) => [p.slug, p.description, p.variants.map((v) => [v.sku, v.priceCents, v.stock])]);
    };
    expect(build()).toEqual(build());
  });
});
