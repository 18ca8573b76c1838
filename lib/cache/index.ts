// Bazaar's cache and rate limits: Upstash Redis when UPSTASH_REDIS_REST_URL/TOKEN are set,
// otherwise a bounded store inside this process. Values are JSON; keys are prefixed "bazaar:".
// How invalidation and failures behave: lib/cache/README.md.
import { getEnv } from "../env";
import { createCache, type Cache } from "./create-cache";
import type { CacheStatus, RateLimitOptions, RateLimitResult } from "./types";

export { createCache, type Cache, type CacheOptions } from "./create-cache";
export type { CacheMode, CacheStatus, RateLimitOptions, RateLimitResult } from "./types";

let current: Cache | undefined;

function cache(): Cache {
  current ??= createCache(getEnv().cache);
  return current;
}

/** The cached value, or undefined on a miss (or when the cache cannot be reached). */
export const cacheGet = <T>(key: string): Promise<T | undefined> => cache().get<T>(key);

export const cacheSet = (key: string, value: unknown, options: { ttlSeconds: number }): Promise<void> =>
  cache().set(key, value, options);

export const cacheDelete = (key: string): Promise<void> => cache().delete(key);

/** Read-through: the cached value, or load() (shared by concurrent misses in this process), cached for ttlSeconds. */
export const remember = <T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> =>
  cache().remember(key, ttlSeconds, load);

/** The namespace's current version token. */
export const cacheVersion = (namespace: string): Promise<string> => cache().version(namespace);

/** Invalidates every versionedKey(namespace, ...) at once; returns the new version. */
export const bumpCacheVersion = (namespace: string): Promise<string> => cache().bumpVersion(namespace);

/** `namespace:v<version>:part:part`, e.g. versionedKey("catalog", "product", id). */
export const versionedKey = (namespace: string, ...parts: Array<string | number>): Promise<string> =>
  cache().versionedKey(namespace, ...parts);

/** Sliding-window rate limit: counts this request and says whether it may proceed. */
export const rateLimit = (options: RateLimitOptions): Promise<RateLimitResult> => cache().rateLimit(options);

/** Like rateLimit, but throws AppError("RATE_LIMITED", …, { retryAfterSeconds }) when refused. */
export const enforceRateLimit = (options: RateLimitOptions & { message?: string }): Promise<RateLimitResult> =>
  cache().enforceRateLimit(options);

/** For /api/health: the mode, and whether the backend answers (a PING for Upstash). */
export const cacheStatus = (): Promise<CacheStatus> => cache().status();

/** For tests that switch modes (with resetEnvForTests): the next call builds the cache again. */
export function resetCacheForTests(): void {
  current = undefined;
}
