// Pieces both order pages use: the status badge and how dates read.
import type { SubOrderStatus } from "@/lib/db";
import { statusLabels } from "@/lib/orders/status-machine";

const badgeTone: Record<SubOrderStatus, string> = {
  PENDING_PAYMENT: "bg-stone-100 text-stone-700",
  PAID: "bg-amber-100 text-amber-800",
  PREPARING: "bg-sky-100 text-sky-800",
  IN_TRANSIT: "bg-indigo-100 text-indigo-800",
  DELIVERED: "bg-green-100 text-green-800",
  CANCELLED: "bg-red-100 text-red-800",
  REFUNDED: "bg-purple-100 text-purple-800",
};

export function StatusBadge({ status, testId }: { status: SubOrderStatus; testId?: string }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ${badgeTone[status]}`} data-testid={testId} data-status={status}>
      {statusLabels[status]}
    </span>
  );
}

// Rendered on the server, whose time zone is not the seller's: UTC, and said so.
const dateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateOnly = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export const formatDateTime = (date: Date) => `${dateTime.format(date)} UTC`;
export const formatDate = (date: Date) => dateOnly.format(date);
