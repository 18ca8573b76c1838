// The production cache: Upstash Redis over its REST API, rate limits through @upstash/ratelimit.
import { Ratelimit } from "@upstash/ratelimit";
import { Redis } from "@upstash/redis";
import type { CacheBackend } from "./types";

/** Caps @upstash/ratelimit's in-process list of blocked identifiers, which it never prunes itself. */
const BLOCKED_IDENTIFIERS_CAP = 10_000;

class BoundedMap<K, V> extends Map<K, V> {
  override set(key: K, value: V): this {
    // Entries only save a round trip for an identifier already refused; forgetting them is harmless.
    if (this.size >= BLOCKED_IDENTIFIERS_CAP && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

export function createUpstashBackend(config: { url: string; token: string }): CacheBackend {
  const redis = new Redis({
    url: config.url,
    token: config.token,
    // We store JSON text we serialized ourselves and parse it on the way out. The SDK's own
    // (de)serializing turns a stored string like "123" back into the number 123.
    automaticDeserialization: false,
    // Base64 responses guard against values that are not valid UTF-8; ours are always our own JSON.
    responseEncoding: false,
    // The SDK's default (5 retries, exponential backoff) holds a request ~4 s during an outage,
    // where a cache should give up fast and let the caller load from the database.
    retry: { retries: 2, backoff: (attempt) => 50 * 2 ** attempt },
  });

  // One limiter per (name, limit, window): constructing them is cheap, but each keeps its own
  // cache of refused identifiers, which only helps if the instance lives across requests.
  const limiters = new Map<string, Ratelimit>();
  const limiterFor = (prefix: string, limit: number, windowSeconds: number): Ratelimit => {
    const id = `${prefix}|${limit}|${windowSeconds}`;
    let limiter = limiters.get(id);
    if (!limiter) {
      limiter = new Ratelimit({
        redis,
        limiter: Ratelimit.slidingWindow(limit, `${windowSeconds} s`),
        prefix,
        ephemeralCache: new BoundedMap<string, number>(),
        analytics: false,
      });
      limiters.set(id, limiter);
    }
    return limiter;
  };

  return {
    mode: "upstash",
    get: (key) => redis.get<string>(key),
    set: async (key, value, ttlMs) => {
      await (ttlMs === undefined ? redis.set(key, value) : redis.set(key, value, { px: ttlMs }));
    },
    setIfAbsent: async (key, value) => {
      await redis.set(key, value, { nx: true });
    },
    delete: async (key) => {
      await redis.del(key);
    },
    limit: async (prefix, identifier, limit, windowSeconds) => {
      const { success, remaining, reset } = await limiterFor(prefix, limit, windowSeconds).limit(identifier);
      return { success, remaining, reset };
    },
    ping: async () => {
      const reply = await redis.ping();
      if (reply !== "PONG") throw new Error(`Unexpected PING reply from Upstash: ${String(reply)}`);
    },
  };
}
