// Counts a coupon against its limits, inside the transaction that places the order. Simultaneous
// checkouts must never push a coupon past its limits:
// - the total limit is one conditional UPDATE (check and increment in one statement; the row lock
//   makes the others wait and re-check), backed by the CHECK redemption_count <= usage_limit;
// - the per-user limit is a count of rows, which a conditional UPDATE cannot guard, so the count
//   runs under a transaction-scoped advisory lock on (coupon, user): one checkout per shopper per
//   coupon at a time, while other shoppers are not held up.
import "server-only";
import { z } from "zod";
import type { DbTx } from "../db";
import { AppError } from "../errors";
import { couponRefusal, CouponRefusedError } from "./refusals";

export const ZRedeemCouponInput = z.object({
  couponId: z.string().min(1),
  userId: z.string().min(1),
  orderId: z.uuid(),
  discountCents: z.number().int().min(0),
});
export type TRedeemCouponInput = z.input<typeof ZRedeemCouponInput>;

/**
 * Records the redemption for `orderId` (which must already exist in this transaction). Throws
 * CouponRefusedError (CONFLICT when a limit is reached, VALIDATION_FAILED otherwise) with the
 * message under `fields.coupon`; the caller's transaction then rolls back the order.
 */
export async function redeemCoupon(tx: DbTx, input: TRedeemCouponInput): Promise<{ redemptionId: string; redemptionCount: number }> {
  const { couponId, userId, orderId, discountCents } = ZRedeemCouponInput.parse(input);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`coupon-user:${couponId}:${userId}`}, 0))`;

  const coupon = await tx.coupon.findUnique({ where: { id: couponId }, select: { perUserLimit: true } });
  if (!coupon) throw new CouponRefusedError(couponRefusal({ reason: "NOT_FOUND" }));
  if (coupon.perUserLimit !== null) {
    const used = await tx.couponRedemption.count({ where: { couponId, userId } });
    if (used >= coupon.perUserLimit) throw new CouponRefusedError(couponRefusal({ reason: "PER_USER_LIMIT" }));
  }
  if (await tx.couponRedemption.findUnique({ where: { orderId }, select: { id: true } })) {
    throw new AppError("CONFLICT", "This order already has a coupon applied");
  }

  // The validity window is re-checked here too: a code may expire between showing and placing.
  const [counted] = await tx.$queryRaw<{ redemption_count: number }[]>`
    UPDATE coupons SET redemption_count = redemption_count + 1, updated_at = now()
     WHERE id = ${couponId} AND active
       AND (usage_limit IS NULL OR redemption_count < usage_limit)
       AND (starts_at IS NULL OR starts_at <= now())
       AND (ends_at IS NULL OR ends_at > now())
    RETURNING redemption_count`;
  if (!counted) throw new CouponRefusedError(await whyNotCounted(tx, couponId));

  const redemption = await tx.couponRedemption.create({ data: { couponId, userId, orderId, discountCents }, select: { id: true } });
  return { redemptionId: redemption.id, redemptionCount: counted.redemption_count };
}

/** The UPDATE matched nothing: read the coupon (now current, after any lock wait) to say why. */
async function whyNotCounted(tx: DbTx, couponId: string) {
  const [coupon] = await tx.$queryRaw<{ active: boolean; starts_at: Date | null; ends_at: Date | null; now: Date }[]>`
    SELECT active, starts_at, ends_at, now() AS now FROM coupons WHERE id = ${couponId}`;
  if (!coupon) return couponRefusal({ reason: "NOT_FOUND" });
  if (!coupon.active) return couponRefusal({ reason: "INACTIVE" });
  if (coupon.starts_at && coupon.now < coupon.starts_at) return couponRefusal({ reason: "NOT_STARTED", startsAt: coupon.starts_at });
  if (coupon.ends_at && coupon.now >= coupon.ends_at) return couponRefusal({ reason: "EXPIRED", endsAt: coupon.ends_at });
  return couponRefusal({ reason: "USAGE_LIMIT" });
}

export const ZReleaseCouponInput = z.object({ orderId: z.uuid() });

/**
 * Gives the use back when an unpaid order is cancelled or expires. Idempotent: the DELETE finds the
 * redemption once, and only then is the count decremented, so a repeated release changes nothing.
 * Returns whether a redemption was released.
 */
export async function releaseCoupon(tx: DbTx, input: z.input<typeof ZReleaseCouponInput>): Promise<boolean> {
  const { orderId } = ZReleaseCouponInput.parse(input);
  const [released] = await tx.$queryRaw<{ coupon_id: string }[]>`
    DELETE FROM coupon_redemptions WHERE order_id = ${orderId}::uuid RETURNING coupon_id`;
  if (!released) return false;
  await tx.$executeRaw`
    UPDATE coupons SET redemption_count = redemption_count - 1, updated_at = now()
     WHERE id = ${released.coupon_id} AND redemption_count > 0`;
  return true;
}
