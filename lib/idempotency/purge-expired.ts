// Idempotency keys only answer replays for 24 h; a scheduled job clears the expired rows.
import "server-only";
import { db } from "../db";

/** Deletes keys whose expiry has passed; returns how many went. */
export async function purgeExpiredIdempotencyKeys(now: Date = new Date()): Promise<number> {
  const { count } = await db.idempotencyKey.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
