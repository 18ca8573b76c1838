// An order that was never paid is closed whole: it expired (not paid within 30 minutes), its
// payment was declined, or the buyer cancelled it before paying. Its stock goes back on sale and
// its coupon use is given back, exactly once: the caller holds the order's row lock and the order
// must still be PENDING_PAYMENT, so a second close (a retried job, a simultaneous payment) finds
// nothing to do.
import "server-only";
import { releaseCoupon } from "../coupons/redeem-coupon";
import { db, type DbTx } from "../db";
import { releaseStock } from "../inventory/stock";
import { afterOrderChange, type OrderEffects } from "./after-commit";
import { lockOrder, moveSubOrder, syncOrderStatus, TX_OPTIONS, type StatusChange } from "./record-status";
import type { StatusActor } from "./status-machine";

export const RESERVATION_MS = 30 * 60 * 1000;

export async function closeUnpaidOrder(
  tx: DbTx,
  input: { orderId: string; status: "EXPIRED" | "CANCELLED"; reason: string; actor: { id: string | null; role: StatusActor } },
): Promise<OrderEffects | null> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: input.orderId },
    select: { status: true, subOrders: { select: { id: true, status: true, items: { select: { variantId: true, quantity: true } } } } },
  });
  if (order.status !== "PENDING_PAYMENT") return null;

  const changes: StatusChange[] = [];
  for (const part of order.subOrders.filter((p) => p.status === "PENDING_PAYMENT")) {
    changes.push(await moveSubOrder(tx, { subOrderId: part.id, from: "PENDING_PAYMENT", to: "CANCELLED", actor: input.actor, note: input.reason, data: { cancelledAt: new Date() } }));
  }
  const lines = order.subOrders.flatMap((part) => part.items).flatMap((item) => (item.variantId ? [{ variantId: item.variantId, quantity: item.quantity }] : []));
  const released = lines.length > 0 ? await releaseStock(tx, lines, { reference: `order:${input.orderId}`, actorId: input.actor.id, note: input.reason }) : [];
  await releaseCoupon(tx, { orderId: input.orderId });
  // Checkouts not completed can no longer settle this order; a payment arriving anyway is refunded.
  await tx.payment.updateMany({ where: { orderId: input.orderId, status: "PENDING" }, data: { status: "CANCELLED", failureReason: input.reason } });
  await tx.order.update({ where: { id: input.orderId }, data: { status: input.status, cancelledAt: new Date(), reservationExpiresAt: null } });
  await syncOrderStatus(tx, input.orderId);
  return { changes, productIds: released.map((change) => change.productId) };
}

/** Expires one order if it is unpaid past its reservation; safe to call any number of times. */
export async function expireOrder(orderId: string, now = new Date()): Promise<boolean> {
  const effects = await db.$transaction(async (tx) => {
    await lockOrder(tx, orderId);
    const order = await tx.order.findUnique({ where: { id: orderId }, select: { status: true, reservationExpiresAt: true } });
    if (!order || order.status !== "PENDING_PAYMENT" || !order.reservationExpiresAt || order.reservationExpiresAt > now) return null;
    return closeUnpaidOrder(tx, { orderId, status: "EXPIRED", reason: "Not paid within 30 minutes", actor: { id: null, role: "system" } });
  }, TX_OPTIONS);
  if (!effects) return false;
  await afterOrderChange(effects);
  return true;
}

/**
 * Expires every order whose reservation has run out. The expiry job covers each order on time;
 * this sweep catches the ones whose job was lost (an in-process runner restarted mid-sleep).
 */
export async function expireOverdueOrders(now = new Date(), limit = 100): Promise<number> {
  const due = await db.order.findMany({
    where: { status: "PENDING_PAYMENT", reservationExpiresAt: { lte: now } },
    select: { id: true },
    orderBy: { reservationExpiresAt: "asc" },
    take: limit,
  });
  let expired = 0;
  for (const { id } of due) if (await expireOrder(id, now)) expired += 1;
  return expired;
}
