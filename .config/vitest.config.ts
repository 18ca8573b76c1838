// Unit and integration tests. Integration tests run against a real, freshly migrated PostgreSQL:
// the one in DATABASE_URL's server when set (a dedicated `bazaar_vitest` database), otherwise an
// embedded one (PGlite) started for the run. See lib/testing/global-setup.ts.
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: {
    alias: { "@": root, "server-only": path.join(root, "lib/testing/server-only-stub.ts") },
  },
  test: {
    include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "app/**/*.test.ts", "inngest/**/*.test.ts", "emails/**/*.test.tsx", "scripts/**/*.test.ts"],
    globalSetup: [path.join(root, "lib/testing/global-setup.ts")],
    // inngest/register.ts gives the in-process job runner the app's jobs, as instrumentation.ts does
    // in the Next.js server: code under test that enqueues gets its jobs run (drainJobs waits for them).
    setupFiles: [path.join(root, "lib/testing/setup.ts"), path.join(root, "inngest/register.ts")],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Two cores: a couple of workers keeps the shared database busy without thrashing.
    maxWorkers: 2,
    pool: "forks",
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth"] } },
  },
});
