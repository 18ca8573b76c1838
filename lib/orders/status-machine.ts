// The life of a sub-order (one seller's part of an order) and who may move it along. Every change
// of status is checked here first; the caller then applies it with a conditional UPDATE
// (… WHERE status = <from>), so two simultaneous changes cannot both win.
import type { SubOrderStatus } from "../db";
import { AppError } from "../errors";

/** Who asks: the order's buyer, the sub-order's seller, an admin, or Bazaar itself (payments, expiry). */
export type StatusActor = "buyer" | "seller" | "admin" | "system";

const rules: Record<SubOrderStatus, Partial<Record<SubOrderStatus, readonly StatusActor[]>>> = {
  PENDING_PAYMENT: { PAID: ["system"], CANCELLED: ["buyer", "seller", "admin", "system"] },
  PAID: { PREPARING: ["seller", "admin"], CANCELLED: ["buyer", "seller", "admin"], REFUNDED: ["seller", "admin"] },
  // The buyer may cancel until the parcel leaves.
  PREPARING: { IN_TRANSIT: ["seller", "admin"], CANCELLED: ["buyer", "seller", "admin"], REFUNDED: ["seller", "admin"] },
  IN_TRANSIT: { DELIVERED: ["seller", "admin", "system"], REFUNDED: ["seller", "admin"] },
  DELIVERED: { REFUNDED: ["seller", "admin"] },
  CANCELLED: {},
  REFUNDED: {},
};

export const statusLabels: Record<SubOrderStatus, string> = {
  PENDING_PAYMENT: "Awaiting payment",
  PAID: "Paid",
  PREPARING: "Preparing",
  IN_TRANSIT: "In transit",
  DELIVERED: "Delivered",
  CANCELLED: "Cancelled",
  REFUNDED: "Refunded",
};

/** The statuses `actor` may move a sub-order to from `from` (for showing the right buttons). */
export function nextStatuses(from: SubOrderStatus, actor: StatusActor): SubOrderStatus[] {
  return (Object.entries(rules[from]) as [SubOrderStatus, readonly StatusActor[]][]).filter(([, who]) => who.includes(actor)).map(([to]) => to);
}

export function canTransition(from: SubOrderStatus, to: SubOrderStatus, actor: StatusActor): boolean {
  return rules[from][to]?.includes(actor) ?? false;
}

/** Throws a clear CONFLICT (or FORBIDDEN when the move exists but not for this actor). */
export function assertTransition(from: SubOrderStatus, to: SubOrderStatus, actor: StatusActor): void {
  if (canTransition(from, to, actor)) return;
  const who = rules[from][to];
  if (who) throw new AppError("FORBIDDEN", `Only ${who.filter((w) => w !== "system").join(" or ") || "Bazaar"} can mark an order ${statusLabels[to].toLowerCase()} now`);
  throw new AppError("CONFLICT", `An order that is ${statusLabels[from].toLowerCase()} cannot become ${statusLabels[to].toLowerCase()}`);
}
