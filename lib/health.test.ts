import { afterAll, describe, expect, inject, it } from "vitest";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/health/route";
import { createDb } from "./db";
import { startEmbeddedPostgres, freePort } from "./db/embedded";
import { loadEnv } from "./env";
import { getHealth } from "./health";

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

describe("[HEALTH]", () => {
  it("answers ok in embedded mode, naming every service's mode", async () => {
    const embedded = await startEmbeddedPostgres({ port: 0 });
    stops.push(embedded.stop);
    const env = loadEnv({ BAZAAR_DATA_DIR: ".data/test", EMBEDDED_POSTGRES_PORT: String(embedded.port) });
    const client = createDb(env.database.url, { max: 1 });
    stops.push(() => client.$disconnect());
    const health = await getHealth({ env, db: client });
    expect(health).toEqual({
      status: "ok",
      services: { database: "pglite", cache: "memory", realtime: "local", jobs: "in-process", email: "outbox", uploads: "local", payments: "sandbox" },
      checks: { database: "up" },
    });
  });

  it.runIf(inject("databaseMode") === "postgres")("answers ok against a PostgreSQL server", async () => {
    const env = loadEnv({ BAZAAR_DATA_DIR: ".data/test", DATABASE_URL: inject("databaseUrl") });
    const client = createDb(env.database.url, { max: 1 });
    stops.push(() => client.$disconnect());
    const health = await getHealth({ env, db: client });
    expect(health.status).toBe("ok");
    expect(health.services.database).toBe("postgres");
  });

  it("reports degraded when the database cannot be reached", async () => {
    const closedPort = await freePort();
    const env = loadEnv({ BAZAAR_DATA_DIR: ".data/test", DATABASE_URL: `postgresql://postgres@127.0.0.1:${closedPort}/nowhere` });
    const client = createDb(env.database.url, { max: 1 });
    stops.push(() => client.$disconnect());
    const health = await getHealth({ env, db: client });
    expect(health.status).toBe("degraded");
    expect(health.checks.database).toBe("down");
  });

  it("GET /api/health answers 200 with a request id on the test database", async () => {
    const response = await GET(new NextRequest("http://localhost/api/health"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const body = await response.json();
    expect(body.status).toBe("ok");
    expect(Object.keys(body.services).sort()).toEqual(["cache", "database", "email", "jobs", "payments", "realtime", "uploads"]);
  });
});
