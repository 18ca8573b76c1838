// Order follow-ups. Each runs after the change it reports has committed; a failure here is retried
// and never undoes an order.
// - order/placed: the "order placed" email, then hold the stock for 30 minutes and expire the order
//   if it is still unpaid. It also sweeps up overdue orders whose own wait was lost (an in-process
//   runner keeps sleeps in memory; a restart forgets them).
// - order/status-changed: notification + realtime push to buyer and seller, then the email for it.
// - refund/requested: send the refund to the payment provider, then tell the buyer.
import { defineJob } from "@/lib/jobs/define-job";
import { expireOrder, expireOverdueOrders } from "@/lib/orders/close-unpaid-order";
import { announceRefund, announceStatusChange, emailOrderPlaced, emailStatusChange } from "@/lib/orders/notify-order";
import { processRefund } from "@/lib/orders/refunds";
import { db } from "@/lib/db";

export const orderPlacedJob = defineJob({
  id: "order-placed",
  event: "order/placed",
  retries: 5,
  handler: async ({ event, step }) => {
    await step.run("email-buyer", () => emailOrderPlaced({ orderId: event.data.orderId }));
    await step.run("expire-overdue-orders", () => expireOverdueOrders());
    const deadline = await step.run("reservation-deadline", async () => {
      const order = await db.order.findUnique({ where: { id: event.data.orderId }, select: { status: true, reservationExpiresAt: true } });
      return order?.status === "PENDING_PAYMENT" && order.reservationExpiresAt ? order.reservationExpiresAt.getTime() : null;
    });
    if (deadline === null) return { expired: false };
    const wait = deadline - Date.now();
    if (wait > 0) await step.sleep("hold-stock", wait + 1000);
    return { expired: await step.run("expire-if-unpaid", () => expireOrder(event.data.orderId)) };
  },
});

export const orderStatusChangedJob = defineJob({
  id: "order-status-changed",
  event: "order/status-changed",
  retries: 5,
  handler: async ({ event, step }) => {
    const { first } = await step.run("notify", () => announceStatusChange(event.data));
    if (!first) return { emailed: 0 };
    const { sent } = await step.run("email", () => emailStatusChange(event.data));
    return { emailed: sent };
  },
});

export const refundRequestedJob = defineJob({
  id: "refund-requested",
  event: "refund/requested",
  retries: 8,
  handler: async ({ event, step }) => {
    const { status } = await step.run("refund-with-provider", () => processRefund(event.data.refundId));
    if (status === "SUCCEEDED") await step.run("tell-buyer", () => announceRefund(event.data));
    return { status };
  },
});
