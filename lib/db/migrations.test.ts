import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { temporaryDatabase, type ShadowDatabase } from "./adapter";
import { freePort, startEmbeddedPostgres } from "./embedded";
import { runMigrations } from "./migrate";
import { createDb, db } from "./index";
import { createProduct, createStore, createUser, unique } from "../testing/factories";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs the Prisma CLI without blocking this process (which may be serving the embedded database). */
function prisma(args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules/.bin/prisma"), args, { cwd: root, env, timeout: 120_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("error", reject);
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}

describe("[MIGRATIONS]", () => {
  let empty: ShadowDatabase;

  beforeAll(async () => {
    // A brand-new, empty database of the same kind the suite runs on.
    if (inject("databaseMode") === "postgres") {
      empty = await temporaryDatabase(inject("databaseUrl"), "bazaar_migrations_test");
    } else {
      const embedded = await startEmbeddedPostgres({ port: 0 });
      empty = { url: embedded.url, release: embedded.stop };
    }
  });
  afterAll(async () => {
    await empty?.release();
  });

  it("apply to an empty database, after which migrate status reports it up to date", { timeout: 120_000 }, async () => {
    await runMigrations(empty.url, { quiet: true });
    const status = await prisma(["migrate", "status"], { ...process.env, DATABASE_URL: empty.url });
    expect(status.stdout + status.stderr).toContain("Database schema is up to date!");
    expect(status.status).toBe(0);

    const client = createDb(empty.url, { max: 1 });
    const tables = await client.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`;
    await client.$disconnect();
    expect(Number(tables[0]!.count)).toBeGreaterThan(40);
  });

  it("match schema.prisma exactly (no change waiting to be migrated)", async () => {
    // The diff replays the migrations into a shadow database: on a PostgreSQL server a temporary
    // database, in embedded mode an in-memory PGlite (the CLI run as on a laptop, without DATABASE_URL).
    let env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: inject("databaseUrl") };
    let dataDir: string | undefined;
    if (inject("databaseMode") === "pglite") {
      dataDir = mkdtempSync(path.join(os.tmpdir(), "bazaar-diff-"));
      env = { ...process.env, BAZAAR_DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) };
      delete env.DATABASE_URL;
    }
    try {
      const diff = await prisma(
        ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--exit-code"],
        env,
      );
      expect(diff.stdout).toContain("No difference detected");
      expect(diff.status).toBe(0);
    } finally {
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("[SCHEMA]", () => {
  it("indexes every foreign key", async () => {
    const unindexed = await db.$queryRaw<{ column: string }[]>`
      SELECT c.conrelid::regclass::text || '.' || a.attname AS column
      FROM pg_constraint c
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`;
    expect(unindexed.map((row) => row.column)).toEqual([]);
  });
});

describe("[CONSTRAINTS] the database guards money and stock", () => {
  it("never lets stock go below zero", async () => {
    const product = await createProduct({ stock: 2 });
    const variant = product.variants[0]!;
    await expect(db.productVariant.update({ where: { id: variant.id }, data: { stock: { decrement: 3 } } })).rejects.toThrow(/product_variants_stock_chk/);
    // A conditional decrement is how stock is taken: it sells what is there and no more.
    const taken = await db.productVariant.updateMany({ where: { id: variant.id, stock: { gte: 2 } }, data: { stock: { decrement: 2 } } });
    expect(taken.count).toBe(1);
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(0);
  });

  it("keeps at most six images per product", async () => {
    const product = await createProduct();
    await db.productImage.createMany({ data: Array.from({ length: 6 }, (_, position) => ({ productId: product.id, url: `/demo/${position}.svg`, position })) });
    await expect(db.productImage.create({ data: { productId: product.id, url: "/demo/7.svg", position: 6 } })).rejects.toThrow(/product_images_position_chk/);
    await expect(db.productImage.create({ data: { productId: product.id, url: "/demo/x.svg", position: 2 } })).rejects.toThrow();
  });

  it("refuses a compare-at price that is not above the price", async () => {
    const product = await createProduct({ priceCents: 1000 });
    await expect(db.productVariant.update({ where: { id: product.variants[0]!.id }, data: { compareAtPriceCents: 900 } })).rejects.toThrow(/product_variants_price_chk/);
  });

  it("stores coupon codes upper-cased only and never redeems past the limit", async () => {
    await expect(db.coupon.create({ data: { code: "lower10", type: "PERCENT", value: 10 } })).rejects.toThrow(/coupons_code_upper_chk/);
    const code = unique("C").toUpperCase();
    const coupon = await db.coupon.create({ data: { code, type: "PERCENT", value: 10, usageLimit: 1 } });
    await db.coupon.update({ where: { id: coupon.id }, data: { redemptionCount: { increment: 1 } } });
    await expect(db.coupon.update({ where: { id: coupon.id }, data: { redemptionCount: { increment: 1 } } })).rejects.toThrow(/coupons_limit_chk/);
    await expect(db.coupon.create({ data: { code: unique("P").toUpperCase(), type: "PERCENT", value: 101 } })).rejects.toThrow(/coupons_value_chk/);
  });

  it("refuses an order whose total does not add up", async () => {
    const buyer = await createUser();
    const data = { buyerId: buyer.id, email: buyer.email, shippingAddress: {}, subtotalCents: 1000, shippingCents: 500, taxCents: 100, discountCents: 0 };
    await expect(db.order.create({ data: { ...data, totalCents: 1500 } })).rejects.toThrow(/orders_totals_chk/);
    const order = await db.order.create({ data: { ...data, totalCents: 1600 } });
    expect(order.number).toBeGreaterThan(0);
    expect(order.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("allows one default address of each kind per user", async () => {
    const user = await createUser();
    const address = { userId: user.id, fullName: "Ada", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" };
    await db.address.create({ data: { ...address, kind: "SHIPPING", isDefault: true } });
    await db.address.create({ data: { ...address, kind: "BILLING", isDefault: true } });
    await db.address.create({ data: { ...address, kind: "SHIPPING", isDefault: false } });
    await expect(db.address.create({ data: { ...address, kind: "SHIPPING", isDefault: true } })).rejects.toThrow();
  });

  it("keeps emails lower-case and review ratings between 1 and 5", async () => {
    await expect(db.user.create({ data: { email: `${unique("Mixed")}@Example.test` } })).rejects.toThrow(/users_email_lower_chk/);
    const { store } = await createStore();
    const product = await createProduct({ storeId: store.id });
    const user = await createUser();
    await expect(db.review.create({ data: { productId: product.id, userId: user.id, rating: 6, body: "Too good" } })).rejects.toThrow(/reviews_rating_chk/);
  });

  it("ranks the weighted search vector: a title match beats a description match", async () => {
    const word = `zq${unique("w").replace(/[^a-z0-9]/g, "")}`;
    const inTitle = await createProduct();
    const inDescription = await createProduct();
    await db.product.update({ where: { id: inTitle.id }, data: { title: `Café ${word} lamp` } });
    await db.product.update({ where: { id: inDescription.id }, data: { description: `A lamp that goes with any ${word}.` } });
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM products WHERE search_vector @@ plainto_tsquery('english', ${word})
      ORDER BY ts_rank(search_vector, plainto_tsquery('english', ${word})) DESC`;
    expect(rows.map((r) => r.id)).toEqual([inTitle.id, inDescription.id]);
    // Accent-insensitive: "cafe" finds "Café".
    const accent = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM products WHERE search_vector @@ plainto_tsquery('english', bazaar_unaccent('cafe ' || ${word}))`;
    expect(accent.map((r) => r.id)).toEqual([inTitle.id]);
  });
});
