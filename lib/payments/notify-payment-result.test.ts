// The whole sandbox flow without mocks: payment started → signed webhook through the real route →
// the payment/* job (in-process runner) → a notification and an emailed receipt, exactly once.
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { drainJobs } from "../jobs";
import { deliver, makeUser, paymentEvent, startTestPayment } from "./test-fixtures";

describe("[PAYMENTS] telling the payer", () => {
  it("a succeeded payment leaves one notification and one receipt in the outbox, even when delivered twice", async () => {
    const payer = await makeUser();
    const started = await startTestPayment(payer, { amountCents: 4_250 });
    const event = paymentEvent(started.providerRef);
    expect((await deliver(event)).status).toBe(200);
    expect((await deliver(event)).status).toBe(200);
    expect(await drainJobs({ timeoutMs: 20_000 })).toBe(true);

    const notifications = await db.notification.findMany({ where: { userId: payer.userId } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.payload).toMatchObject({ paymentId: started.paymentId, outcome: "succeeded", amountCents: 4_250 });
    const emails = await db.emailOutbox.findMany({ where: { to: payer.email } });
    expect(emails.map((e) => e.subject)).toEqual(["Payment of $42.50 received"]);
    expect(emails[0]!.text).toContain(started.providerRef);
  });

  it("a declined payment sends the decline email", async () => {
    const payer = await makeUser();
    const started = await startTestPayment(payer, { amountCents: 1_000 });
    expect((await deliver(paymentEvent(started.providerRef, { type: "payment.failed", amountCents: 1_000 }))).status).toBe(200);
    expect(await drainJobs({ timeoutMs: 20_000 })).toBe(true);
    const emails = await db.emailOutbox.findMany({ where: { to: payer.email } });
    expect(emails.map((e) => e.subject)).toEqual(["Payment of $10.00 declined"]);
  });
});
