// Marks an unpaid order paid, inside the caller's transaction (which holds the order's row lock):
// each sub-order moves PENDING_PAYMENT → PAID with a history entry, the reservation deadline is
// cleared, and units sold count towards best sellers (counted when the money is in, not the cart).
import "server-only";
import type { DbTx } from "../db";
import type { OrderEffects } from "./after-commit";
import { moveSubOrder, syncOrderStatus, type StatusChange } from "./record-status";

export async function payOrder(tx: DbTx, orderId: string, note: string, paymentId: string | null = null): Promise<OrderEffects> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { subOrders: { select: { id: true, status: true, items: { select: { productId: true, quantity: true } } } } },
  });
  const changes: StatusChange[] = [];
  for (const part of order.subOrders.filter((p) => p.status === "PENDING_PAYMENT")) {
    changes.push(await moveSubOrder(tx, { subOrderId: part.id, from: "PENDING_PAYMENT", to: "PAID", actor: { id: null, role: "system" }, note }));
  }
  await tx.order.update({ where: { id: orderId }, data: { paidAt: new Date(), paidPaymentId: paymentId, reservationExpiresAt: null } });
  await syncOrderStatus(tx, orderId);
  const sold = new Map<string, number>();
  for (const item of order.subOrders.flatMap((p) => p.items)) if (item.productId) sold.set(item.productId, (sold.get(item.productId) ?? 0) + item.quantity);
  // In id order, like stock: two orders sharing products never wait on each other in a cycle.
  for (const [productId, quantity] of [...sold].sort(([a], [b]) => (a < b ? -1 : 1))) {
    await tx.product.update({ where: { id: productId }, data: { unitsSold: { increment: quantity } } });
  }
  return { changes, productIds: [...sold.keys()] };
}
