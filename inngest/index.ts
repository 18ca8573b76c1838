// Every background job. Add a job here (one file per job under inngest/; its event and payload in
// lib/jobs/events.ts) and both /api/inngest (Inngest mode) and the in-process runner know it.
import { orderPlacedJob, orderStatusChangedJob, refundRequestedJob } from "./orders";
import { paymentFailedJob, paymentSucceededJob } from "./payment-settled";
import { sendEmailJob } from "./send-email";

export const functions = [sendEmailJob, paymentSucceededJob, paymentFailedJob, orderPlacedJob, orderStatusChangedJob, refundRequestedJob];
