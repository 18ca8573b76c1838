// Money back to the buyer: a seller or admin refunds part or all of a sub-order, a cancelled paid
// sub-order is refunded automatically, and a payment that arrives for an order already closed is
// returned whole. A Refund row is created PENDING in the transaction that decides it (under the
// sub-order's and the payment's row locks, counting pending and done refunds, so two simultaneous
// refunds can never return more than was paid); the provider is called afterwards by a job, with
// the row id as its idempotency key, and only a confirmed refund counts in refunded_cents.
import "server-only";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db, type DbTx } from "../db";
import { AppError, notFound } from "../errors";
import { formatMoney } from "../money";
import { NonRetriableError } from "../jobs";
import { getPaymentProvider } from "../payments/providers";
import { afterOrderChange, type OrderEffects } from "./after-commit";
import { ZRefundSubOrderInput, type TRefundSubOrderInput } from "./orders.schema";
import { lockOrder, moveSubOrder, syncOrderStatus, TX_OPTIONS } from "./record-status";
import { assertTransition, statusLabels } from "./status-machine";

export { ZRefundSubOrderInput, type TRefundSubOrderInput };

const REFUNDABLE = ["PAID", "PREPARING", "IN_TRANSIT", "DELIVERED"] as const;

/** The order's settled payment, locked; null when it was never paid. */
async function paidPayment(tx: DbTx, orderId: string) {
  const [payment] = await tx.$queryRaw<{ id: string; amount_cents: number }[]>`
    SELECT id, amount_cents FROM payments
     WHERE order_id = ${orderId}::uuid AND status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED')
     ORDER BY created_at LIMIT 1 FOR UPDATE`;
  return payment ?? null;
}

async function committedRefunds(tx: DbTx, where: { paymentId: string } | { subOrderId: string }): Promise<number> {
  const sum = await tx.refund.aggregate({ where: { ...where, status: { in: ["PENDING", "SUCCEEDED"] } }, _sum: { amountCents: true } });
  return sum._sum.amountCents ?? 0;
}

/** What can still be refunded on a sub-order: its total less refunds pending or done. */
export async function refundableCents(tx: DbTx, subOrder: { id: string; totalCents: number }): Promise<number> {
  return subOrder.totalCents - (await committedRefunds(tx, { subOrderId: subOrder.id }));
}

/** Creates the PENDING refund row after checking it fits the payment. Caller holds the locks. */
export async function createRefund(
  tx: DbTx,
  input: { paymentId: string; paymentAmountCents: number; subOrderId: string | null; amountCents: number; reason: string | null; actorId: string | null },
): Promise<string> {
  const left = input.paymentAmountCents - (await committedRefunds(tx, { paymentId: input.paymentId }));
  if (input.amountCents > left) throw new AppError("UNPROCESSABLE", `At most ${formatMoney(left)} of this payment can still be refunded`, { fields: { amountCents: [`At most ${formatMoney(left)}`] } });
  const refund = await tx.refund.create({
    data: { paymentId: input.paymentId, subOrderId: input.subOrderId, amountCents: input.amountCents, reason: input.reason, actorId: input.actorId, status: "PENDING" },
    select: { id: true },
  });
  return refund.id;
}

/** Refunds what is left of a cancelled sub-order, if it was paid. Inside the cancelling transaction. */
export async function refundCancelledSubOrder(tx: DbTx, input: { orderId: string; subOrderId: string; totalCents: number; actorId: string | null; reason: string }): Promise<string | null> {
  const payment = await paidPayment(tx, input.orderId);
  if (!payment) return null;
  const amountCents = await refundableCents(tx, { id: input.subOrderId, totalCents: input.totalCents });
  if (amountCents <= 0) return null;
  return createRefund(tx, { paymentId: payment.id, paymentAmountCents: payment.amount_cents, subOrderId: input.subOrderId, amountCents, reason: input.reason, actorId: input.actorId });
}

export async function refundSubOrder({ actor, subOrderId, input }: { actor: Actor | null; subOrderId: string; input: TRefundSubOrderInput | unknown }) {
  const { amountCents: asked, reason } = ZRefundSubOrderInput.parse(input === undefined ? {} : input);
  const effects = await db.$transaction(async (tx): Promise<OrderEffects & { refundId: string; amountCents: number }> => {
    const found = await tx.subOrder.findUnique({ where: { id: subOrderId }, select: { orderId: true, store: { select: { ownerId: true } } } });
    if (!found) throw notFound("Order");
    authorize(actor, "sub-order:refund", { kind: "sub-order", storeOwnerId: found.store.ownerId }, "Order");
    await lockOrder(tx, found.orderId);
    const part = await tx.subOrder.findUniqueOrThrow({ where: { id: subOrderId }, select: { id: true, status: true, totalCents: true } });
    if (!(REFUNDABLE as readonly string[]).includes(part.status)) {
      throw new AppError("CONFLICT", `An order that is ${statusLabels[part.status].toLowerCase()} cannot be refunded`);
    }
    const payment = await paidPayment(tx, found.orderId);
    if (!payment) throw new AppError("CONFLICT", "This order has no payment to refund");
    const left = await refundableCents(tx, part);
    if (left <= 0) throw new AppError("CONFLICT", "This order has already been refunded in full");
    const amountCents = asked ?? left;
    if (amountCents > left) throw new AppError("UNPROCESSABLE", `At most ${formatMoney(left)} can still be refunded`, { fields: { amountCents: [`At most ${formatMoney(left)}`] } });

    const role = actor.role === "ADMIN" && found.store.ownerId !== actor.userId ? "admin" : "seller";
    const full = amountCents === left;
    if (full) assertTransition(part.status, "REFUNDED", role);
    const refundId = await createRefund(tx, { paymentId: payment.id, paymentAmountCents: payment.amount_cents, subOrderId, amountCents, reason: reason ?? null, actorId: actor.userId });
    const note = `${full ? "Refunded" : "Partly refunded"}: ${formatMoney(amountCents)}${reason ? ` (${reason})` : ""}`;
    const change = full
      ? await moveSubOrder(tx, { subOrderId, from: part.status, to: "REFUNDED", actor: { id: actor.userId, role }, note })
      : await recordNote(tx, { subOrderId, status: part.status, actorId: actor.userId, role, note });
    await syncOrderStatus(tx, found.orderId);
    return { changes: [change], refundIds: [refundId], refundId, amountCents };
  }, TX_OPTIONS);
  await afterOrderChange(effects);
  return { refundId: effects.refundId, amountCents: effects.amountCents };
}

/** A history entry that does not change the status (a partial refund). */
async function recordNote(tx: DbTx, input: { subOrderId: string; status: import("../db").SubOrderStatus; actorId: string; role: string; note: string }) {
  const event = await tx.orderStatusEvent.create({
    data: { subOrderId: input.subOrderId, fromStatus: input.status, toStatus: input.status, actorId: input.actorId, actorRole: input.role.toUpperCase(), note: input.note },
    select: { id: true },
  });
  return { subOrderId: input.subOrderId, eventId: event.id, from: input.status, to: input.status };
}

/**
 * Sends a PENDING refund to the provider (the job "refund/requested"). Safe to repeat: the provider
 * sees the same idempotency key, and only a PENDING row is completed.
 */
export async function processRefund(refundId: string): Promise<{ status: "SUCCEEDED" | "FAILED" | "SKIPPED" }> {
  const refund = await db.refund.findUnique({
    where: { id: refundId },
    select: { id: true, status: true, amountCents: true, subOrderId: true, payment: { select: { id: true, orderId: true, provider: true, providerRef: true } } },
  });
  if (!refund || refund.status !== "PENDING") return { status: "SKIPPED" };
  const provider = getPaymentProvider(refund.payment.provider);
  if (!provider) throw new NonRetriableError(`No payment provider "${refund.payment.provider}" to refund through`);
  let refundRef: string;
  try {
    ({ refundRef } = await provider.refund({ providerRef: refund.payment.providerRef, amountCents: refund.amountCents, idempotencyKey: refund.id }));
  } catch (error) {
    // Refused by the provider (not a network failure): recorded as failed, the amount freed again.
    if (error instanceof AppError && error.status < 500) {
      await db.refund.updateMany({ where: { id: refund.id, status: "PENDING" }, data: { status: "FAILED", reason: `${error.message}` } });
      return { status: "FAILED" };
    }
    throw error;
  }
  await db.$transaction(async (tx) => {
    // Locks in the order every money change on an order takes (order, payment, sub-order): no cycles.
    if (refund.payment.orderId) await lockOrder(tx, refund.payment.orderId);
    const done = await tx.refund.updateMany({ where: { id: refund.id, status: "PENDING" }, data: { status: "SUCCEEDED", providerRef: refundRef } });
    if (done.count === 0) return;
    const [payment] = await tx.$queryRaw<{ amount_cents: number; refunded_cents: number }[]>`
      UPDATE payments SET refunded_cents = refunded_cents + ${refund.amountCents}, updated_at = now()
       WHERE id = ${refund.payment.id} RETURNING amount_cents, refunded_cents`;
    await tx.payment.update({ where: { id: refund.payment.id }, data: { status: payment!.refunded_cents >= payment!.amount_cents ? "REFUNDED" : "PARTIALLY_REFUNDED" } });
    if (refund.subOrderId) await tx.subOrder.update({ where: { id: refund.subOrderId }, data: { refundedCents: { increment: refund.amountCents } } });
  }, TX_OPTIONS);
  return { status: "SUCCEEDED" };
}
