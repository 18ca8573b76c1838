// `npm start` (and `npm run dev`): everything Bazaar needs, in one command, on a machine with only
// Node. Validates the environment, starts the embedded services that have no keys configured
// (PostgreSQL via PGlite, the Pusher-protocol realtime server), applies migrations, seeds demo data
// into an empty database, builds when the sources changed, then runs Next.js until stopped.
//
//   --dev              next dev instead of a production build
//   --reset-database   start from an empty database (embedded data wiped, or the configured
//                      database dropped and created again) — used by the end-to-end tests
// Nothing imported here may load the generated Prisma client (lib/generated): a fresh clone has
// none until ensurePrismaClient() below has run. What needs it is imported after that.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { poolConfig, withDatabase } from "../lib/db/adapter";
import { isPortOpen, startEmbeddedPostgres } from "../lib/db/embedded";
import { runMigrations } from "../lib/db/migrate";
import { EnvError, loadEnv, serviceModes, type Env } from "../lib/env";
import { startLocalRealtimeServer } from "../lib/realtime/local-server";
import { isBuildCurrent, recordBuild, sourceFingerprint } from "./build-fingerprint";
import { ensurePrismaClient } from "./prisma-client";
import { DEMO_LOGINS } from "./seed/people"; // type-only imports of lib/db: safe before generation

const root = path.resolve(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const say = (message: string) => console.log(`\x1b[32m[bazaar]\x1b[0m ${message}`);
const stops: (() => Promise<void>)[] = [];

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: "inherit", env });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${commandArgs.join(" ")} exited with ${code}`))));
  });
}

async function prepareDatabase(env: Env): Promise<string> {
  const database = env.database;
  if (database.mode === "pglite") {
    if (await isPortOpen(database.port)) {
      throw new Error(`Port ${database.port} (embedded PostgreSQL) is in use. Is Bazaar already running? Stop it, or set EMBEDDED_POSTGRES_PORT.`);
    }
    if (args.has("--reset-database")) rmSync(database.dataDir, { recursive: true, force: true });
    const started = Date.now();
    const embedded = await startEmbeddedPostgres({ dataDir: database.dataDir, port: database.port });
    stops.push(embedded.stop);
    say(`Embedded PostgreSQL (PGlite) on port ${database.port}, data in ${path.relative(root, database.dataDir)} (${Date.now() - started} ms)`);
    return embedded.url;
  }
  if (args.has("--reset-database")) {
    const name = decodeURIComponent(new URL(database.url).pathname.slice(1));
    const admin = new pg.Client(poolConfig(withDatabase(database.url, "postgres")));
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    await admin.end();
    say(`Database ${name} reset`);
  }
  return database.url;
}

async function seedIfEmpty(url: string) {
  const { createDb } = await import("../lib/db");
  const { seedDemo } = await import("./seed/demo");
  const db = createDb(url, { max: 4 });
  try {
    if ((await db.user.count()) > 0) return;
    const started = Date.now();
    say("Empty database: loading the demo marketplace…");
    await seedDemo(db);
    say(`Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.$disconnect();
  }
}

async function buildIfStale() {
  const fingerprint = sourceFingerprint(root);
  if (isBuildCurrent(root, fingerprint)) return;
  const started = Date.now();
  say("Building Bazaar for production (first start, or the sources changed)…");
  await run(bin("next"), ["build"]);
  recordBuild(root, fingerprint);
  say(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function shutdown(code: number) {
  for (const stop of stops.reverse()) await stop().catch(() => {});
  process.exit(code);
}

async function main() {
  const started = Date.now();
  let env: Env;
  try {
    // Validate as the server will run: next start is production, next dev is development.
    env = loadEnv({ ...process.env, NODE_ENV: dev ? "development" : "production" });
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  await ensurePrismaClient(root);

  const databaseUrl = await prepareDatabase(env);
  await runMigrations(databaseUrl, { cwd: root, quiet: true });
  say("Migrations applied");
  await seedIfEmpty(databaseUrl);

  if (env.realtime.mode === "local") {
    const realtime = await startLocalRealtimeServer({
      host: env.realtime.host,
      port: env.realtime.port!,
      appId: env.realtime.appId,
      key: env.realtime.key,
      secret: env.realtime.secret,
    });
    stops.push(realtime.stop);
    say(`Local realtime server (Pusher protocol) on port ${realtime.port}`);
  }

  if (!dev) await buildIfStale();
  // Next's data cache (catalog pages) is kept on disk. A start may come with another database
  // (--reset-database, a new DATABASE_URL) or new code, so pages never reuse a previous run's data.
  rmSync(path.join(root, ".next/cache/fetch-cache"), { recursive: true, force: true });
  const port = new URL(env.appUrl).port || "3000";
  const server: ChildProcess = spawn(bin("tsx"), ["scripts/server.ts", "--port", port, ...(dev ? ["--dev"] : [])], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: dev ? "development" : "production" },
  });
  stops.unshift(async () => {
    if (server.exitCode === null) server.kill("SIGTERM");
  });
  server.once("exit", (code) => void shutdown(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void shutdown(0));

  while (!(await isPortOpen(Number(port), "127.0.0.1", 200)) && server.exitCode === null) await new Promise((r) => setTimeout(r, 250));
  const modes = Object.entries(serviceModes(env)).map(([service, mode]) => `${service}: ${mode}`).join(", ");
  say(`Ready in ${((Date.now() - started) / 1000).toFixed(0)} s → ${env.appUrl}  (${modes})`);
  say(`Demo logins (password "${DEMO_LOGINS.password}"): ${DEMO_LOGINS.accounts.map((a) => `${a.email} (${a.role})`).join(", ")}`);
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
