// The one place Bazaar reads process.env. Every outside service picks its mode here:
// configured (keys present) or embedded (nothing set: runs on a laptop with only Node).
// Domain code calls getEnv(); it never touches process.env itself.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type DatabaseConfig =
  | { mode: "postgres"; url: string }
  | { mode: "pglite"; url: string; port: number; dataDir: string };

export type CacheConfig = { mode: "upstash"; url: string; token: string } | { mode: "memory" };

export type RealtimeConfig = {
  mode: "pusher" | "local";
  appId: string;
  key: string;
  secret: string;
  cluster: string;
  /** Server-side host/port for the HTTP trigger API; unset for Pusher's own cluster hosts. */
  host?: string;
  port?: number;
  useTLS: boolean;
};

export type JobsConfig = { mode: "inngest"; eventKey: string; signingKey: string } | { mode: "in-process" };
export type EmailConfig = { mode: "resend"; apiKey: string; from: string } | { mode: "outbox"; from: string };
export type UploadsConfig = { mode: "uploadthing"; token: string } | { mode: "local"; dir: string };
/** Stripe's keys; `apiBase` points the SDK at another server (a local stand-in in tests). */
export type StripePaymentsConfig = { mode: "stripe"; secretKey: string; webhookSecret: string; apiBase?: string };
/**
 * New payments go to Stripe when both of its keys are set, else to the sandbox. The sandbox secret
 * outlives a switch to Stripe so sandbox payments started before it still settle; in Stripe mode it is
 * only read (SANDBOX_PAYMENTS_SECRET or an existing local-secrets file), never created.
 */
export type PaymentsConfig = { mode: "sandbox"; sandboxSecret: string } | (StripePaymentsConfig & { sandboxSecret?: string });

/**
 * Who the client is. `direct`: the TCP peer (nothing in front of Bazaar, or a proxy that does not
 * append to X-Forwarded-For). `hops`: behind that many trusted proxies, each appending the address
 * it received from; the client is that many hops from the right of X-Forwarded-For. `vercel`: the
 * platform's own header, which Vercel overwrites on every request.
 */
export type ClientAddressConfig = { mode: "direct" } | { mode: "hops"; hops: number } | { mode: "vercel" };

export interface Env {
  nodeEnv: "development" | "production" | "test";
  appUrl: string;
  /** Whether APP_URL was set: without it, links a visitor follows use the host they came on (if allowed). */
  appUrlConfigured: boolean;
  /** Host names (lower case) a visitor's Host header may name for links and redirects when APP_URL is unset. */
  allowedHosts: string[];
  clientAddress: ClientAddressConfig;
  dataDir: string;
  authSecret: string;
  oauth: { google?: { id: string; secret: string }; github?: { id: string; secret: string } };
  database: DatabaseConfig;
  cache: CacheConfig;
  realtime: RealtimeConfig;
  jobs: JobsConfig;
  email: EmailConfig;
  uploads: UploadsConfig;
  payments: PaymentsConfig;
  logLevel: "debug" | "info" | "warn" | "error";
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Bazaar cannot start, the environment is misconfigured:\n  - ${problems.join("\n  - ")}`);
    this.name = "EnvError";
  }
}

type Source = Record<string, string | undefined>;

const DEFAULT_EMBEDDED_DB_PORT = 54329;
const DEFAULT_LOCAL_REALTIME_PORT = 6001;

/** Reads and validates an environment. Pure apart from the local-secrets file for embedded mode. */
export function loadEnv(source: Source = process.env): Env {
  const problems: string[] = [];
  const get = (name: string) => {
    const value = source[name]?.trim();
    return value ? value : undefined;
  };
  // Variables that only make sense together: naming the missing partner is the whole message.
  const group = <K extends string>(names: readonly K[]): Record<K, string> | undefined => {
    const present = names.filter((n) => get(n));
    if (present.length === 0) return undefined;
    const missing = names.filter((n) => !get(n));
    if (missing.length > 0) {
      problems.push(`${missing.join(", ")} must be set when ${present.join(", ")} ${present.length > 1 ? "are" : "is"} set`);
      return undefined;
    }
    return Object.fromEntries(names.map((n) => [n, get(n)!])) as Record<K, string>;
  };
  const url = (name: string, protocols: string[]): string | undefined => {
    const value = get(name);
    if (!value) return undefined;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        problems.push(`${name} must be a ${protocols.join(" or ")} URL (got ${parsed.protocol})`);
        return undefined;
      }
      return value;
    } catch {
      problems.push(`${name} is not a valid URL`);
      return undefined;
    }
  };
  const port = (name: string, fallback: number): number => {
    const value = get(name);
    if (!value) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 65535) {
      problems.push(`${name} must be a port number between 1 and 65535`);
      return fallback;
    }
    return n;
  };

  const nodeEnvRaw = get("NODE_ENV") ?? "development";
  const nodeEnv = (["development", "production", "test"].includes(nodeEnvRaw) ? nodeEnvRaw : "development") as Env["nodeEnv"];
  // turbopackIgnore: a run-time path; the build must not try to trace the files below it.
  const dataDir = path.resolve(/* turbopackIgnore: true */ process.cwd(), get("BAZAAR_DATA_DIR") ?? ".data");
  const appUrl = url("APP_URL", ["http:", "https:"]) ?? `http://localhost:${port("PORT", 3000)}`;
  const allowedHosts = [
    "localhost",
    "127.0.0.1",
    "[::1]",
    ...(get("ALLOWED_HOSTS") ?? "").split(",").map((host) => host.trim().toLowerCase()).filter(Boolean),
  ];
  const trustedProxies = get("TRUSTED_PROXIES") ?? "0";
  let clientAddress: ClientAddressConfig = { mode: "direct" };
  if (trustedProxies === "vercel") clientAddress = { mode: "vercel" };
  else if (/^\d{1,2}$/.test(trustedProxies)) clientAddress = Number(trustedProxies) === 0 ? { mode: "direct" } : { mode: "hops", hops: Number(trustedProxies) };
  else problems.push('TRUSTED_PROXIES must be the number of proxies in front of Bazaar (0–99) or "vercel"');
  const logLevelRaw = get("LOG_LEVEL") ?? "info";
  if (!["debug", "info", "warn", "error"].includes(logLevelRaw)) problems.push("LOG_LEVEL must be debug, info, warn or error");

  // Database
  let database: DatabaseConfig;
  const databaseUrl = url("DATABASE_URL", ["postgres:", "postgresql:"]);
  if (databaseUrl) {
    database = { mode: "postgres", url: databaseUrl };
  } else {
    const dbPort = port("EMBEDDED_POSTGRES_PORT", DEFAULT_EMBEDDED_DB_PORT);
    database = {
      mode: "pglite",
      port: dbPort,
      url: `postgresql://postgres:postgres@127.0.0.1:${dbPort}/postgres`,
      dataDir: path.join(dataDir, "pglite"),
    };
  }

  // Cache and rate limits
  const upstash = group(["UPSTASH_REDIS_REST_URL", "UPSTASH_REDIS_REST_TOKEN"] as const);
  const upstashUrl = upstash ? url("UPSTASH_REDIS_REST_URL", ["http:", "https:"]) : undefined;
  const cache: CacheConfig =
    upstash && upstashUrl ? { mode: "upstash", url: upstashUrl, token: upstash.UPSTASH_REDIS_REST_TOKEN } : { mode: "memory" };

  // Embedded services share secrets between the start script's process and the app's: kept on disk.
  const needsLocalSecrets = () => localSecrets(dataDir);

  // Realtime
  const pusher = group(["PUSHER_APP_ID", "PUSHER_KEY", "PUSHER_SECRET"] as const);
  if (!pusher && (get("PUSHER_CLUSTER") || get("PUSHER_HOST"))) {
    problems.push("PUSHER_APP_ID, PUSHER_KEY and PUSHER_SECRET must be set when PUSHER_CLUSTER or PUSHER_HOST is set");
  }
  let realtime: RealtimeConfig;
  if (pusher) {
    const host = get("PUSHER_HOST");
    if (!host && !get("PUSHER_CLUSTER")) problems.push("PUSHER_CLUSTER (or PUSHER_HOST for a self-hosted server) must be set when PUSHER_KEY is set");
    realtime = {
      mode: "pusher",
      appId: pusher.PUSHER_APP_ID,
      key: pusher.PUSHER_KEY,
      secret: pusher.PUSHER_SECRET,
      cluster: get("PUSHER_CLUSTER") ?? "mt1",
      host,
      port: host ? port("PUSHER_PORT", 443) : undefined,
      useTLS: (get("PUSHER_USE_TLS") ?? "true") !== "false",
    };
  } else {
    realtime = {
      mode: "local",
      appId: "bazaar",
      key: "bazaar-local",
      secret: needsLocalSecrets().realtime,
      cluster: "local",
      host: "127.0.0.1",
      port: port("LOCAL_REALTIME_PORT", DEFAULT_LOCAL_REALTIME_PORT),
      useTLS: false,
    };
  }

  // Jobs
  const inngest = group(["INNGEST_EVENT_KEY", "INNGEST_SIGNING_KEY"] as const);
  const jobs: JobsConfig = inngest
    ? { mode: "inngest", eventKey: inngest.INNGEST_EVENT_KEY, signingKey: inngest.INNGEST_SIGNING_KEY }
    : { mode: "in-process" };

  // Email
  const from = get("EMAIL_FROM") ?? "Bazaar <no-reply@bazaar.local>";
  const resendKey = get("RESEND_API_KEY");
  if (resendKey && !get("EMAIL_FROM")) problems.push("EMAIL_FROM must be set when RESEND_API_KEY is set (a sender on a domain verified with Resend)");
  const email: EmailConfig = resendKey ? { mode: "resend", apiKey: resendKey, from } : { mode: "outbox", from };

  // Uploads
  const uploadthingToken = get("UPLOADTHING_TOKEN");
  const uploads: UploadsConfig = uploadthingToken
    ? { mode: "uploadthing", token: uploadthingToken }
    : { mode: "local", dir: path.join(dataDir, "uploads") };

  // Payments
  const stripeKeys = group(["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"] as const);
  const stripeApiBase = url("STRIPE_API_BASE", ["http:", "https:"]);
  if (!stripeKeys && get("STRIPE_API_BASE") && !get("STRIPE_SECRET_KEY") && !get("STRIPE_WEBHOOK_SECRET")) {
    problems.push("STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET must be set when STRIPE_API_BASE is set");
  }
  // Swapping the two keys is an easy mistake, and Stripe's prefixes make it easy to catch here.
  if (stripeKeys && !/^(sk|rk)_/.test(stripeKeys.STRIPE_SECRET_KEY)) problems.push("STRIPE_SECRET_KEY must be a Stripe secret key (sk_… or rk_…)");
  if (stripeKeys && !stripeKeys.STRIPE_WEBHOOK_SECRET.startsWith("whsec_")) problems.push("STRIPE_WEBHOOK_SECRET must be a webhook signing secret (whsec_…)");
  const payments: PaymentsConfig = stripeKeys
    ? {
        mode: "stripe",
        secretKey: stripeKeys.STRIPE_SECRET_KEY,
        webhookSecret: stripeKeys.STRIPE_WEBHOOK_SECRET,
        ...(stripeApiBase ? { apiBase: stripeApiBase.replace(/\/$/, "") } : {}),
        sandboxSecret: get("SANDBOX_PAYMENTS_SECRET") ?? localSecrets(dataDir, { create: false })?.payments,
      }
    : { mode: "sandbox", sandboxSecret: get("SANDBOX_PAYMENTS_SECRET") ?? needsLocalSecrets().payments };

  // Auth
  const oauth: Env["oauth"] = {};
  const google = group(["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"] as const);
  if (google) oauth.google = { id: google.AUTH_GOOGLE_ID, secret: google.AUTH_GOOGLE_SECRET };
  const github = group(["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"] as const);
  if (github) oauth.github = { id: github.AUTH_GITHUB_ID, secret: github.AUTH_GITHUB_SECRET };
  let authSecret = get("AUTH_SECRET");
  if (authSecret && authSecret.length < 32) problems.push("AUTH_SECRET must be at least 32 characters");
  if (!authSecret) {
    if (nodeEnv === "production" && database.mode === "postgres") {
      problems.push("AUTH_SECRET must be set in production with an external database (generate one: openssl rand -base64 32)");
    }
    authSecret = needsLocalSecrets().auth;
  }

  if (problems.length > 0) throw new EnvError(problems);
  return {
    nodeEnv,
    appUrl: appUrl.replace(/\/$/, ""),
    appUrlConfigured: Boolean(get("APP_URL")),
    allowedHosts,
    clientAddress,
    dataDir,
    authSecret,
    oauth,
    database,
    cache,
    realtime,
    jobs,
    email,
    uploads,
    payments,
    logLevel: logLevelRaw as Env["logLevel"],
  };
}

interface LocalSecrets {
  auth: string;
  realtime: string;
  payments: string;
}

const secretsCache = new Map<string, LocalSecrets>();

/**
 * Secrets for the embedded services, generated once per data directory and kept in it. With
 * `create: false` an absent file stays absent (undefined): a fully configured deployment writes nothing.
 */
function localSecrets(dataDir: string): LocalSecrets;
function localSecrets(dataDir: string, options: { create: false }): LocalSecrets | undefined;
function localSecrets(dataDir: string, { create = true }: { create?: boolean } = {}): LocalSecrets | undefined {
  const cached = secretsCache.get(dataDir);
  if (cached) return cached;
  const file = path.join(dataDir, "local-secrets.json");
  let secrets: LocalSecrets | undefined;
  if (existsSync(file)) {
    secrets = JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  } else if (!create) {
    return undefined;
  } else {
    const make = () => randomBytes(32).toString("base64url");
    secrets = { auth: make(), realtime: make(), payments: make() };
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process (the start script and the app start together) wrote it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      secrets = JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
    }
  }
  secretsCache.set(dataDir, secrets);
  return secrets;
}

let current: Env | undefined;

export function getEnv(): Env {
  current ??= loadEnv();
  return current;
}

/** For tests that switch modes: forget the parsed env so the next getEnv() reads it again. */
export function resetEnvForTests(): void {
  current = undefined;
}

/** What /api/health reports for each service. */
export function serviceModes(env: Env) {
  return {
    database: env.database.mode,
    cache: env.cache.mode,
    realtime: env.realtime.mode === "pusher" && env.realtime.host ? "pusher-self-hosted" : env.realtime.mode,
    jobs: env.jobs.mode,
    email: env.email.mode,
    uploads: env.uploads.mode,
    payments: env.payments.mode,
  } as const;
}
