// The email/send job through Inngest's own engine (@inngest/test), the way Inngest Cloud would drive
// it through serve: the email lands in the outbox.
import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendEmailJob } from "./send-email";

const unique = () => randomUUID().slice(0, 8);

describe("[JOBS] email/send", () => {
  it("runs the real email/send job: the email lands in the outbox", async () => {
    const to = `inngest-engine-${unique()}@example.com`;
    const t = new InngestTestEngine({ function: sendEmailJob });
    const { result, error } = await t.execute({
      events: [{ name: "email/send", data: { to, template: "welcome", props: { name: "Grace" } } }],
    });
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ status: "CAPTURED" });
    const row = await db.emailOutbox.findFirstOrThrow({ where: { to } });
    expect(row).toMatchObject({ status: "CAPTURED", template: "welcome", subject: "Welcome to Bazaar, Grace" });
  });
});
