// Checks a code against the shopper's cart and works out the discount, without changing anything:
// checkout calls it to show the discount, then redeemCoupon (same transaction as the order) makes
// the redemption count, re-checking the limits under lock.
import "server-only";
import { z } from "zod";
import type { CouponType, DbTx } from "../db";
import { couponRefusal, normalizeCouponCode, type CouponRefusal } from "./refusals";
import { splitDiscount } from "./split-discount";

export const ZEvaluateCouponInput = z.object({
  code: z.string().max(200),
  userId: z.string().min(1),
  lines: z.array(z.object({ storeId: z.string().min(1), lineTotalCents: z.number().int().min(0) })),
  now: z.date().optional(),
});
export type TEvaluateCouponInput = z.input<typeof ZEvaluateCouponInput>;

export interface AppliedCoupon {
  ok: true;
  coupon: { id: string; code: string; type: CouponType; value: number; storeId: string | null };
  discountCents: number;
  /** Store id → its part of the discount; only stores the coupon applies to; sums to discountCents. */
  discountByStore: Record<string, number>;
}

export type CouponEvaluation = AppliedCoupon | CouponRefusal;

export async function evaluateCoupon(tx: DbTx, input: TEvaluateCouponInput): Promise<CouponEvaluation> {
  const { code: rawCode, userId, lines, now = new Date() } = ZEvaluateCouponInput.parse(input);
  const code = normalizeCouponCode(rawCode);
  const coupon =
    code.length === 0
      ? null
      : await tx.coupon.findUnique({ where: { code }, include: { store: { select: { name: true } } } });
  if (!coupon) return couponRefusal({ reason: "NOT_FOUND" });
  if (!coupon.active) return couponRefusal({ reason: "INACTIVE" });
  if (coupon.startsAt && now < coupon.startsAt) return couponRefusal({ reason: "NOT_STARTED", startsAt: coupon.startsAt });
  if (coupon.endsAt && now >= coupon.endsAt) return couponRefusal({ reason: "EXPIRED", endsAt: coupon.endsAt });
  if (coupon.usageLimit !== null && coupon.redemptionCount >= coupon.usageLimit) return couponRefusal({ reason: "USAGE_LIMIT" });
  if (coupon.perUserLimit !== null) {
    const used = await tx.couponRedemption.count({ where: { couponId: coupon.id, userId } });
    if (used >= coupon.perUserLimit) return couponRefusal({ reason: "PER_USER_LIMIT" });
  }

  const subtotalByStore: Record<string, number> = {};
  for (const line of lines) {
    if (coupon.storeId !== null && line.storeId !== coupon.storeId) continue;
    subtotalByStore[line.storeId] = (subtotalByStore[line.storeId] ?? 0) + line.lineTotalCents;
  }
  const storeName = coupon.store?.name;
  if (coupon.storeId !== null && storeName !== undefined && Object.keys(subtotalByStore).length === 0) {
    return couponRefusal({ reason: "NOT_APPLICABLE", storeName });
  }
  const eligibleCents = Object.values(subtotalByStore).reduce((sum, cents) => sum + cents, 0);
  if (eligibleCents < coupon.minSubtotalCents) {
    return couponRefusal({ reason: "MIN_SUBTOTAL", missingCents: coupon.minSubtotalCents - eligibleCents, storeName });
  }

  const discountCents = coupon.type === "PERCENT" ? Math.floor((eligibleCents * coupon.value) / 100) : Math.min(coupon.value, eligibleCents);
  return {
    ok: true,
    coupon: { id: coupon.id, code: coupon.code, type: coupon.type, value: coupon.value, storeId: coupon.storeId },
    discountCents,
    discountByStore: splitDiscount(discountCents, subtotalByStore),
  };
}
