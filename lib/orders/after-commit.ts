// What follows an order change once its transaction has committed: listings learn about the stock
// that moved, the buyer and seller are told (a job per status change: notification, realtime push,
// email) and refunds go to the payment provider. None of it may undo the change: a failure here is
// logged, and the jobs retry on their own.
import "server-only";
import { catalogChanged } from "../catalog/invalidate";
import { enqueue } from "../jobs";
import { logger } from "../log";
import type { StatusChange } from "./record-status";

const log = logger("orders");

export interface OrderEffects {
  changes?: readonly StatusChange[];
  /** Products whose stock or units sold changed. */
  productIds?: readonly string[];
  /** Refund rows created PENDING, to send to the provider. */
  refundIds?: readonly string[];
}

export async function afterOrderChange(effects: OrderEffects): Promise<void> {
  const tasks: Promise<unknown>[] = [];
  if (effects.productIds && effects.productIds.length > 0) tasks.push(catalogChanged({ productIds: [...new Set(effects.productIds)] }));
  for (const change of effects.changes ?? []) tasks.push(enqueue("order/status-changed", { statusEventId: change.eventId }));
  for (const refundId of effects.refundIds ?? []) tasks.push(enqueue("refund/requested", { refundId }));
  for (const result of await Promise.allSettled(tasks)) {
    if (result.status === "rejected") log.error("an order follow-up could not be started", { error: result.reason });
  }
}

export function mergeEffects(...all: OrderEffects[]): Required<OrderEffects> {
  return {
    changes: all.flatMap((e) => e.changes ?? []),
    productIds: all.flatMap((e) => e.productIds ?? []),
    refundIds: all.flatMap((e) => e.refundIds ?? []),
  };
}
