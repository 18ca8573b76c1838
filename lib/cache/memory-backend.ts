// The embedded cache: one process, no services. Its limiter is @upstash/ratelimit's sliding window
// (two fixed-window counters, the previous one weighted by how much of it still overlaps the
// window), transcribed from that library's Lua script so both modes allow and refuse alike.
import { LruStore } from "./lru-store";
import type { CacheBackend, WindowCheck } from "./types";

const ENTRY_CAPACITY = 10_000;
const COUNTER_CAPACITY = 10_000;

interface MemoryState {
  entries: LruStore;
  // Kept apart from entries so a burst of cache writes cannot evict someone's rate-limit counter.
  counters: LruStore;
}

// On globalThis: Next's dev server re-evaluates modules on change, and a second store would
// silently split the cache and reset every rate limit.
const globalForCache = globalThis as unknown as { bazaarMemoryCache?: MemoryState };

function state(): MemoryState {
  globalForCache.bazaarMemoryCache ??= { entries: new LruStore(ENTRY_CAPACITY), counters: new LruStore(COUNTER_CAPACITY) };
  return globalForCache.bazaarMemoryCache;
}

/** A sliding-window check against in-process counters; same arithmetic as Upstash's script. */
export function slidingWindow(counters: LruStore, identifier: string, limit: number, windowMs: number, now = Date.now()): WindowCheck {
  const currentWindow = Math.floor(now / windowMs);
  const currentKey = `${identifier}:${currentWindow}`;
  const previousKey = `${identifier}:${currentWindow - 1}`;
  const reset = (currentWindow + 1) * windowMs;

  const current = Number(counters.get(currentKey) ?? 0);
  const previous = Number(counters.get(previousKey) ?? 0);
  const weightedPrevious = Math.floor((1 - (now % windowMs) / windowMs) * previous);
  if (weightedPrevious + current >= limit) return { success: false, remaining: 0, reset };

  const next = current + 1;
  // Like the script: long enough to serve as the next window's "previous" counter, plus a second.
  counters.set(currentKey, String(next), windowMs * 2 + 1000);
  return { success: true, remaining: Math.max(0, limit - (next + weightedPrevious)), reset };
}

export function createMemoryBackend(): CacheBackend {
  const { entries, counters } = state();
  return {
    mode: "memory",
    get: async (key) => entries.get(key) ?? null,
    set: async (key, value, ttlMs) => entries.set(key, value, ttlMs),
    setIfAbsent: async (key, value) => {
      entries.setIfAbsent(key, value);
    },
    delete: async (key) => entries.delete(key),
    limit: async (prefix, identifier, limit, windowSeconds) => slidingWindow(counters, `${prefix}:${identifier}`, limit, windowSeconds * 1000),
    ping: async () => {},
  };
}
