// Status badges for orders: one seller's part (shopper and seller pages alike), and the order as a whole.
import type { OrderStatus, SubOrderStatus } from "@/lib/db";
import { statusLabels } from "@/lib/orders/status-machine";

const partTone: Record<SubOrderStatus, string> = {
  PENDING_PAYMENT: "bg-stone-100 text-stone-700",
  PAID: "bg-amber-100 text-amber-800",
  PREPARING: "bg-sky-100 text-sky-800",
  IN_TRANSIT: "bg-indigo-100 text-indigo-800",
  DELIVERED: "bg-green-100 text-green-800",
  CANCELLED: "bg-red-100 text-red-800",
  REFUNDED: "bg-purple-100 text-purple-800",
};

const badge = "inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold";

export function SubOrderStatusBadge({ status, testId }: { status: SubOrderStatus; testId?: string }) {
  return (
    <span className={`${badge} ${partTone[status]}`} data-testid={testId} data-status={status}>
      {statusLabels[status]}
    </span>
  );
}

export const orderStatusLabels: Record<OrderStatus, string> = {
  PENDING_PAYMENT: "Awaiting payment",
  PAID: "Paid",
  PARTIALLY_FULFILLED: "On its way",
  FULFILLED: "Delivered",
  CANCELLED: "Cancelled",
  REFUNDED: "Refunded",
  EXPIRED: "Expired: not paid in time",
};

const orderTone: Record<OrderStatus, string> = {
  PENDING_PAYMENT: partTone.PENDING_PAYMENT,
  PAID: partTone.PAID,
  PARTIALLY_FULFILLED: partTone.IN_TRANSIT,
  FULFILLED: partTone.DELIVERED,
  CANCELLED: partTone.CANCELLED,
  REFUNDED: partTone.REFUNDED,
  EXPIRED: partTone.CANCELLED,
};

export function OrderStatusBadge({ status, testId }: { status: OrderStatus; testId?: string }) {
  return (
    <span className={`${badge} ${orderTone[status]}`} data-testid={testId} data-status={status}>
      {orderStatusLabels[status]}
    </span>
  );
}
