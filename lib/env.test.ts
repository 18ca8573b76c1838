import { describe, expect, it } from "vitest";
import { EnvError, loadEnv, serviceModes } from "./env";

const base = { BAZAAR_DATA_DIR: ".data/test-env" };

function problems(source: Record<string, string>): string[] {
  try {
    loadEnv({ ...base, ...source });
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("[ENV]", () => {
  it("runs every service embedded when nothing is configured", () => {
    const env = loadEnv(base);
    expect(serviceModes(env)).toEqual({
      database: "pglite",
      cache: "memory",
      realtime: "local",
      jobs: "in-process",
      email: "outbox",
      uploads: "local",
      payments: "sandbox",
    });
    expect(env.database.url).toMatch(/^postgresql:\/\/postgres:postgres@127\.0\.0\.1:\d+\/postgres$/);
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
  });

  it("switches each service to its configured client when its keys are set", () => {
    const env = loadEnv({
      ...base,
      DATABASE_URL: "postgresql://bazaar@db.example:5432/bazaar",
      UPSTASH_REDIS_REST_URL: "https://eu1-example.upstash.io",
      UPSTASH_REDIS_REST_TOKEN: "token",
      PUSHER_APP_ID: "1",
      PUSHER_KEY: "key",
      PUSHER_SECRET: "secret",
      PUSHER_CLUSTER: "eu",
      INNGEST_EVENT_KEY: "event",
      INNGEST_SIGNING_KEY: "signkey-prod-123",
      RESEND_API_KEY: "re_123",
      EMAIL_FROM: "Bazaar <shop@example.com>",
      UPLOADTHING_TOKEN: "ut",
      AUTH_SECRET: "x".repeat(40),
    });
    expect(serviceModes(env)).toMatchObject({
      database: "postgres",
      cache: "upstash",
      realtime: "pusher",
      jobs: "inngest",
      email: "resend",
      uploads: "uploadthing",
    });
  });

  it("names the missing partner of a key", () => {
    expect(problems({ UPSTASH_REDIS_REST_URL: "https://x.upstash.io" })).toEqual([
      "UPSTASH_REDIS_REST_TOKEN must be set when UPSTASH_REDIS_REST_URL is set",
    ]);
    expect(problems({ PUSHER_KEY: "k" })[0]).toContain("PUSHER_APP_ID, PUSHER_SECRET must be set");
    expect(problems({ INNGEST_SIGNING_KEY: "s" })).toEqual(["INNGEST_EVENT_KEY must be set when INNGEST_SIGNING_KEY is set"]);
    expect(problems({ RESEND_API_KEY: "re_1" })[0]).toContain("EMAIL_FROM");
  });

  it("refuses malformed URLs and ports, naming the variable", () => {
    expect(problems({ DATABASE_URL: "not a url" })).toEqual(["DATABASE_URL is not a valid URL"]);
    expect(problems({ DATABASE_URL: "mysql://x@y/z" })[0]).toMatch(/^DATABASE_URL must be a postgres: or postgresql: URL/);
    expect(problems({ EMBEDDED_POSTGRES_PORT: "99999" })).toEqual(["EMBEDDED_POSTGRES_PORT must be a port number between 1 and 65535"]);
  });

  it("requires AUTH_SECRET in production with an external database", () => {
    expect(problems({ NODE_ENV: "production", DATABASE_URL: "postgresql://a@b/c" })[0]).toMatch(/^AUTH_SECRET must be set/);
    expect(problems({ AUTH_SECRET: "short" })).toEqual(["AUTH_SECRET must be at least 32 characters"]);
  });

  it("reports every problem at once", () => {
    expect(problems({ DATABASE_URL: "nope", PUSHER_KEY: "k", UPLOADTHING_TOKEN: "" })).toHaveLength(2);
  });
});
