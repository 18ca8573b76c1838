// The in-process store's bounds and the memory limiter's arithmetic, on a controlled clock.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LruStore } from "./lru-store";
import { slidingWindow } from "./memory-backend";

beforeEach(() => {
  vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("[CACHE] LruStore", () => {
  it("evicts the least recently used entry beyond its capacity", () => {
    const store = new LruStore(3);
    store.set("a", "1");
    store.set("b", "2");
    store.set("c", "3");
    expect(store.get("a")).toBe("1"); // a is now the most recently used
    store.set("d", "4");
    expect(store.size).toBe(3);
    expect(store.get("b")).toBeUndefined();
    expect([store.get("a"), store.get("c"), store.get("d")]).toEqual(["1", "3", "4"]);
  });

  it("honours TTLs and drops expired entries before live ones when full", () => {
    const store = new LruStore(3);
    store.set("short", "x", 1_000);
    store.set("live-1", "y");
    store.set("live-2", "z", 60_000);
    vi.advanceTimersByTime(1_000);
    expect(store.get("short")).toBeUndefined();
    store.set("short-2", "x", 500);
    vi.advanceTimersByTime(600);
    store.set("live-3", "w"); // full: the expired short-2 goes, not the oldest live entry
    expect(store.size).toBe(3);
    expect([store.get("live-1"), store.get("live-2"), store.get("live-3")]).toEqual(["y", "z", "w"]);
  });

  it("setIfAbsent keeps a live value and replaces an expired one", () => {
    const store = new LruStore(10);
    expect(store.setIfAbsent("k", "first", 1_000)).toBe(true);
    expect(store.setIfAbsent("k", "second")).toBe(false);
    expect(store.get("k")).toBe("first");
    vi.advanceTimersByTime(1_000);
    expect(store.setIfAbsent("k", "third")).toBe(true);
    expect(store.get("k")).toBe("third");
  });
});

describe("[CACHE] memory sliding window", () => {
  const windowMs = 10_000;

  it("weights the previous window by how much of it still overlaps, like Upstash's script", () => {
    const counters = new LruStore(100);
    const start = Math.ceil(Date.now() / windowMs) * windowMs; // a window boundary
    vi.setSystemTime(start + 9_000);
    for (let i = 0; i < 4; i++) expect(slidingWindow(counters, "ip", 4, windowMs).success).toBe(true);
    expect(slidingWindow(counters, "ip", 4, windowMs)).toEqual({ success: false, remaining: 0, reset: start + windowMs });

    // 25% into the next window, 75% of the previous 4 requests still count: floor(3) = 3, one left.
    vi.setSystemTime(start + windowMs + 2_500);
    expect(slidingWindow(counters, "ip", 4, windowMs)).toEqual({ success: true, remaining: 0, reset: start + 2 * windowMs });
    expect(slidingWindow(counters, "ip", 4, windowMs).success).toBe(false);

    // Two windows later nothing of the burst remains.
    vi.setSystemTime(start + 3 * windowMs);
    expect(slidingWindow(counters, "ip", 4, windowMs)).toEqual({ success: true, remaining: 3, reset: start + 4 * windowMs });
  });
});
