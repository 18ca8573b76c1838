// The benchmark data set: tens of thousands of listings, buyers and orders on top of the demo
// marketplace, written with a few set-based statements in one transaction.
import { hashPassword } from "../../lib/auth/password";
import { refreshProductSummaries } from "../../lib/catalog/refresh-product-summary";
import type { Db, DbTx } from "../../lib/db";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from "./demo";
import { FIRST_NAMES, LAST_NAMES } from "./people-data";
import * as orderSql from "./scale-orders-sql";
import * as sql from "./scale-sql";
import { countryBuckets, countryRows, DESCRIPTORS, EDITIONS, REVIEW_BODIES, REVIEW_TITLES, scaleKinds, STORE_WORDS } from "./scale-vocab";
import { COLORS } from "./vocab";

export interface ScaleOptions {
  products: number;
  /** Buyer accounts (each with a default shipping address). */
  users: number;
  orders: number;
  /** Extra approved stores, each with its own seller. */
  stores: number;
  wishlistItems?: number;
  interactions?: number;
  /** Called after each step, for progress output. */
  onStep?: (step: string, rows: number, ms: number) => void;
}

export const SCALE_DEFAULTS: ScaleOptions = { products: 100_000, users: 10_000, orders: 50_000, stores: 50 };

export interface ScaleResult {
  counts: Record<string, number>;
  elapsedMs: number;
  demoSeeded: boolean;
}

export class ScaleSeedError extends Error {}

export async function seedScale(db: Db, options: ScaleOptions): Promise<ScaleResult> {
  const started = performance.now();
  let demoSeeded = false;
  if ((await db.user.count()) === 0) demoSeeded = (await seedDemo(db)).seeded;
  if (await db.store.findUnique({ where: { slug: "scale-store-001" }, select: { id: true } })) {
    throw new ScaleSeedError("This database already holds the scale data set (store scale-store-001 exists).");
  }
  const admin = await db.user.findUnique({ where: { email: DEMO_LOGINS.admin }, select: { passwordHash: true } });
  const hash = admin?.passwordHash ?? (await hashPassword(DEMO_PASSWORD, 10));
  const kinds = scaleKinds();
  const counts: Record<string, number> = {};

  await db.$transaction(
    async (tx) => {
      const step = async (name: string, statement: string, ...params: unknown[]) => {
        const t = performance.now();
        const rows = await tx.$executeRawUnsafe(statement, ...params);
        counts[name] = rows;
        options.onStep?.(name, rows, Math.round(performance.now() - t));
        return rows;
      };
      const kindRows = await step("kinds", sql.KINDS, JSON.stringify(kinds));
      if (kindRows !== kinds.length) {
        throw new ScaleSeedError(`Found ${kindRows} of ${kinds.length} demo categories: the scale seed builds on the demo catalog (npm run db:seed).`);
      }
      await step("countries", sql.COUNTRIES, JSON.stringify(countryRows()));
      await step("sellers", sql.SELLERS, options.stores, hash, FIRST_NAMES, LAST_NAMES);
      await step("stores", sql.STORES, options.stores, STORE_WORDS.first, STORE_WORDS.second);
      await step("shippingMethods", sql.SHIPPING);
      await step("buyers", sql.BUYERS, options.users, hash, FIRST_NAMES, LAST_NAMES);
      await step("addresses", sql.ADDRESSES, options.users, countryBuckets());
      await step("productPlan", sql.PRODUCTS_PLAN, options.products, DESCRIPTORS, COLORS, EDITIONS, kinds.length);
      await step("products", sql.PRODUCTS);
      await step("variants", sql.VARIANTS);
      await step("images", sql.IMAGES);
      await step("inventoryMovements", sql.OPENING_STOCK);
      await step("activeProducts", orderSql.ACTIVE);
      await tx.$executeRawUnsafe(orderSql.ACTIVE_INDEX);
      await step("orderLines", orderSql.LINES, options.orders, options.users);
      await step("subOrderPlan", orderSql.SUBS);
      await step("orders", orderSql.ORDERS);
      await step("subOrders", orderSql.SUB_ORDERS);
      await step("orderItems", orderSql.ITEMS);
      await step("statusEvents", orderSql.EVENTS);
      await step("payments", orderSql.PAYMENTS);
      await step("reviews", orderSql.REVIEWS, REVIEW_TITLES, REVIEW_BODIES);
      await step("salesAndRatings", orderSql.PRODUCT_SALES_AND_RATINGS);
      await step("storeRatings", orderSql.STORE_RATINGS);
      await step("wishlistItems", orderSql.WISHLISTS, options.wishlistItems ?? Math.round(options.users * 3), options.users);
      await step("interactions", orderSql.INTERACTIONS, options.interactions ?? options.products * 2, options.users);
      await refreshSummaries(tx, options.onStep, counts);
      await step("flashSales", orderSql.FLASH_SALES);
    },
    { timeout: 60 * 60_000, maxWait: 60_000 },
  );

  // Fresh statistics, so the first benchmark queries get the plans they will have in production.
  const t = performance.now();
  await db.$executeRawUnsafe("ANALYZE");
  options.onStep?.("analyze", 0, Math.round(performance.now() - t));
  return { counts, elapsedMs: Math.round(performance.now() - started), demoSeeded };
}

async function refreshSummaries(tx: DbTx, onStep: ScaleOptions["onStep"], counts: Record<string, number>) {
  const t = performance.now();
  counts.summaries = await refreshProductSummaries(tx);
  onStep?.("summaries", counts.summaries, Math.round(performance.now() - t));
}
