// A payment for an order settled (the job after the provider's webhook). Paid: the order and each
// sub-order become PAID, units sold count towards best sellers. Declined: the order is closed and
// its stock and coupon given back. A payment that arrives for an order already closed (it expired
// a moment before) or already paid by another checkout is refunded whole. Runs under the order's
// row lock and only moves an order that is still awaiting payment, so a retried job, a duplicate
// event or a simultaneous expiry can never apply twice.
import "server-only";
import { db } from "../db";
import { afterOrderChange, type OrderEffects } from "./after-commit";
import { closeUnpaidOrder } from "./close-unpaid-order";
import { payOrder } from "./pay-order";
import { lockOrder, TX_OPTIONS } from "./record-status";
import { createRefund } from "./refunds";

const SYSTEM = { id: null, role: "system" } as const;

export type SettleOutcome = "paid" | "closed" | "refunded" | "unchanged";

export async function settleOrderPayment({ paymentId }: { paymentId: string }): Promise<{ outcome: SettleOutcome }> {
  const result = await db.$transaction(async (tx): Promise<{ outcome: SettleOutcome; effects?: OrderEffects }> => {
    const payment = await tx.payment.findUnique({ where: { id: paymentId }, select: { id: true, orderId: true, status: true, amountCents: true } });
    if (!payment?.orderId) return { outcome: "unchanged" };
    const orderId = payment.orderId;
    await lockOrder(tx, orderId);
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { status: true, totalCents: true, paidAt: true, paidPaymentId: true },
    });

    if (payment.status === "FAILED") {
      // Another checkout for the same order may still be open; only the last one closes the order.
      const open = await tx.payment.count({ where: { orderId, status: "PENDING" } });
      if (order.status !== "PENDING_PAYMENT" || open > 0) return { outcome: "unchanged" };
      const effects = await closeUnpaidOrder(tx, { orderId, status: "CANCELLED", reason: "Payment declined", actor: SYSTEM });
      return { outcome: effects ? "closed" : "unchanged", effects: effects ?? undefined };
    }
    if (payment.status !== "SUCCEEDED") return { outcome: "unchanged" };

    if (order.status === "PENDING_PAYMENT" && payment.amountCents === order.totalCents) {
      return { outcome: "paid", effects: await payOrder(tx, orderId, "Payment received", payment.id) };
    }

    // A retried settlement of the payment that paid the order: done already.
    if (order.paidPaymentId === payment.id) return { outcome: "unchanged" };
    // Paid, but the order no longer wants this money: closed before the payment landed, or paid
    // by another checkout. Return it, once (a whole-payment refund for it may exist already).
    if ((await tx.refund.count({ where: { paymentId: payment.id, subOrderId: null } })) > 0) return { outcome: "unchanged" };
    const refundId = await createRefund(tx, {
      paymentId: payment.id,
      paymentAmountCents: payment.amountCents,
      subOrderId: null,
      amountCents: payment.amountCents,
      reason: order.paidAt ? "The order was already paid" : "The order was closed before the payment arrived",
      actorId: null,
    });
    return { outcome: "refunded", effects: { refundIds: [refundId] } };
  }, TX_OPTIONS);
  if (result.effects) await afterOrderChange(result.effects);
  return { outcome: result.outcome };
}
