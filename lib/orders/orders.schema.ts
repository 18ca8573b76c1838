// Order input: the buyer's and the seller's lists, cancelling, moving a part along and refunds,
// shared by the account and dashboard pages' server actions and /api/v1. No database here: the
// OpenAPI document is generated from these schemas.
import { z } from "zod";
import type { SubOrderStatus } from "../db";
import { ZPageQuery } from "../pagination";

/** Order ids are UUIDs: anything else is simply not there (a 404, never a database error). */
export const ZOrderId = z.uuid();

export const ZListOrdersQuery = ZPageQuery({ max: 50, fallback: 10 });

const subOrderStatuses = ["PENDING_PAYMENT", "PAID", "PREPARING", "IN_TRANSIT", "DELIVERED", "CANCELLED", "REFUNDED"] as const satisfies SubOrderStatus[];

export const ZStoreOrdersQuery = z.object({
  status: z.enum(subOrderStatuses, { error: "Choose one of the order statuses" }).optional(),
  ...ZPageQuery({ max: 50, fallback: 20 }).shape,
});

const reason = z.string({ error: "Write the reason as text" }).trim().max(500, "Use at most 500 characters");

export const ZCancelOrderInput = z.object({ reason: reason.optional() });

export const changeableStatuses = ["PREPARING", "IN_TRANSIT", "DELIVERED", "CANCELLED"] as const;

export const ZChangeSubOrderStatusInput = z
  .object({
    status: z.enum(changeableStatuses, { error: "Choose Preparing, In transit, Delivered or Cancelled" }),
    carrier: z.string({ error: "Enter the carrier" }).trim().max(60, "Use at most 60 characters").optional(),
    trackingNumber: z
      .string({ error: "Enter the tracking number" })
      .trim()
      .max(60, "Use at most 60 characters")
      .regex(/^[A-Za-z0-9 -]*$/, "Letters, digits, spaces and dashes only")
      .optional(),
    reason: reason.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.status !== "IN_TRANSIT") return;
    if (!input.carrier) ctx.addIssue({ code: "custom", path: ["carrier"], message: "Enter the carrier" });
    if (!input.trackingNumber) ctx.addIssue({ code: "custom", path: ["trackingNumber"], message: "Enter the tracking number" });
  })
  .meta({ description: "IN_TRANSIT needs carrier and trackingNumber" });
export type TChangeSubOrderStatusInput = z.input<typeof ZChangeSubOrderStatusInput>;

/** The most one refund may be, in cents ($1,000,000): far above any order, below any overflow. */
export const MAX_REFUND_CENTS = 100_000_000;

export const ZRefundSubOrderInput = z.object({
  /** Omitted: everything not yet refunded. */
  amountCents: z
    .number({ error: "Enter the amount in cents, as a whole number" })
    .int("Enter the amount in cents, as a whole number")
    .positive("Enter an amount above zero")
    .max(MAX_REFUND_CENTS, "At most $1,000,000.00 at once")
    .optional(),
  reason: reason.optional(),
});
export type TRefundSubOrderInput = z.input<typeof ZRefundSubOrderInput>;
