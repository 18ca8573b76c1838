import { describe, expect, it } from "vitest";
import { db } from "../db";
import { AppError } from "../errors";
import { unique } from "../testing/factories";
import { canonicalJson } from "./canonical-json";
import { purgeExpiredIdempotencyKeys } from "./purge-expired";
import { withIdempotency } from "./with-idempotency";

const scope = () => unique("checkout:user");
const key = () => unique("key");
const counter = (answer: { status: number; body: unknown } = { status: 201, body: { ok: true } }) => {
  const calls = { count: 0 };
  const run = async () => {
    calls.count += 1;
    return answer;
  };
  return { calls, run };
};

describe("[IDEMPOTENCY]", () => {
  it("runs 100 concurrent replays of one key exactly once and answers them all alike", async () => {
    const input = { scope: scope(), key: key(), request: { cartId: "c1", lines: [{ variantId: "v1", quantity: 2 }] } };
    let runs = 0;
    const run = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 150));
      return { status: 201, body: { orderId: `order-${runs}`, placedAt: new Date("2026-11-21T10:00:00Z") } };
    };
    const results = await Promise.all(Array.from({ length: 100 }, () => withIdempotency(input, run)));
    expect(runs).toBe(1);
    for (const result of results) expect(result).toMatchObject({ status: 201, body: { orderId: "order-1", placedAt: "2026-11-21T10:00:00.000Z" } });
    expect(results.filter((r) => r.replayed)).toHaveLength(99);
    const row = await db.idempotencyKey.findUniqueOrThrow({ where: { scope_key: { scope: input.scope, key: input.key } } });
    expect(row.statusCode).toBe(201);
    expect(row.completedAt).not.toBeNull();
  });

  it("answers 422 for the same key with another body, and ignores key order", async () => {
    const s = scope();
    const k = key();
    const { calls, run } = counter();
    await withIdempotency({ scope: s, key: k, request: { a: 1, nested: { x: 1, y: [1, 2] } } }, run);
    const replay = await withIdempotency({ scope: s, key: k, request: { nested: { y: [1, 2], x: 1 }, a: 1 } }, run);
    expect(replay).toEqual({ status: 201, body: { ok: true }, replayed: true });
    const error = await withIdempotency({ scope: s, key: k, request: { a: 2, nested: { x: 1, y: [1, 2] } } }, run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "UNPROCESSABLE", status: 422, message: "This Idempotency-Key was already used for a different request" });
    expect(calls.count).toBe(1);
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: undefined })).toBe('{"b":[{"c":2,"d":1}]}');
  });

  it("stores a 4xx AppError as the API error body and replays it", async () => {
    const input = { scope: scope(), key: key(), request: { cartId: "c2" } };
    let runs = 0;
    const run = async (): Promise<{ status: number; body: unknown }> => {
      runs += 1;
      throw new AppError("OUT_OF_STOCK", "Only 1 left", { fields: { "lines.0.quantity": ["Only 1 left"] } });
    };
    const first = await withIdempotency(input, run);
    expect(first).toMatchObject({
      status: 409,
      replayed: false,
      body: { error: { code: "OUT_OF_STOCK", message: "Only 1 left", fields: { "lines.0.quantity": ["Only 1 left"] } } },
    });
    const second = await withIdempotency(input, run);
    expect(second).toEqual({ ...first, replayed: true });
    expect(runs).toBe(1);
  });

  it("removes the claim after an unexpected error so a retry runs again", async () => {
    const input = { scope: scope(), key: key(), request: { cartId: "c3" } };
    await expect(withIdempotency(input, () => Promise.reject(new Error("database went away")))).rejects.toThrow("database went away");
    await expect(withIdempotency(input, () => Promise.reject(new AppError("SERVICE_UNAVAILABLE", "Payments are down")))).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(await db.idempotencyKey.count({ where: { scope: input.scope } })).toBe(0);
    const { calls, run } = counter();
    await expect(withIdempotency(input, run)).resolves.toMatchObject({ status: 201, replayed: false });
    expect(calls.count).toBe(1);
  });

  it("runs again once the key has expired, even with another body", async () => {
    const s = scope();
    const k = key();
    const { calls, run } = counter();
    await withIdempotency({ scope: s, key: k, request: { n: 1 } }, run);
    await db.idempotencyKey.update({ where: { scope_key: { scope: s, key: k } }, data: { createdAt: new Date(Date.now() - 25 * 3600 * 1000), expiresAt: new Date(Date.now() - 1000) } });
    await expect(withIdempotency({ scope: s, key: k, request: { n: 2 } }, run)).resolves.toMatchObject({ replayed: false });
    expect(calls.count).toBe(2);
    const row = await db.idempotencyKey.findUniqueOrThrow({ where: { scope_key: { scope: s, key: k } } });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3600 * 1000);
  });

  it("keeps scopes apart", async () => {
    const k = key();
    const { calls, run } = counter();
    const a = await withIdempotency({ scope: scope(), key: k, request: { n: 1 } }, run);
    const b = await withIdempotency({ scope: scope(), key: k, request: { n: 2 } }, run);
    expect([a.replayed, b.replayed]).toEqual([false, false]);
    expect(calls.count).toBe(2);
  });

  it("answers 409 while the first request is still running, and takes over a stale claim", async () => {
    const input = { scope: scope(), key: key(), request: { n: 1 } };
    let release: () => void = () => {};
    const slow = withIdempotency(input, () => new Promise((resolve) => (release = () => resolve({ status: 201, body: { first: true } }))));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const { calls, run } = counter();
    await expect(withIdempotency(input, run, { waitTimeoutMs: 200 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "A request with this Idempotency-Key is still being processed",
    });
    release();
    await expect(slow).resolves.toMatchObject({ body: { first: true }, replayed: false });

    const stale = { scope: scope(), key: key(), request: { n: 2 } };
    const died = withIdempotency(stale, () => new Promise(() => {}));
    void died;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await db.idempotencyKey.update({ where: { scope_key: { scope: stale.scope, key: stale.key } }, data: { lockedAt: new Date(Date.now() - 120_000) } });
    await expect(withIdempotency(stale, run)).resolves.toMatchObject({ status: 201, replayed: false });
    expect(calls.count).toBe(1);
  });

  it("refuses a bad key with a field error", async () => {
    const { calls, run } = counter();
    for (const bad of ["", " padded", "x".repeat(256), "new\nline", "clé"]) {
      const error = await withIdempotency({ scope: scope(), key: bad, request: {} }, run).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "VALIDATION_FAILED", fields: { idempotencyKey: [expect.any(String)] } });
    }
    await expect(withIdempotency({ scope: scope(), key: "x".repeat(255), request: {} }, run)).resolves.toMatchObject({ replayed: false });
    expect(calls.count).toBe(1);
  });

  it("purges expired keys only", async () => {
    const s = scope();
    const { run } = counter();
    await withIdempotency({ scope: s, key: "old", request: {} }, run);
    await withIdempotency({ scope: s, key: "fresh", request: {} }, run);
    await db.idempotencyKey.update({ where: { scope_key: { scope: s, key: "old" } }, data: { createdAt: new Date(Date.now() - 25 * 3600 * 1000), expiresAt: new Date(Date.now() - 1000) } });
    expect(await purgeExpiredIdempotencyKeys()).toBeGreaterThanOrEqual(1);
    expect((await db.idempotencyKey.findMany({ where: { scope: s } })).map((r) => r.key)).toEqual(["fresh"]);
    const later = new Date(Date.now() + 25 * 3600 * 1000);
    expect(await purgeExpiredIdempotencyKeys(later)).toBeGreaterThanOrEqual(1);
    expect(await db.idempotencyKey.count({ where: { scope: s } })).toBe(0);
  });
});
