// The demo marketplace: stores, a catalog of a few hundred listings, past orders, reviews and
// wishlists. Deterministic (seeded generator, times relative to now) and built for the embedded
// database: everything is generated in memory first, then written in one transaction with a
// handful of bulk inserts.
import { hashPassword } from "../../lib/auth/password";
import { refreshProductSummaries } from "../../lib/catalog/refresh-product-summary";
import type { Db, DbTx, Prisma } from "../../lib/db";
import { logger } from "../../lib/log";
import { buildCatalog, type SeedProduct } from "./catalog";
import { buildCommunity } from "./community";
import { buildOrders, type Orders } from "./orders";
import { buildPeople, DEMO_LOGINS, DEMO_PASSWORD } from "./people";
import { Random } from "./random";
import { newId } from "./util";

export { DEMO_LOGINS, DEMO_PASSWORD, DEMO_STORE_SLUGS } from "./people";

const log = logger("seed");

/** Bcrypt at a lower cost than real sign-ups: the demo hashes once, and speed matters more here. */
const DEMO_BCRYPT_COST = 10;
const DEFAULT_SEED = 20_261_121;

export interface SeedDemoOptions {
  /** The moment the data is relative to; defaults to the current time. */
  now?: Date;
  seed?: number;
}

export interface SeedDemoResult {
  seeded: boolean;
  /** Why nothing was written, when seeded is false. */
  reason?: string;
  elapsedMs: number;
  counts: Record<string, number>;
}

function ledger(products: SeedProduct[], sales: Orders["sales"]): Prisma.InventoryMovementCreateManyInput[] {
  const rows: Prisma.InventoryMovementCreateManyInput[] = [];
  const level = new Map<string, number>();
  for (const product of products) {
    for (const variant of product.variants) {
      const opening = variant.stock + variant.sold;
      level.set(variant.id, opening);
      if (opening === 0) continue; // a movement of 0 is refused (CHECK), and an empty ledger sums to 0 anyway
      rows.push({
        id: newId(),
        variantId: variant.id,
        type: "IN",
        quantity: opening,
        stockAfter: opening,
        reference: "seed:opening-stock",
        note: "Opening stock",
        actorId: product.store.ownerId,
        createdAt: product.createdAt,
      });
    }
  }
  for (const sale of sales) {
    const after = level.get(sale.variant.id)! - sale.quantity;
    level.set(sale.variant.id, after);
    rows.push({
      id: newId(),
      variantId: sale.variant.id,
      type: "OUT",
      quantity: -sale.quantity,
      stockAfter: after,
      reference: `order:${sale.orderId}`,
      createdAt: sale.at,
    });
  }
  return rows;
}

/** Writes the demo marketplace unless it is already there (the admin account is the marker). */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<SeedDemoResult> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const rng = new Random(options.seed ?? DEFAULT_SEED);

  const passwordHash = await hashPassword(DEMO_PASSWORD, DEMO_BCRYPT_COST);
  const people = buildPeople(rng, now, passwordHash);
  const catalog = buildCatalog(rng, now, people.sellerStores);
  const orders = buildOrders(rng, now, people, catalog.products);
  const community = buildCommunity(rng, now, people.buyers, catalog.products, orders.delivered, orders.purchases);
  const movements = ledger(catalog.products, orders.sales);
  const products = catalog.products;

  const counts: Record<string, number> = {};
  const outcome = await db.$transaction(
    async (tx) => {
      // Two processes starting at once (the app and a test run) must not both seed.
      await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(hashtext('bazaar:seed-demo'))::text`);
      if (await tx.user.findUnique({ where: { email: DEMO_LOGINS.admin }, select: { id: true } })) return "already seeded";

      const insert = async <T>(name: string, rows: T[], write: (data: T[]) => Promise<{ count: number }>) => {
        counts[name] = rows.length === 0 ? 0 : (await write(rows)).count;
      };
      await insert("users", people.users, (data) => tx.user.createMany({ data }));
      await insert("stores", people.stores, (data) => tx.store.createMany({ data }));
      await insert("shippingMethods", people.shippingMethods, (data) => tx.shippingMethod.createMany({ data }));
      await insert("addresses", people.addresses, (data) => tx.address.createMany({ data }));
      await insert("taxRates", people.taxRates, (data) => tx.taxRate.createMany({ data, skipDuplicates: true }));
      await insert("coupons", people.coupons, (data) => tx.coupon.createMany({ data }));
      await insert("categories", catalog.categories, (data) => tx.category.createMany({ data }));
      await insert("brands", catalog.brands, (data) => tx.brand.createMany({ data }));
      await insert("products", products, (data) =>
        tx.product.createMany({
          data: data.map((p) => ({
            id: p.id,
            storeId: p.store.id,
            categoryId: p.categoryId,
            brandId: p.brandId,
            slug: p.slug,
            title: p.title,
            description: p.description,
            condition: p.condition,
            status: p.status,
            featured: p.featured,
            flashSalePriceCents: p.flashSalePriceCents,
            flashSaleStartsAt: p.flashSaleStartsAt,
            flashSaleEndsAt: p.flashSaleEndsAt,
            unitsSold: p.unitsSold,
            publishedAt: p.publishedAt,
            createdAt: p.createdAt,
          })),
        }),
      );
      const variants = products.flatMap((p) => p.variants.map(({ sold: _sold, ...v }) => ({ ...v, productId: p.id, createdAt: p.createdAt })));
      await insert("variants", variants, (data) => tx.productVariant.createMany({ data }));
      const images = products.flatMap((p) => p.images.map((image) => ({ ...image, productId: p.id, createdAt: p.createdAt })));
      await insert("images", images, (data) => tx.productImage.createMany({ data }));
      await insert("inventoryMovements", movements, (data) => tx.inventoryMovement.createMany({ data }));
      await insert("orders", orders.orders, (data) => tx.order.createMany({ data }));
      await insert("subOrders", orders.subOrders, (data) => tx.subOrder.createMany({ data }));
      await insert("orderItems", orders.items, (data) => tx.orderItem.createMany({ data }));
      await insert("statusEvents", orders.events, (data) => tx.orderStatusEvent.createMany({ data }));
      await insert("payments", orders.payments, (data) => tx.payment.createMany({ data }));
      await insert("couponRedemptions", orders.redemptions, (data) => tx.couponRedemption.createMany({ data }));
      for (const [id, count] of orders.redemptionCounts) await tx.coupon.update({ where: { id }, data: { redemptionCount: count } });
      await insert("reviews", community.reviews, (data) => tx.review.createMany({ data }));
      await insert("wishlistItems", community.wishlist, (data) => tx.wishlistItem.createMany({ data }));
      await insert("interactions", community.interactions, (data) => tx.productInteraction.createMany({ data }));

      const productIds = products.map((p) => p.id);
      await refreshRatings(tx, productIds, people.sellerStores.map((s) => s.id));
      await refreshProductSummaries(tx, productIds);
      return "seeded";
    },
    { timeout: 180_000, maxWait: 30_000 },
  );

  const elapsedMs = Math.round(performance.now() - started);
  if (outcome !== "seeded") return { seeded: false, reason: "the demo data is already there", elapsedMs, counts: {} };
  log.info("demo data seeded", { elapsedMs, ...counts });
  return { seeded: true, elapsedMs, counts };
}

/** Product and store ratings, computed exactly from the published reviews. */
async function refreshRatings(tx: DbTx, productIds: string[], storeIds: string[]) {
  await tx.$executeRawUnsafe(
    `UPDATE products p SET rating_average = r.average, rating_count = r.count
       FROM (SELECT product_id, round(avg(rating)::numeric, 2) AS average, count(*)::int AS count
               FROM reviews WHERE status = 'PUBLISHED' AND product_id = ANY($1::text[]) GROUP BY product_id) r
      WHERE p.id = r.product_id`,
    productIds,
  );
  await tx.$executeRawUnsafe(
    `UPDATE stores s SET rating_average = r.average, rating_count = r.count
       FROM (SELECT p.store_id, round(avg(rv.rating)::numeric, 2) AS average, count(*)::int AS count
               FROM reviews rv JOIN products p ON p.id = rv.product_id
              WHERE rv.status = 'PUBLISHED' AND p.store_id = ANY($1::text[]) GROUP BY p.store_id) r
      WHERE s.id = r.store_id`,
    storeIds,
  );
}

/** What the start script and `npm run db:seed` do: seed a database that has no users yet. */
export async function seedDemoIfEmpty(db: Db, options: SeedDemoOptions & { force?: boolean } = {}): Promise<SeedDemoResult> {
  const users = await db.user.count();
  if (users > 0 && !options.force) {
    return { seeded: false, reason: `the database already has ${users} user(s)`, elapsedMs: 0, counts: {} };
  }
  return seedDemo(db, options);
}
