// Prisma CLI configuration: Migrate runs on the WebAssembly schema engine through Bazaar's
// PostgreSQL adapter (lib/db/adapter.ts), so `npx prisma migrate dev|deploy|status` work on
// machines that cannot download Prisma's native engines. With no DATABASE_URL it works on the
// embedded database, starting it in this process if the app is not running — and only when a
// command connects: `prisma -v` and `prisma generate` (run by @prisma/client's postinstall on every
// fresh `npm install`) must exit without a server holding the process open.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { loadEnv } from "../lib/env";
import { BazaarPg } from "../lib/db/adapter";
import { isPortOpen, startEmbeddedPostgres } from "../lib/db/embedded";

const root = path.resolve(__dirname, "..");
const env = loadEnv();
// schema.prisma reads its url from DATABASE_URL; the adapter below is what actually connects.
process.env.DATABASE_URL ??= env.database.url;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(root, "prisma/schema.prisma"),
  migrations: {
    path: path.join(root, "prisma/migrations"),
    seed: "tsx scripts/seed.ts",
  },
  async adapter() {
    const db = env.database;
    if (db.mode === "postgres") return new BazaarPg({ connectionString: db.url, max: 2, unrefConnections: true });
    let started: Promise<void> | undefined;
    const startOnce = async () => {
      if (!(await isPortOpen(db.port))) await startEmbeddedPostgres({ dataDir: db.dataDir, port: db.port, unref: true });
    };
    return new BazaarPg({
      connectionString: db.url,
      max: 2,
      unrefConnections: true,
      beforeConnect: () => (started ??= startOnce()),
      // The embedded server holds one database: the shadow is a throwaway in-memory one.
      async shadowDatabase() {
        const shadow = await startEmbeddedPostgres({ port: 0, unref: true });
        return { url: shadow.url, release: () => shadow.stop() };
      },
    });
  },
});
