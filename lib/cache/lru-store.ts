// A bounded key/value map with per-entry expiry, for the in-process cache and rate-limit counters.
// A Map keeps insertion order, so re-inserting on every read makes its first key the least recently
// used one: eviction is O(1) and needs no linked list.

interface Entry {
  value: string;
  /** Epoch ms; Infinity for entries without a TTL. */
  expiresAt: number;
}

/** How often a full pass may drop expired entries when the store is full (reads drop them anyway). */
const SWEEP_INTERVAL_MS = 1_000;

export class LruStore {
  private readonly entries = new Map<string, Entry>();
  private lastSweep = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("LruStore capacity must be a positive integer");
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: string, ttlMs?: number): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: ttlMs === undefined ? Infinity : Date.now() + ttlMs });
    if (this.entries.size > this.capacity) this.makeRoom();
  }

  /** Keeps a live entry (and its expiry) untouched; returns whether the value was stored. */
  setIfAbsent(key: string, value: string, ttlMs?: number): boolean {
    if (this.get(key) !== undefined) return false;
    this.set(key, value, ttlMs);
    return true;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  private makeRoom(): void {
    const now = Date.now();
    // Dropping expired entries first spares live ones; rate-limited so a store full of live
    // entries doesn't pay a full scan on every insert.
    if (now - this.lastSweep >= SWEEP_INTERVAL_MS) {
      this.lastSweep = now;
      for (const [key, entry] of this.entries) {
        if (entry.expiresAt <= now) this.entries.delete(key);
      }
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(key);
    }
  }
}
