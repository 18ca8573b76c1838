// End-to-end tests in Chromium against a production build served by the start script, on its own
// ports and its own database (embedded, or `bazaar_e2e` beside DATABASE_URL), reset for every run.
// E2E_PORT moves the whole set (app, embedded database, realtime, database name), so two checkouts
// can run their suites on one machine at once.
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const offset = port - 3100;
const baseURL = `http://localhost:${port}`;
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

function e2eDatabaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  const parsed = new URL(url);
  parsed.pathname = offset === 0 ? "/bazaar_e2e" : `/bazaar_e2e_${port}`;
  return parsed.toString();
}

const serverEnv: Record<string, string> = {
  PORT: String(port),
  BAZAAR_DATA_DIR: ".data/e2e",
  EMBEDDED_POSTGRES_PORT: String(54339 + offset),
  LOCAL_REALTIME_PORT: String(6101 + offset),
  LOG_LEVEL: "warn",
  // Sessions must survive only this run; a fixed secret keeps server restarts painless.
  AUTH_SECRET: "bazaar-e2e-only-secret-not-for-production-use-0123456789",
};
const databaseUrl = e2eDatabaseUrl();
if (databaseUrl) serverEnv.DATABASE_URL = databaseUrl;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: systemChromium,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx scripts/start.ts --reset-database",
    url: `${baseURL}/api/health`,
    env: serverEnv,
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
