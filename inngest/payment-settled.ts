// payment/succeeded, payment/failed — settle the order the payment was for (paid, or closed with its
// stock given back), then tell the payer how their payment ended.
import type { JobContext, JobPayload } from "@/lib/jobs";
import { defineJob } from "@/lib/jobs/define-job";
import { settleOrderPayment } from "@/lib/orders/settle-order-payment";
import { notifyPaymentResult } from "@/lib/payments/notify-payment-result";

const handler = async ({ event, step }: JobContext<JobPayload<"payment/succeeded" | "payment/failed">>) => {
  if (event.data.orderId) await step.run("settle-order", () => settleOrderPayment({ paymentId: event.data.paymentId }));
  return step.run("notify-payer", () => notifyPaymentResult({ paymentId: event.data.paymentId }));
};

export const paymentSucceededJob = defineJob({ id: "notify-payment-succeeded", event: "payment/succeeded", retries: 5, handler });
export const paymentFailedJob = defineJob({ id: "notify-payment-failed", event: "payment/failed", retries: 5, handler });
