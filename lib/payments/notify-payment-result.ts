// After a payment settles: tell the payer — a stored notification, a realtime event on their
// private channel (an open page updates without reload) and an email. Runs in a background job,
// after the payment change has committed; running it twice for one payment notifies once.
import { queueEmail } from "../email";
import { db } from "../db";
import { formatMoney } from "../money";
import { publishToUser } from "../realtime";

export const PAYMENT_NOTIFICATION = "payment.settled";

export async function notifyPaymentResult({ paymentId }: { paymentId: string }) {
  const payment = await db.payment.findUnique({
    where: { id: paymentId },
    select: {
      id: true, status: true, amountCents: true, currency: true, providerRef: true, payerId: true, orderId: true,
      order: { select: { number: true } },
      payer: { select: { email: true, name: true } },
    },
  });
  if (!payment?.payerId || !payment.payer || (payment.status !== "SUCCEEDED" && payment.status !== "FAILED")) return { notified: false };

  const outcome = payment.status === "SUCCEEDED" ? "succeeded" : "failed";
  const payload = { paymentId: payment.id, orderId: payment.orderId, outcome, amountCents: payment.amountCents, currency: payment.currency };
  // One notification per payment and outcome, even when a retry runs this again.
  const already = await db.notification.findFirst({
    where: { userId: payment.payerId, type: PAYMENT_NOTIFICATION, payload: { path: ["paymentId"], equals: payment.id } },
    select: { id: true },
  });
  if (already) return { notified: false };
  const notification = await db.notification.create({ data: { userId: payment.payerId, type: PAYMENT_NOTIFICATION, payload } });
  await publishToUser(payment.payerId, PAYMENT_NOTIFICATION, { id: notification.id, ...payload });
  await queueEmail({
    to: payment.payer.email,
    template: "payment-result",
    props: {
      name: payment.payer.name ?? "there",
      outcome,
      amount: formatMoney(payment.amountCents, payment.currency),
      description: payment.order ? `order #${payment.order.number}` : "your purchase on Bazaar",
      reference: payment.providerRef,
    },
  });
  return { notified: true };
}
