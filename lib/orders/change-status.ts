// A sub-order moves along: the seller starts preparing it, ships it (carrier and tracking number),
// marks it delivered; the buyer, seller or an admin cancels it while that is allowed. Every move is
// checked against the status machine for who is asking, applied conditionally under the order's row
// lock, written to the history and announced after commit. Cancelling puts the units back on sale
// (once: only the move out of a live status does it) and refunds what was paid for that part.
import "server-only";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db } from "../db";
import { AppError, fieldErrorsFromZod, notFound, unauthenticated } from "../errors";
import { releaseStock } from "../inventory/stock";
import { afterOrderChange, mergeEffects, type OrderEffects } from "./after-commit";
import { closeUnpaidOrder } from "./close-unpaid-order";
import { changeableStatuses, ZCancelOrderInput, ZChangeSubOrderStatusInput, ZOrderId, type TChangeSubOrderStatusInput } from "./orders.schema";
import { lockOrder, moveSubOrder, syncOrderStatus, TX_OPTIONS } from "./record-status";
import { refundCancelledSubOrder } from "./refunds";
import { assertTransition, canTransition, type StatusActor } from "./status-machine";

export { changeableStatuses, ZChangeSubOrderStatusInput, type TChangeSubOrderStatusInput };

/** How the actor relates to this sub-order; null when it is none of theirs. */
export function roleFor(actor: Actor, part: { buyerId: string; storeOwnerId: string }): StatusActor | null {
  if (part.storeOwnerId === actor.userId) return "seller";
  if (part.buyerId === actor.userId) return "buyer";
  if (actor.role === "ADMIN") return "admin";
  return null;
}

const CANCELLED_BY: Record<StatusActor, string> = {
  buyer: "Cancelled by the buyer",
  seller: "Cancelled by the seller",
  admin: "Cancelled by Bazaar",
  system: "Cancelled by Bazaar",
};

export async function changeSubOrderStatus({ actor, subOrderId, input }: { actor: Actor | null; subOrderId: string; input: TChangeSubOrderStatusInput | unknown }) {
  if (!actor) throw unauthenticated();
  const parsed = ZChangeSubOrderStatusInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrorsFromZod(parsed.error) });
  const { status: to, carrier, trackingNumber, reason } = parsed.data;

  const effects = await db.$transaction(async (tx): Promise<OrderEffects> => {
    const found = await tx.subOrder.findUnique({ where: { id: subOrderId }, select: { orderId: true, order: { select: { buyerId: true } }, store: { select: { ownerId: true } } } });
    const role = found ? roleFor(actor, { buyerId: found.order.buyerId, storeOwnerId: found.store.ownerId }) : null;
    if (!found || !role) throw notFound("Order");
    await lockOrder(tx, found.orderId);
    const part = await tx.subOrder.findUniqueOrThrow({
      where: { id: subOrderId },
      select: { id: true, status: true, totalCents: true, items: { select: { variantId: true, quantity: true } } },
    });
    assertTransition(part.status, to, role);
    const actorRef = { id: actor.userId, role };

    if (to === "CANCELLED" && part.status === "PENDING_PAYMENT") {
      // An unpaid order is one checkout: it is cancelled whole, by the buyer or an admin.
      if (role === "seller") throw new AppError("CONFLICT", "This order is not paid yet; it closes by itself if it is not paid within 30 minutes");
      const closed = await closeUnpaidOrder(tx, { orderId: found.orderId, status: "CANCELLED", reason: reason || CANCELLED_BY[role], actor: actorRef });
      if (!closed) throw new AppError("CONFLICT", "This order can no longer be cancelled");
      return closed;
    }

    const now = new Date();
    const data =
      to === "IN_TRANSIT" ? { carrier, trackingNumber, shippedAt: now } : to === "DELIVERED" ? { deliveredAt: now } : to === "CANCELLED" ? { cancelledAt: now } : {};
    const note = to === "CANCELLED" ? reason || CANCELLED_BY[role] : to === "IN_TRANSIT" ? `${carrier} ${trackingNumber}` : (reason ?? null);
    const change = await moveSubOrder(tx, { subOrderId, from: part.status, to, actor: actorRef, note, data });
    let effects: OrderEffects = { changes: [change] };
    if (to === "CANCELLED") {
      const lines = part.items.flatMap((item) => (item.variantId ? [{ variantId: item.variantId, quantity: item.quantity }] : []));
      const released = lines.length > 0 ? await releaseStock(tx, lines, { reference: `order:${found.orderId}`, actorId: actor.userId, note: note ?? undefined }) : [];
      const refundId = await refundCancelledSubOrder(tx, { orderId: found.orderId, subOrderId, totalCents: part.totalCents, actorId: actor.userId, reason: note ?? CANCELLED_BY[role] });
      effects = mergeEffects(effects, { productIds: released.map((c) => c.productId), refundIds: refundId ? [refundId] : [] });
    }
    await syncOrderStatus(tx, found.orderId);
    return effects;
  }, TX_OPTIONS);
  await afterOrderChange(effects);
  return { subOrderId, status: to };
}

/**
 * The seller's side (dashboard and seller API): the part must belong to the actor's store, or the
 * actor be an admin, before anything moves; a buyer cancels through their own order instead.
 */
export async function changeStoreOrderStatus({ actor, subOrderId, input }: { actor: Actor | null; subOrderId: string; input: TChangeSubOrderStatusInput | unknown }) {
  if (!actor) throw unauthenticated();
  const part = typeof subOrderId === "string" && subOrderId.length <= 64 ? await db.subOrder.findUnique({ where: { id: subOrderId }, select: { store: { select: { ownerId: true } } } }) : null;
  if (!part) throw notFound("Order");
  authorize(actor, "sub-order:fulfil", { kind: "sub-order", storeOwnerId: part.store.ownerId }, "Order");
  return changeSubOrderStatus({ actor, subOrderId, input });
}

/** The buyer cancels every part of their order that can still be cancelled. */
export async function cancelOrder({ actor, orderId, input }: { actor: Actor | null; orderId: string; input?: { reason?: string } | unknown }) {
  const { reason } = ZCancelOrderInput.parse(input === undefined ? {} : input);
  if (!ZOrderId.safeParse(orderId).success) throw notFound("Order");
  const order = await db.order.findUnique({ where: { id: orderId }, select: { buyerId: true, subOrders: { select: { id: true, status: true } } } });
  if (!order) throw notFound("Order");
  authorize(actor, "order:cancel", { kind: "order", buyerId: order.buyerId }, "Order");
  const role: StatusActor = order.buyerId === actor.userId ? "buyer" : "admin";
  const open = order.subOrders.filter((part) => canTransition(part.status, "CANCELLED", role));
  if (open.length === 0) throw new AppError("CONFLICT", "This order can no longer be cancelled: it has shipped, or is already closed");
  // One unpaid part cancels the whole unpaid order; paid parts are cancelled one by one.
  const targets = open.some((part) => part.status === "PENDING_PAYMENT") ? [open[0]!] : open;
  for (const part of targets) await changeSubOrderStatus({ actor, subOrderId: part.id, input: { status: "CANCELLED", reason } });
  return { orderId, cancelled: targets.length };
}
