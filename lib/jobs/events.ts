// Every event Bazaar sends to its background jobs, with the payload each one carries. This is the
// contract between the code that sends an event (lib/, through enqueue) and the jobs that handle it
// (inngest/, through defineJob): both take the payload's type and schema from here, so lib never
// needs to know which jobs exist, and a job cannot disagree with its senders about a payload.
import { z } from "zod";
import { ZSendEmailInput } from "../email/send-email.schema";

const ZPaymentSettled = z.object({ paymentId: z.string().min(1), orderId: z.uuid().nullable() });

export const jobEvents = {
  /** Render an email into the outbox and deliver it. */
  "email/send": ZSendEmailInput,
  /** An order was placed (its transaction committed). */
  "order/placed": z.object({ orderId: z.uuid() }),
  /** A sub-order moved to another status: the id of the history entry that records the move. */
  "order/status-changed": z.object({ statusEventId: z.string().min(1).max(64) }),
  /** A refund was recorded and waits to be sent to the payment provider. */
  "refund/requested": z.object({ refundId: z.string().min(1).max(64) }),
  /** A payment provider confirmed a payment (orderId null: the payment was for no order). */
  "payment/succeeded": ZPaymentSettled,
  /** A payment provider declined a payment. */
  "payment/failed": ZPaymentSettled,
} satisfies Record<string, z.ZodType>;

export type JobEventSchemas = typeof jobEvents;
export type JobEventName = keyof JobEventSchemas;
/** What a sender passes for each event (schema input: defaults may be left out). */
export type JobEvents = { [E in JobEventName]: z.input<JobEventSchemas[E]> };
/** What a job's handler receives for the event (parsed: defaults and transforms applied). */
export type JobPayload<E extends JobEventName> = z.output<JobEventSchemas[E]>;
