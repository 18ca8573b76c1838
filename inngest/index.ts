// Every background job. Add a job here (one file per job under inngest/) and both /api/inngest
// (Inngest mode) and the in-process runner know it; enqueue's event names and payloads are typed from it.
import { orderPlacedJob, orderStatusChangedJob, refundRequestedJob } from "./orders";
import { paymentFailedJob, paymentSucceededJob } from "./payment-settled";
import { sendEmailJob } from "./send-email";

export const functions = [sendEmailJob, paymentSucceededJob, paymentFailedJob, orderPlacedJob, orderStatusChangedJob, refundRequestedJob];
