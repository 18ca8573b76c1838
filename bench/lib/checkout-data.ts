// What the checkout benchmark prepares and checks in its database: its own buyer accounts (verified,
// with an address), stocked variants from the scale data, the oversell variant, and the invariants
// read back after the burst. Everything it writes carries a bench prefix (bnu_, bna_, bench:checkout).
import pg from "pg";
import { poolConfig } from "../../lib/db/adapter";
import { hashPassword } from "../../lib/auth/password";
import { HarnessError } from "./util";

export const BUYER_PASSWORD = "bench-checkout-password";
export const STOCK_REFERENCE = "bench:checkout";

export interface BenchBuyer {
  id: string;
  email: string;
  addressId: string;
}

export const buyerEmail = (n: number) => `checkout-buyer-${n}@bench.bazaar.test`;

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(poolConfig(url, 1));
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Buyer accounts 1..count with a verified email, a known password and a default US shipping
 * address; their carts are emptied. The hash is bcrypt like every password (lib/auth/password.ts)
 * but at the lowest cost: sign-in is not what is measured, and 500 sign-ins at cost 12 would keep
 * the server's one JavaScript thread busy for minutes before the first checkout.
 */
export async function prepareBuyers(url: string, count: number): Promise<BenchBuyer[]> {
  const hash = await hashPassword(BUYER_PASSWORD, 4);
  return withClient(url, async (client) => {
    await client.query(
      `INSERT INTO users (id, email, name, role, password_hash, email_verified_at, created_at, updated_at)
       SELECT 'bnu_' || n, 'checkout-buyer-' || n || '@bench.bazaar.test', 'Bench Buyer ' || n, 'BUYER', $2, now(), now(), now()
         FROM generate_series(1, $1::int) n
       ON CONFLICT (id) DO UPDATE SET password_hash = EXCLUDED.password_hash, email_verified_at = now(), status = 'ACTIVE',
         deleted_at = NULL, failed_sign_in_count = 0, locked_until = NULL, two_factor_enabled_at = NULL, updated_at = now()`,
      [count, hash],
    );
    await client.query(
      `INSERT INTO addresses (id, user_id, kind, is_default, full_name, line1, city, region, postal_code, country, created_at, updated_at)
       SELECT 'bna_' || n, 'bnu_' || n, 'SHIPPING', true, 'Bench Buyer ' || n, (100 + n) || ' Market Street', 'San Francisco', 'CA', '94103', 'US', now(), now()
         FROM generate_series(1, $1::int) n
       ON CONFLICT (id) DO NOTHING`,
      [count],
    );
    await clearCarts(client);
    return Array.from({ length: count }, (_, i) => ({ id: `bnu_${i + 1}`, email: buyerEmail(i + 1), addressId: `bna_${i + 1}` }));
  });
}

async function clearCarts(client: pg.Client) {
  await client.query(`DELETE FROM cart_items WHERE cart_id IN (SELECT id FROM carts WHERE user_id LIKE 'bnu\\_%')`);
  await client.query(`UPDATE carts SET coupon_code = NULL WHERE user_id LIKE 'bnu\\_%' AND coupon_code IS NOT NULL`);
}

export const emptyBuyerCarts = (url: string) => withClient(url, clearCarts);

/**
 * Sets the variants' stock in one statement, writing the change to the stock ledger (ADJUSTMENT)
 * and to the products' stock summaries, so the data stays as consistent as the app keeps it.
 * `atLeast` only raises stock; otherwise stock is set to exactly `stock`.
 */
async function setStock(client: pg.Client, variantIds: string[], stock: number, mode: "atLeast" | "exactly"): Promise<number> {
  const { rowCount } = await client.query(
    `WITH changed AS (
       UPDATE product_variants v SET stock = $2, updated_at = now()
         FROM product_variants old
        WHERE old.id = v.id AND v.id = ANY($1::text[]) AND ${mode === "atLeast" ? "old.stock < $2" : "old.stock <> $2"}
       RETURNING v.id, v.product_id, v.stock, v.stock - old.stock AS delta),
     ledger AS (
       INSERT INTO inventory_movements (id, variant_id, type, quantity, stock_after, reference, note, created_at)
       SELECT 'bench_' || gen_random_uuid(), id, 'ADJUSTMENT', delta, stock, '${STOCK_REFERENCE}', 'Checkout benchmark stock', now() FROM changed)
     UPDATE products p SET total_stock = p.total_stock + c.delta, updated_at = now()
       FROM (SELECT product_id, sum(delta)::int AS delta FROM changed GROUP BY product_id) c
      WHERE p.id = c.product_id`,
    [variantIds, stock],
  );
  return rowCount ?? 0;
}

const SALEABLE = `v.active AND v.stock > 0 AND p.id LIKE 'scp%' AND p.status = 'ACTIVE' AND s.status = 'APPROVED'`;

/**
 * A fixed pseudo-random sample of saleable scale variants (md5 order, so runs buy the same ones):
 * `count` for the buyers to pick from, stocked to at least `stock`, and one more for the oversell check.
 */
export async function pickVariants(url: string, count: number, stock: number): Promise<{ variantIds: string[]; oversellVariantId: string }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ id: string }>(
      `SELECT v.id FROM product_variants v JOIN products p ON p.id = v.product_id JOIN stores s ON s.id = p.store_id
        WHERE ${SALEABLE} ORDER BY md5(v.id || ':checkout') LIMIT $1`,
      [count + 1],
    );
    if (rows.length < count + 1) throw new HarnessError(`The database holds ${rows.length} saleable scale variants; the checkout benchmark needs ${count + 1}.`);
    const variantIds = rows.slice(0, count).map((r) => r.id);
    await setStock(client, variantIds, stock, "atLeast");
    return { variantIds, oversellVariantId: rows[count]!.id };
  });
}

/** The oversell variant at exactly `stock` units. */
export const setOversellStock = (url: string, variantId: string, stock: number) => withClient(url, (client) => setStock(client, [variantId], stock, "exactly"));

export interface OversellState {
  stock: number;
  /** Orders placed since `since` holding the variant, and the units they hold. */
  orders: number;
  unitsOrdered: number;
  /** Sum of the ledger's OUT movements for the variant since `since` (negative), and how many. */
  ledgerOut: number;
  ledgerOutRows: number;
}

export async function readOversellState(url: string, variantId: string, since: Date): Promise<OversellState> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ stock: number; orders: string; units: string | null; ledger: string | null; ledger_rows: string }>(
      `SELECT (SELECT stock FROM product_variants WHERE id = $1) AS stock,
              (SELECT count(DISTINCT o.id) FROM orders o JOIN sub_orders so ON so.order_id = o.id JOIN order_items oi ON oi.sub_order_id = so.id
                WHERE oi.variant_id = $1 AND o.placed_at >= $2) AS orders,
              (SELECT sum(oi.quantity) FROM orders o JOIN sub_orders so ON so.order_id = o.id JOIN order_items oi ON oi.sub_order_id = so.id
                WHERE oi.variant_id = $1 AND o.placed_at >= $2) AS units,
              (SELECT sum(quantity) FROM inventory_movements WHERE variant_id = $1 AND type = 'OUT' AND created_at >= $2) AS ledger,
              (SELECT count(*) FROM inventory_movements WHERE variant_id = $1 AND type = 'OUT' AND created_at >= $2) AS ledger_rows`,
      [variantId, since],
    );
    const row = rows[0]!;
    return {
      stock: row.stock,
      orders: Number(row.orders),
      unitsOrdered: Number(row.units ?? 0),
      ledgerOut: Number(row.ledger ?? 0),
      ledgerOutRows: Number(row.ledger_rows),
    };
  });
}

/** The database's clock: ledger rows are stamped by it, so the oversell window starts by it too. */
export const databaseNow = (url: string) => withClient(url, async (client) => (await client.query<{ now: Date }>("SELECT clock_timestamp() AS now")).rows[0]!.now);
