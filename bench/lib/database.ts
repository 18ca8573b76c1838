// The benchmark's own PostgreSQL database: created if missing, migrated, filled with the scale data
// set only when it holds fewer listings than asked (so re-runs start in seconds), then analyzed.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { poolConfig, withDatabase } from "../../lib/db/adapter";
import { runMigrations } from "../../lib/db/migrate";
import { HarnessError, root, say } from "./util";

export const defaultDatabaseUrl = (products: number) => `postgresql://postgres@127.0.0.1:5432/bazaar_bench_${products}`;

/** Sizes that keep the scale seed's proportions (its defaults are the 100k set). */
export function scaleSizes(products: number) {
  return { products, users: Math.max(100, Math.round(products / 10)), orders: Math.round(products / 2), stores: Math.max(5, Math.round(products / 2000)) };
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client(poolConfig(url, 1));
  try {
    await client.connect();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = new URL(url);
    if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "28P01" || code === "28000") {
      throw new HarnessError(
        `Cannot reach PostgreSQL at ${where.host} (${code}). The benchmark needs a real PostgreSQL server (the embedded ` +
          `PGlite that \`npm start\` uses is single-connection and not meant for load): start the machine's PostgreSQL, ` +
          `or pass --database-url=postgresql://user:password@host:5432/bazaar_bench_N.`,
      );
    }
    throw error;
  }
  return client;
}

async function scaleProductCount(url: string): Promise<{ scale: number; all: number }> {
  const client = await connect(url);
  try {
    const { rows } = await client.query<{ scale: string; all: string }>(
      "SELECT count(*) FILTER (WHERE id LIKE 'scp%') AS scale, count(*) AS all FROM products",
    );
    return { scale: Number(rows[0]?.scale ?? 0), all: Number(rows[0]?.all ?? 0) };
  } finally {
    await client.end();
  }
}

async function recreate(admin: pg.Client, name: string, drop: boolean) {
  if (drop) await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
}

function seed(url: string, products: number): Promise<void> {
  const sizes = scaleSizes(products);
  const args = Object.entries(sizes).map(([key, value]) => `--${key}=${value}`);
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "scripts", "seed-scale.ts"), ...args], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "development" },
    });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new HarnessError(`The scale seed exited with ${code}`))));
  });
}

export interface BenchDatabase {
  url: string;
  name: string;
  scaleProducts: number;
  allProducts: number;
  seeded: boolean;
}

export async function prepareDatabase(url: string, products: number): Promise<BenchDatabase> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name) throw new HarnessError(`--database-url must name a database (got ${url})`);
  // Only a database the benchmark named itself may be dropped and filled again.
  const ownDatabase = name.startsWith("bazaar_bench_");

  const admin = await connect(withDatabase(url, "postgres"));
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      await recreate(admin, name, false);
      say(`Created database ${name}`);
    }
    await runMigrations(url, { cwd: root, quiet: true });
    let count = await scaleProductCount(url);
    let seeded = false;
    if (count.scale < products) {
      if (count.scale > 0) {
        if (!ownDatabase) {
          throw new HarnessError(
            `${name} holds ${count.scale} scale listings, fewer than the ${products} asked for, and the scale seed cannot add to ` +
              `an existing set. Use an empty database or one named bazaar_bench_* (the benchmark may drop and refill those).`,
          );
        }
        say(`${name} holds ${count.scale} scale listings, fewer than ${products}: dropping and refilling it`);
        await recreate(admin, name, true);
        await runMigrations(url, { cwd: root, quiet: true });
      }
      const started = Date.now();
      say(`Filling ${name} with the scale data set (${products} listings)…`);
      await seed(url, products);
      say(`Scale data loaded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      count = await scaleProductCount(url);
      seeded = true;
    }
    say(`Database ${name}: ${count.scale.toLocaleString("en-US")} scale listings, ${count.all.toLocaleString("en-US")} in all`);

    const client = await connect(url);
    try {
      await client.query("ANALYZE");
    } finally {
      await client.end();
    }
    return { url, name, scaleProducts: count.scale, allProducts: count.all, seeded };
  } finally {
    await admin.end();
  }
}
