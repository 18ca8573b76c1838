// One seller's part of an order on its way: Ordered → Paid → Preparing → In transit → Delivered,
// each with when it happened (from the status history), and a cancellation or refund shown as the
// end of the line with its reason.
import type { SubOrderStatus } from "@/lib/db";
import { formatDateTime } from "./order-format";

const steps = [
  { status: "PENDING_PAYMENT", label: "Ordered" },
  { status: "PAID", label: "Paid" },
  { status: "PREPARING", label: "Preparing" },
  { status: "IN_TRANSIT", label: "In transit" },
  { status: "DELIVERED", label: "Delivered" },
] as const satisfies readonly { status: SubOrderStatus; label: string }[];

type Step = (typeof steps)[number]["status"];
const stepIndex = (status: SubOrderStatus | null) => steps.findIndex((step) => step.status === status);

export interface TimelinePart {
  status: SubOrderStatus;
  statusEvents: { fromStatus: SubOrderStatus | null; toStatus: SubOrderStatus; note: string | null; createdAt: Date }[];
  shippedAt: Date | null;
  deliveredAt: Date | null;
  cancelledAt: Date | null;
}

export function OrderTimeline({ part, placedAt, paidAt, label }: { part: TimelinePart; placedAt: Date; paidAt: Date | null; label: string }) {
  const events = part.statusEvents;
  const closing = part.status === "CANCELLED" || part.status === "REFUNDED" ? [...events].reverse().find((e) => e.toStatus === part.status && e.fromStatus !== part.status) : undefined;
  // How far the parcel got: the current step, or for a closed part the step it was closed from.
  const reached = closing ? Math.max(0, stepIndex(closing.fromStatus), ...events.filter((e) => e !== closing).map((e) => stepIndex(e.toStatus))) : stepIndex(part.status);
  const fallback: Record<Step, Date | null> = { PENDING_PAYMENT: placedAt, PAID: paidAt, PREPARING: null, IN_TRANSIT: part.shippedAt, DELIVERED: part.deliveredAt };
  const when = (status: Step) => events.find((e) => e.toStatus === status)?.createdAt ?? fallback[status];
  // A closed part lists only what happened; a live one also what is still to come.
  const shown = closing ? steps.slice(0, reached + 1) : steps;

  return (
    <ol aria-label={label} className="flex flex-col gap-3 sm:flex-row sm:gap-2" data-testid="order-timeline">
      {shown.map((step, index) => {
        const done = index <= reached;
        const current = !closing && index === reached;
        const at = done ? when(step.status) : null;
        return (
          <li key={step.status} aria-current={current ? "step" : undefined} data-state={current ? "current" : done ? "done" : "upcoming"} className="flex flex-1 items-start gap-2 sm:flex-col">
            <span aria-hidden className={`mt-1 size-3 shrink-0 rounded-full sm:mt-0 ${done ? "bg-brand-600" : "border-2 border-stone-300 bg-white"} ${current ? "ring-4 ring-brand-100" : ""}`} />
            <span className="text-sm">
              <span className={done ? "font-semibold text-stone-900" : "text-stone-500"}>{step.label}</span>
              {done ? <span className="sr-only"> (done)</span> : <span className="sr-only"> (not yet)</span>}
              {at ? <time dateTime={at.toISOString()} className="block text-xs text-stone-500">{formatDateTime(at)}</time> : null}
            </span>
          </li>
        );
      })}
      {closing ? (
        <li data-state={part.status.toLowerCase()} className="flex flex-1 items-start gap-2 sm:flex-col">
          <span aria-hidden className={`mt-1 size-3 shrink-0 rounded-full sm:mt-0 ${part.status === "CANCELLED" ? "bg-red-600" : "bg-purple-600"}`} />
          <span className="text-sm">
            <span className={`font-semibold ${part.status === "CANCELLED" ? "text-red-700" : "text-purple-800"}`}>{part.status === "CANCELLED" ? "Cancelled" : "Refunded"}</span>
            <time dateTime={closing.createdAt.toISOString()} className="block text-xs text-stone-500">
              {formatDateTime(closing.createdAt)}
            </time>
            {closing.note ? <span className="block text-xs text-stone-700">{closing.note}</span> : null}
          </span>
        </li>
      ) : null}
    </ol>
  );
}
