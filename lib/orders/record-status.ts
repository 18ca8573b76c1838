// Moving sub-orders along, inside the caller's transaction: a conditional UPDATE per sub-order
// (… WHERE status = <from>, so of two simultaneous changes only one wins), a history row with who
// and when, and the order's own status recomputed from its parts.
import "server-only";
import type { DbTx, OrderStatus, Prisma, SubOrderStatus } from "../db";
import { AppError } from "../errors";
import { statusLabels, type StatusActor } from "./status-machine";

export interface StatusChange {
  subOrderId: string;
  eventId: string;
  from: SubOrderStatus | null;
  to: SubOrderStatus;
}

export interface MoveSubOrder {
  subOrderId: string;
  from: SubOrderStatus;
  to: SubOrderStatus;
  actor: { id: string | null; role: StatusActor };
  note?: string | null;
  /** Columns set with the status (tracking number, shipped at, …). */
  data?: Prisma.SubOrderUpdateManyMutationInput;
}

/** Applies one move; CONFLICT when someone else moved the sub-order first. */
export async function moveSubOrder(tx: DbTx, move: MoveSubOrder): Promise<StatusChange> {
  const moved = await tx.subOrder.updateMany({ where: { id: move.subOrderId, status: move.from }, data: { ...move.data, status: move.to } });
  if (moved.count === 0) {
    throw new AppError("CONFLICT", `This order changed while you were looking at it; it is no longer ${statusLabels[move.from].toLowerCase()}. Reload to see it.`);
  }
  const event = await tx.orderStatusEvent.create({
    data: { subOrderId: move.subOrderId, fromStatus: move.from, toStatus: move.to, actorId: move.actor.id, actorRole: move.actor.role.toUpperCase(), note: move.note ?? null },
    select: { id: true },
  });
  return { subOrderId: move.subOrderId, eventId: event.id, from: move.from, to: move.to };
}

/** The order's status as its parts say: paid, partly or wholly on its way, cancelled, refunded. */
export function orderStatusFrom(parts: readonly SubOrderStatus[], current: OrderStatus): OrderStatus {
  if (parts.length === 0) return current;
  if (parts.includes("PENDING_PAYMENT")) return "PENDING_PAYMENT";
  if (parts.every((s) => s === "CANCELLED")) return current === "EXPIRED" ? "EXPIRED" : "CANCELLED";
  const live = parts.filter((s) => s !== "CANCELLED" && s !== "REFUNDED");
  if (live.length === 0) return "REFUNDED";
  if (live.every((s) => s === "DELIVERED")) return "FULFILLED";
  if (live.some((s) => s === "IN_TRANSIT" || s === "DELIVERED")) return "PARTIALLY_FULFILLED";
  return "PAID";
}

/** Recomputes and stores the order's status after its sub-orders moved. */
export async function syncOrderStatus(tx: DbTx, orderId: string): Promise<OrderStatus> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, cancelledAt: true, subOrders: { select: { status: true } } } });
  const status = orderStatusFrom(order.subOrders.map((part) => part.status), order.status);
  if (status !== order.status) {
    const closed = status === "CANCELLED" || status === "EXPIRED";
    await tx.order.update({ where: { id: orderId }, data: { status, ...(closed && !order.cancelledAt ? { cancelledAt: new Date() } : {}) } });
  }
  return status;
}

/** Waiting behind a busy order's lock is normal: allow more than Prisma's 5 s default. */
export const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/** Takes the order's row lock for the rest of the transaction: payment, expiry and cancellation of one order happen one at a time. */
export async function lockOrder(tx: DbTx, orderId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM orders WHERE id = ${orderId}::uuid FOR UPDATE`;
}
