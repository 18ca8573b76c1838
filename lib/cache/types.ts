// The seam between the cache verbs and the two places data can live (Upstash or this process).
import type { CacheConfig } from "../env";

export type CacheMode = CacheConfig["mode"];

export interface RateLimitOptions {
  /** What is being limited, e.g. "sign-in" or "checkout": counters are kept per name. */
  name: string;
  /** Who is being limited within that name, e.g. an IP address or a user id. */
  key: string;
  /** Requests allowed per window (a positive integer). */
  limit: number;
  /** Window length in whole seconds. */
  windowSeconds: number;
}

export interface RateLimitResult {
  success: boolean;
  /** Requests left in the current window (0 once refused). */
  remaining: number;
  /** When the current window ends. */
  resetAt: Date;
  /** 0 when allowed; otherwise whole seconds to wait, at least 1 (the Retry-After header). */
  retryAfterSeconds: number;
}

export interface CacheStatus {
  mode: CacheMode;
  ok: boolean;
}

/** One sliding-window check, in @upstash/ratelimit's own terms (reset is epoch ms). */
export interface WindowCheck {
  success: boolean;
  remaining: number;
  reset: number;
}

/** Raw string storage plus a sliding-window limiter; the verbs in create-cache.ts add JSON, prefixes and fail-soft. */
export interface CacheBackend {
  readonly mode: CacheMode;
  get(key: string): Promise<string | null>;
  /** Without ttlMs the entry lives until deleted (or evicted). */
  set(key: string, value: string, ttlMs?: number): Promise<void>;
  /** Stores the value only if the key holds nothing. */
  setIfAbsent(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** Counts one request for `identifier` against `limit` per window; counters live under `prefix`. */
  limit(prefix: string, identifier: string, limit: number, windowSeconds: number): Promise<WindowCheck>;
  /** Throws when the backend cannot be reached or refuses us. */
  ping(): Promise<void>;
}
