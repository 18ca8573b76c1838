// Runs once per `vitest run`: gives the tests a real, empty, migrated PostgreSQL.
// With DATABASE_URL set, a dedicated `bazaar_vitest` database on that server (dropped and created
// again, so every run starts clean); otherwise an embedded PGlite server for the run.
import pg from "pg";
import type { TestProject } from "vitest/node";
import { poolConfig, withDatabase } from "../db/adapter";
import { startEmbeddedPostgres } from "../db/embedded";
import { runMigrations } from "../db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseMode: "postgres" | "pglite";
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  let databaseUrl: string;
  let teardown: (() => Promise<void>) | undefined;
  if (serverUrl) {
    // VITEST_DB_NAME lets two runs share one server without dropping each other's database.
    const name = process.env.VITEST_DB_NAME ?? "bazaar_vitest";
    const admin = new pg.Client(poolConfig(serverUrl));
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    databaseUrl = withDatabase(serverUrl, name);
  } else {
    const embedded = await startEmbeddedPostgres({ port: 0 });
    databaseUrl = embedded.url;
    teardown = embedded.stop;
  }
  await runMigrations(databaseUrl, { quiet: true });
  project.provide("databaseUrl", databaseUrl);
  project.provide("databaseMode", serverUrl ? "postgres" : "pglite");
  return teardown;
}
