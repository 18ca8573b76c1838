// payment/succeeded, payment/failed — settle the order the payment was for (paid, or closed with its
// stock given back), then tell the payer how their payment ended.
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import type { JobContext } from "@/lib/jobs";
import { settleOrderPayment } from "@/lib/orders/settle-order-payment";
import { notifyPaymentResult } from "@/lib/payments/notify-payment-result";

export const PAYMENT_SUCCEEDED_EVENT = "payment/succeeded";
export const PAYMENT_FAILED_EVENT = "payment/failed";

const ZPaymentSettled = z.object({ paymentId: z.string().min(1), orderId: z.string().uuid().nullable() });

const handler = async ({ event, step }: JobContext<z.infer<typeof ZPaymentSettled>>) => {
  if (event.data.orderId) await step.run("settle-order", () => settleOrderPayment({ paymentId: event.data.paymentId }));
  return step.run("notify-payer", () => notifyPaymentResult({ paymentId: event.data.paymentId }));
};

export const paymentSucceededJob = defineJob({ id: "notify-payment-succeeded", event: PAYMENT_SUCCEEDED_EVENT, schema: ZPaymentSettled, retries: 5, handler });
export const paymentFailedJob = defineJob({ id: "notify-payment-failed", event: PAYMENT_FAILED_EVENT, schema: ZPaymentSettled, retries: 5, handler });
