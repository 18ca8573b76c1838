// The cache verbs, over either backend. A cache is an optimisation, so a backend that fails is
// logged and worked around (a read is a miss, a write is skipped, a rate limit lets the request
// through) rather than turning a page view into a 500. cacheStatus() is where an outage shows.
import { randomBytes } from "node:crypto";
import type { CacheConfig } from "../env";
import { AppError } from "../errors";
import { logger } from "../log";
import { createMemoryBackend } from "./memory-backend";
import type { CacheBackend, CacheStatus, RateLimitOptions, RateLimitResult } from "./types";
import { createUpstashBackend } from "./upstash-backend";

const log = logger("cache");

export interface CacheOptions {
  /** Prepended to every key; tests use a random one so runs sharing a Redis never meet. */
  keyPrefix?: string;
}

export type Cache = ReturnType<typeof createCache>;

export function createCache(config: CacheConfig, options: CacheOptions = {}) {
  const backend: CacheBackend = config.mode === "upstash" ? createUpstashBackend(config) : createMemoryBackend();
  const prefix = options.keyPrefix ?? "bazaar:";
  const entryKey = (key: string) => `${prefix}cache:${requireKey(key)}`;
  const versionKey = (namespace: string) => `${prefix}version:${requireKey(namespace, "namespace")}`;
  // Loads in progress in this process, so concurrent misses on one key share a single load.
  const inFlight = new Map<string, Promise<unknown>>();

  async function get<T>(key: string): Promise<T | undefined> {
    const fullKey = entryKey(key);
    let raw: string | null;
    try {
      raw = await backend.get(fullKey);
    } catch (error) {
      log.warn("cache read failed, treating as a miss", { key: fullKey, reason: reason(error) });
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      return JSON.parse(raw) as T;
    } catch {
      log.warn("cache entry is not JSON, treating as a miss", { key: fullKey });
      return undefined;
    }
  }

  async function set(key: string, value: unknown, { ttlSeconds }: { ttlSeconds: number }): Promise<void> {
    const fullKey = entryKey(key);
    const ttlMs = toTtlMs(ttlSeconds);
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError(`Cannot cache ${typeof value} under "${key}": values must be JSON`);
    try {
      await backend.set(fullKey, json, ttlMs);
    } catch (error) {
      log.warn("cache write failed", { key: fullKey, reason: reason(error) });
    }
  }

  async function del(key: string): Promise<void> {
    const fullKey = entryKey(key);
    try {
      await backend.delete(fullKey);
    } catch (error) {
      // Louder than a failed write: the stale entry is served until its TTL runs out.
      log.error("cache delete failed; the entry stays until its TTL expires", { key: fullKey, reason: reason(error) });
    }
  }

  /** Read-through: the cached value, or load() once (per process) and cache what it returns. */
  async function remember<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
    const fullKey = entryKey(key);
    toTtlMs(ttlSeconds); // a bad TTL should fail before the load runs, not after
    const pending = inFlight.get(fullKey);
    if (pending) return pending as Promise<T>;
    const flight = (async () => {
      const hit = await get<T>(key);
      if (hit !== undefined) return hit;
      const value = await load();
      // undefined has no JSON form; returning it uncached beats caching a lie.
      if (value !== undefined) await set(key, value, { ttlSeconds });
      return value;
    })().finally(() => inFlight.delete(fullKey));
    inFlight.set(fullKey, flight);
    return flight;
  }

  /** The namespace's current version: an opaque token that changes on every bump. */
  async function version(namespace: string): Promise<string> {
    const key = versionKey(namespace);
    try {
      const current = await backend.get(key);
      if (current !== null) return current;
      // A random token rather than a counter from 0: if the version key is ever lost (evicted,
      // flushed) a restarted count could land on a version whose old entries still exist.
      await backend.setIfAbsent(key, newVersionToken());
      const settled = await backend.get(key);
      if (settled !== null) return settled;
    } catch (error) {
      log.warn("cache version read failed; using a one-off version (a guaranteed miss)", { namespace, reason: reason(error) });
    }
    return newVersionToken();
  }

  async function bumpVersion(namespace: string): Promise<string> {
    const key = versionKey(namespace);
    const next = newVersionToken();
    try {
      await backend.set(key, next);
    } catch (error) {
      log.error("cache version bump failed; the namespace's entries stay until their TTLs expire", { namespace, reason: reason(error) });
    }
    return next;
  }

  /** A key that embeds the namespace's current version: bumpCacheVersion(namespace) orphans them all. */
  async function versionedKey(namespace: string, ...parts: Array<string | number>): Promise<string> {
    const current = await version(namespace);
    // Encoded so ("a:b", "c") and ("a", "b:c") never name the same entry.
    return [namespace, `v${current}`, ...parts.map((part) => encodeURIComponent(String(part)))].join(":");
  }

  async function rateLimit(options: RateLimitOptions): Promise<RateLimitResult> {
    const { name, key, limit, windowSeconds } = options;
    requireKey(name, "rate limit name");
    requireKey(key, "rate limit key");
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Rate limit "${name}": limit must be a positive integer`);
    if (!Number.isInteger(windowSeconds) || windowSeconds < 1) {
      throw new RangeError(`Rate limit "${name}": windowSeconds must be a positive integer`);
    }
    const now = Date.now();
    try {
      const check = await backend.limit(`${prefix}ratelimit:${name}`, key, limit, windowSeconds);
      // @upstash/ratelimit answers a timed-out check with success and reset 0.
      const reset = Math.max(check.reset, now);
      const retryAfterSeconds = check.success ? 0 : Math.max(1, Math.ceil((reset - now) / 1000));
      return { success: check.success, remaining: check.remaining, resetAt: new Date(reset), retryAfterSeconds };
    } catch (error) {
      log.warn("rate limit check failed; letting the request through", { name, reason: reason(error) });
      return { success: true, remaining: limit, resetAt: new Date(now + windowSeconds * 1000), retryAfterSeconds: 0 };
    }
  }

  /** rateLimit, but a refusal throws RATE_LIMITED (429 with Retry-After through withApi). */
  async function enforceRateLimit(options: RateLimitOptions & { message?: string }): Promise<RateLimitResult> {
    const result = await rateLimit(options);
    if (!result.success) {
      const wait = result.retryAfterSeconds === 1 ? "1 second" : `${result.retryAfterSeconds} seconds`;
      throw new AppError("RATE_LIMITED", options.message ?? `Too many requests. Try again in ${wait}.`, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
    return result;
  }

  async function status(): Promise<CacheStatus> {
    try {
      await backend.ping();
      return { mode: backend.mode, ok: true };
    } catch (error) {
      log.error("cache backend unreachable", { mode: backend.mode, reason: reason(error) });
      return { mode: backend.mode, ok: false };
    }
  }

  return { get, set, delete: del, remember, version, bumpVersion, versionedKey, rateLimit, enforceRateLimit, status };
}

function requireKey(value: string, what = "key"): string {
  if (typeof value !== "string" || value.length === 0) throw new TypeError(`Cache ${what} must be a non-empty string`);
  return value;
}

function toTtlMs(ttlSeconds: number): number {
  // Fractions are allowed (tests use sub-second TTLs); Redis takes whole milliseconds.
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) throw new RangeError("ttlSeconds must be a positive number");
  return Math.max(1, Math.ceil(ttlSeconds * 1000));
}

/** The failure without its payload: UpstashError messages end with the whole command, cached value included. */
function reason(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.replace(/, command was: [\s\S]*$/, "").slice(0, 300);
}

function newVersionToken(): string {
  return randomBytes(6).toString("base64url");
}
