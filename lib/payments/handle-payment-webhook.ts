// A provider's webhook delivery: authenticated, recorded once, applied once, then announced.
import { db } from "../db";
import { notFound } from "../errors";
import { enqueue } from "../jobs";
import { logger } from "../log";
import { getPaymentProvider } from "./providers";

const log = logger("payments.webhook");

export type PaymentWebhookResult =
  | { received: true; ignored: true }
  | { received: true; duplicate: true }
  | { received: true; applied: boolean }
  | { received: true; rejected: "unknown_payment" | "amount_mismatch" };

type Outcome =
  | { kind: "duplicate" }
  | { kind: "rejected"; reason: "unknown_payment" | "amount_mismatch" }
  | { kind: "applied" | "stale"; paymentId: string; orderId: string | null };

export async function handlePaymentWebhook(input: { provider: string; rawBody: string; headers: Headers }): Promise<PaymentWebhookResult> {
  const provider = getPaymentProvider(input.provider);
  if (!provider) throw notFound("Payment provider");
  const event = provider.verifyWebhook(input.rawBody, input.headers);
  const name = provider.name;
  if (!event) {
    // Authentic but not a payment outcome (a provider sends many kinds): acknowledged so it is not redelivered.
    log.debug("webhook event ignored", { provider: name });
    return { received: true, ignored: true };
  }

  // One transaction: the event row and the payment change commit together or not at all, so a
  // delivery that failed half-way is processed in full when the provider retries it. Concurrent
  // deliveries of one event wait on the unique (provider, event_id) index; all but one see a duplicate.
  const outcome = await db.$transaction(
    async (tx): Promise<Outcome> => {
      const inserted = await tx.paymentWebhookEvent.createMany({
        data: [{ provider: name, eventId: event.id, type: event.type, payload: JSON.parse(input.rawBody) }],
        skipDuplicates: true,
      });
      if (inserted.count === 0) return { kind: "duplicate" };

      const payment = await tx.payment.findUnique({ where: { provider_providerRef: { provider: name, providerRef: event.providerRef } } });
      // Rejected events stay recorded with processed_at unset: kept for investigation, never applied.
      if (!payment) return { kind: "rejected", reason: "unknown_payment" };
      if (payment.amountCents !== event.amountCents || payment.currency !== event.currency) return { kind: "rejected", reason: "amount_mismatch" };

      // Conditional: only a PENDING payment moves, so a late or out-of-order event changes nothing.
      const succeeded = event.type === "payment.succeeded";
      const moved = await tx.payment.updateMany({
        where: { id: payment.id, status: "PENDING" },
        data: succeeded ? { status: "SUCCEEDED", failureReason: null } : { status: "FAILED", failureReason: event.failureReason ?? "The payment was declined" },
      });
      await tx.paymentWebhookEvent.update({ where: { provider_eventId: { provider: name, eventId: event.id } }, data: { processedAt: new Date() } });
      return { kind: moved.count === 1 ? "applied" : "stale", paymentId: payment.id, orderId: payment.orderId };
    },
    { maxWait: 10_000, timeout: 15_000 },
  );

  const fields = { provider: name, eventId: event.id, type: event.type, providerRef: event.providerRef };
  switch (outcome.kind) {
    case "duplicate":
      log.info("duplicate delivery ignored", fields);
      return { received: true, duplicate: true };
    case "rejected":
      // Answered 2xx on purpose: the event is durably recorded, and a redelivery could not change the verdict.
      log.error("payment event rejected", { ...fields, reason: outcome.reason, amountCents: event.amountCents, currency: event.currency });
      return { received: true, rejected: outcome.reason };
    case "stale":
      log.warn("payment event arrived after the payment settled; nothing changed", { ...fields, paymentId: outcome.paymentId });
      return { received: true, applied: false };
    case "applied": {
      log.info("payment settled", { ...fields, paymentId: outcome.paymentId });
      // After commit: the jobs see the settled payment. A failure here must not undo the payment.
      const job = event.type === "payment.succeeded" ? "payment/succeeded" : "payment/failed";
      try {
        await enqueue(job, { paymentId: outcome.paymentId, orderId: outcome.orderId });
      } catch (error) {
        log.error("could not enqueue the payment job", { ...fields, job, paymentId: outcome.paymentId, error });
      }
      return { received: true, applied: true };
    }
  }
}
