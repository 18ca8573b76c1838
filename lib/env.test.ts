import { existsSync } from "node:fs";
import path from "node:path";
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

describe("[ENV] payments", () => {
  const stripe = { STRIPE_SECRET_KEY: "sk_test_123", STRIPE_WEBHOOK_SECRET: "whsec_456" };

  it("uses the sandbox, with its secret, when Stripe is not configured", () => {
    expect(loadEnv({ ...base, SANDBOX_PAYMENTS_SECRET: "sandbox-secret" }).payments).toEqual({ mode: "sandbox", sandboxSecret: "sandbox-secret" });
    const generated = loadEnv(base).payments;
    expect(generated.mode).toBe("sandbox");
    expect(generated.sandboxSecret!.length).toBeGreaterThanOrEqual(32);
  });

  it("switches to Stripe when both keys are set, keeping the sandbox secret for payments already started", () => {
    const env = loadEnv({ ...base, ...stripe, SANDBOX_PAYMENTS_SECRET: "sandbox-secret" });
    expect(serviceModes(env).payments).toBe("stripe");
    expect(env.payments).toEqual({ mode: "stripe", secretKey: "sk_test_123", webhookSecret: "whsec_456", sandboxSecret: "sandbox-secret" });
    expect(loadEnv({ ...base, ...stripe, STRIPE_API_BASE: "http://127.0.0.1:12111/" }).payments).toMatchObject({ apiBase: "http://127.0.0.1:12111" });
  });

  it("in Stripe mode reads the sandbox secret from an existing local-secrets file but never creates one", () => {
    const fresh = { ...stripe, BAZAAR_DATA_DIR: `.data/test-env-${Date.now()}-${Math.random().toString(36).slice(2)}` };
    const configured = { AUTH_SECRET: "x".repeat(40), PUSHER_APP_ID: "1", PUSHER_KEY: "k", PUSHER_SECRET: "s", PUSHER_CLUSTER: "eu" };
    expect(loadEnv({ ...fresh, ...configured }).payments.sandboxSecret).toBeUndefined();
    expect(existsSync(path.resolve(fresh.BAZAAR_DATA_DIR, "local-secrets.json"))).toBe(false);
    expect(loadEnv(base).payments.sandboxSecret).toBe(loadEnv({ ...base, ...stripe }).payments.sandboxSecret);
  });

  it("names the missing Stripe key, and refuses swapped keys and a bad STRIPE_API_BASE", () => {
    expect(problems({ STRIPE_SECRET_KEY: "sk_test_1" })).toEqual(["STRIPE_WEBHOOK_SECRET must be set when STRIPE_SECRET_KEY is set"]);
    expect(problems({ STRIPE_WEBHOOK_SECRET: "whsec_1" })).toEqual(["STRIPE_SECRET_KEY must be set when STRIPE_WEBHOOK_SECRET is set"]);
    expect(problems({ STRIPE_SECRET_KEY: "whsec_1", STRIPE_WEBHOOK_SECRET: "sk_test_1" })).toEqual([
      "STRIPE_SECRET_KEY must be a Stripe secret key (sk_… or rk_…)",
      "STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)",
    ]);
    expect(problems({ ...stripe, STRIPE_API_BASE: "ftp://x" })[0]).toMatch(/^STRIPE_API_BASE must be a http: or https: URL/);
    expect(problems({ STRIPE_API_BASE: "http://127.0.0.1:12111" })).toEqual(["STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set when STRIPE_API_BASE is set"]);
  });
});
