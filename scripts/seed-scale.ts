// npm run db:seed:scale — the benchmark data set (100k listings, 10k buyers, 50k orders) on the
// database in DATABASE_URL, on top of the demo marketplace (seeded first when the database is empty).
// Sizes can be changed: --products=20000 --users=2000 --orders=10000 --stores=20
import { createDb } from "../lib/db";
import { getEnv } from "../lib/env";
import { SCALE_DEFAULTS, ScaleSeedError, seedScale, type ScaleOptions } from "./seed/scale";

const env = getEnv();
if (env.database.mode !== "postgres") {
  console.error("Set DATABASE_URL to the PostgreSQL database to fill: the scale data set is not meant for the embedded database.");
  process.exit(1);
}

const options: ScaleOptions = { ...SCALE_DEFAULTS };
for (const arg of process.argv.slice(2)) {
  const match = /^--(products|users|orders|stores)=(\d+)$/.exec(arg);
  if (!match) {
    console.error(`Unknown argument ${arg}. Use --products=N, --users=N, --orders=N or --stores=N.`);
    process.exit(1);
  }
  options[match[1] as "products" | "users" | "orders" | "stores"] = Number(match[2]);
}

const db = createDb(env.database.url, { max: 2 });
const host = new URL(env.database.url);
console.log(`Seeding ${options.products} products, ${options.users} buyers, ${options.orders} orders and ${options.stores} stores into ${host.host}${host.pathname}…`);
try {
  const result = await seedScale(db, {
    ...options,
    onStep: (step, rows, ms) => console.log(`  ${step.padEnd(20)} ${String(rows).padStart(8)} rows  ${(ms / 1000).toFixed(1).padStart(6)} s`),
  });
  if (result.demoSeeded) console.log("  (the database was empty: the demo marketplace was seeded first)");
  console.log(`Done in ${(result.elapsedMs / 1000).toFixed(1)} s.`);
} catch (error) {
  if (!(error instanceof ScaleSeedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
