// email/send — render an email into the outbox, then deliver it (Resend) with retries.
import { deliverEmail, prepareEmail, type TSendEmailInput } from "@/lib/email";
import { defineJob } from "@/lib/jobs/define-job";

export const sendEmailJob = defineJob({
  id: "send-email",
  event: "email/send",
  retries: 5,
  handler: async ({ event, step }) => {
    // Two steps: a retry re-delivers the same outbox row instead of rendering a new one.
    const prepared = await step.run("render", () => prepareEmail(event.data as TSendEmailInput));
    return step.run("deliver", () => deliverEmail(prepared.id));
  },
});
