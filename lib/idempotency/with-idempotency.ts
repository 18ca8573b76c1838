// Runs a request once per (scope, Idempotency-Key): the first caller claims the key with an
// INSERT … ON CONFLICT DO NOTHING and runs; replays within 24 h get the stored status and body.
// Concurrent callers wait for the claimer instead of running a second time.
import "server-only";
import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import type { ApiErrorBody } from "../api/handler";
import { db, Prisma } from "../db";
import { AppError, toAppError } from "../errors";
import { currentRequestId, logger, newRequestId } from "../log";
import { requestHash, toJsonValue } from "./canonical-json";
import { ZIdempotencyKey } from "./idempotency.schema";

const log = logger("idempotency");

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/** A claim this old without an answer belongs to a process that died; another may take it over. */
export const STALE_CLAIM_MS = 60_000;
const WAIT_TIMEOUT_MS = 10_000;

export { ZIdempotencyKey };

export interface IdempotentResponse {
  status: number;
  body: unknown;
}

export interface IdempotentResult extends IdempotentResponse {
  /** True when the answer came from an earlier run of the same request. */
  replayed: boolean;
}

export interface WithIdempotencyInput {
  /** Who the key belongs to, e.g. `checkout:<userId>`: the same key in two scopes never collides. */
  scope: string;
  key: string;
  /** What identifies the request (usually its body); key order does not matter. */
  request: unknown;
}

export interface WithIdempotencyOptions {
  waitTimeoutMs?: number;
  staleClaimMs?: number;
}

/** 5xx and rate limits are transient: the claim is released so a retry runs again. */
const isTransient = (status: number) => status >= 500 || status === 429;

function errorBody(error: AppError): ApiErrorBody {
  const requestId = currentRequestId() ?? newRequestId();
  return { error: { code: error.code, message: error.message, requestId, ...(error.fields ? { fields: error.fields } : {}) } };
}

function parseKey(key: unknown): string {
  const parsed = ZIdempotencyKey.safeParse(key);
  if (parsed.success) return parsed.data;
  // One message is enough: an empty key is also "not printable", which says nothing new.
  const message = parsed.error.issues[0]?.message ?? "Idempotency-Key is invalid";
  throw new AppError("VALIDATION_FAILED", "The Idempotency-Key header is invalid", { fields: { idempotencyKey: [message] } });
}

/**
 * Runs `run` at most once per (scope, key) within 24 h and answers every call with the same
 * status and body. An AppError below 500 is stored as the API's JSON error body and replayed;
 * a 5xx, 429 or unexpected error removes the claim (thrown errors are rethrown).
 * The same key with a different request → 422; still running after the wait → 409.
 */
export async function withIdempotency(
  input: WithIdempotencyInput,
  run: () => Promise<IdempotentResponse>,
  options: WithIdempotencyOptions = {},
): Promise<IdempotentResult> {
  const key = parseKey(input.key);
  const scope = z.string().min(1).max(255).parse(input.scope);
  const hash = requestHash(input.request);
  const staleClaimMs = options.staleClaimMs ?? STALE_CLAIM_MS;
  const deadline = Date.now() + (options.waitTimeoutMs ?? WAIT_TIMEOUT_MS);
  let delay = 20;

  for (;;) {
    const now = new Date();
    const { count } = await db.idempotencyKey.createMany({
      data: [{ id: randomUUID(), scope, key, requestHash: hash, lockedAt: now, createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) }],
      skipDuplicates: true,
    });
    if (count === 1) return execute({ scope, key }, now, run);

    const existing = await db.idempotencyKey.findUnique({ where: { scope_key: { scope, key } } });
    if (!existing) continue; // released or purged between the insert and the read: claim again
    if (existing.expiresAt <= now) {
      // Expired: only the row we saw is removed, so of several callers one wins the next claim.
      await db.idempotencyKey.deleteMany({ where: { id: existing.id, expiresAt: existing.expiresAt } });
      continue;
    }
    if (existing.requestHash !== hash) {
      throw new AppError("UNPROCESSABLE", "This Idempotency-Key was already used for a different request", {
        fields: { idempotencyKey: ["Use a new Idempotency-Key for a different request"] },
      });
    }
    if (existing.completedAt && existing.statusCode !== null) {
      return { status: existing.statusCode, body: existing.responseBody, replayed: true };
    }
    if (!existing.lockedAt || existing.lockedAt.getTime() < now.getTime() - staleClaimMs) {
      const takeover = await db.idempotencyKey.updateMany({
        where: { id: existing.id, lockedAt: existing.lockedAt, completedAt: null },
        data: { lockedAt: now },
      });
      if (takeover.count === 1) {
        log.warn("took over a stale idempotency claim", { idempotencyScope: scope, idempotencyKey: key });
        return execute({ scope, key }, now, run);
      }
      continue;
    }
    if (Date.now() + delay > deadline) {
      throw new AppError("CONFLICT", "A request with this Idempotency-Key is still being processed", { retryAfterSeconds: 1 });
    }
    await sleep(delay);
    delay = Math.min(Math.round(delay * 1.5), 250);
  }
}

async function execute(
  where: { scope: string; key: string },
  lockedAt: Date,
  run: () => Promise<IdempotentResponse>,
): Promise<IdempotentResult> {
  // The claim is ours while lockedAt is the value we set; a stale takeover changes it.
  const ours = { scope: where.scope, key: where.key, lockedAt, completedAt: null };
  let response: IdempotentResponse;
  try {
    response = await run();
  } catch (error) {
    const appError = toAppError(error);
    if (isTransient(appError.status)) {
      await db.idempotencyKey.deleteMany({ where: ours }).catch((cleanup: unknown) => log.error("could not release idempotency claim", { error: cleanup }));
      throw error;
    }
    response = { status: appError.status, body: errorBody(appError) };
  }
  const body = toJsonValue(response.body);
  if (isTransient(response.status)) {
    await db.idempotencyKey.deleteMany({ where: ours });
    return { status: response.status, body, replayed: false };
  }
  const stored = await db.idempotencyKey.updateMany({
    where: ours,
    data: { statusCode: response.status, responseBody: body === null ? Prisma.JsonNull : (body as Prisma.InputJsonValue), completedAt: new Date() },
  });
  if (stored.count === 0) log.warn("idempotency claim was taken over before the answer was stored", { idempotencyScope: where.scope, idempotencyKey: where.key });
  return { status: response.status, body, replayed: false };
}
