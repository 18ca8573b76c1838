// npm run db:seed [-- --force] — fill an empty database with the demo marketplace.
// Without --force it does nothing on a database that already has users. With no DATABASE_URL it
// uses the embedded database, starting it (and migrating it) when the app is not running.
import { db } from "../lib/db";
import { startEmbeddedPostgres, isPortOpen } from "../lib/db/embedded";
import { runMigrations } from "../lib/db/migrate";
import { getEnv } from "../lib/env";
import { DEMO_LOGINS, seedDemoIfEmpty } from "./seed/demo";

const force = process.argv.includes("--force");
const { database } = getEnv();

let stop: (() => Promise<void>) | undefined;
if (database.mode === "pglite" && !(await isPortOpen(database.port))) {
  const embedded = await startEmbeddedPostgres({ dataDir: database.dataDir, port: database.port });
  stop = embedded.stop;
  await runMigrations(database.url, { quiet: true });
}

try {
  const result = await seedDemoIfEmpty(db, { force });
  if (!result.seeded) {
    console.log(`Nothing to do: ${result.reason}.${force ? "" : " Use --force to seed anyway."}`);
  } else {
    const summary = Object.entries(result.counts)
      .map(([table, count]) => `${table} ${count}`)
      .join(", ");
    console.log(`Seeded the demo marketplace in ${(result.elapsedMs / 1000).toFixed(1)} s: ${summary}.`);
    console.log(`Sign in as ${DEMO_LOGINS.admin}, ${DEMO_LOGINS.sellers[0]} or ${DEMO_LOGINS.buyers[0]} with the password "${DEMO_LOGINS.password}".`);
  }
} finally {
  await db.$disconnect();
  await stop?.();
}
