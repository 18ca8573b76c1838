// Email in outbox mode (no RESEND_API_KEY, as in tests and on a laptop): rendering, the outbox
// rows, refusals, and the queued path through the email/send job.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { emailTemplateNames, emailTemplates } from "@/emails";
import { db } from "../db";
import { AppError } from "../errors";
import { drainJobs } from "../jobs";
import { getOutboxEmail, listOutbox } from "./outbox";
import { queueEmail, renderEmail, sendEmail } from "./index";

const address = (tag = "user") => `${tag}-${randomUUID().slice(0, 8)}@example.com`;

afterEach(async () => {
  await drainJobs();
});

describe("[EMAIL] sendEmail in outbox mode", () => {
  it("captures the rendered email: HTML with the content, plain text without markup", async () => {
    const to = address();
    const { id, status } = await sendEmail({
      to,
      template: "email-verification-code",
      props: { name: "Ada", code: "482913", expiresInMinutes: 15 },
    });
    expect(status).toBe("CAPTURED");

    const row = await getOutboxEmail(id);
    expect(row).toMatchObject({
      to,
      from: "Bazaar <no-reply@bazaar.local>",
      template: "email-verification-code",
      subject: "482913 is your Bazaar verification code",
      status: "CAPTURED",
      provider: "outbox",
      providerMessageId: null,
      sentAt: null,
    });
    expect(row.html).toMatch(/^<!DOCTYPE html/i);
    expect(row.html).toContain("482913");
    expect(row.html).toContain("Confirm your email address");
    expect(row.text).toContain("Hi Ada, enter this code");
    expect(row.text).toContain("482913");
    expect(row.text).toContain("expires in 15 minutes");
    expect(row.text).not.toMatch(/<[a-z/!]/i);
  });

  it("keeps links clickable in both forms", async () => {
    const resetUrl = `https://bazaar.example/reset-password?token=${randomUUID()}`;
    const { html, text, subject } = await renderEmail("password-reset", { name: "Ada", resetUrl, expiresInMinutes: 60 });
    expect(subject).toBe("Reset your Bazaar password");
    expect(html).toContain(`href="${resetUrl}"`);
    expect(text).toContain(resetUrl);
  });

  it("renders every template with its preview props", async () => {
    for (const name of emailTemplateNames) {
      const component = emailTemplates[name].component as unknown as { PreviewProps: never };
      const { subject, html, text } = await renderEmail(name, component.PreviewProps);
      expect(subject.length, name).toBeGreaterThan(0);
      expect(html, name).toContain("Bazaar");
      expect(text, name).not.toMatch(/<[a-z/!]/i);
    }
  });

  it("refuses an unknown template and writes nothing", async () => {
    const to = address("unknown-template");
    const error = await sendEmail({ to, template: "newsletter", props: {} } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", fields: { template: expect.any(Array) } });
    expect(await db.emailOutbox.count({ where: { to } })).toBe(0);
  });

  it("refuses invalid props, naming the fields", async () => {
    const to = address("bad-props");
    await expect(
      sendEmail({ to, template: "email-verification-code", props: { name: "", code: "12", expiresInMinutes: 15 } }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { "props.name": expect.any(Array), "props.code": expect.any(Array) } });
    await expect(
      sendEmail({ to, template: "password-reset", props: { name: "Ada", resetUrl: "javascript:alert(1)", expiresInMinutes: 5 } }),
    ).rejects.toMatchObject({ fields: { "props.resetUrl": expect.any(Array) } });
    await expect(sendEmail({ to: "not an address", template: "welcome", props: { name: "Ada" } })).rejects.toMatchObject({
      fields: { to: expect.any(Array) },
    });
    expect(await db.emailOutbox.count({ where: { to } })).toBe(0);
  });
});

describe("[EMAIL] queueEmail", () => {
  it("returns before the email exists; the email/send job puts it in the outbox", async () => {
    const to = address("queued");
    await queueEmail({ to, template: "seller-approved", props: { storeName: "Ada's Ceramics", dashboardUrl: "https://bazaar.example/dashboard" } });
    expect(await db.emailOutbox.count({ where: { to } })).toBe(0);

    await drainJobs();
    const rows = await db.emailOutbox.findMany({ where: { to } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "CAPTURED", template: "seller-approved", subject: "Ada's Ceramics is approved on Bazaar" });
    expect(rows[0]?.html).toContain("https://bazaar.example/dashboard");
  });

  it("refuses bad props in the caller, before anything is queued", async () => {
    const to = address("queued-bad");
    await expect(queueEmail({ to, template: "welcome", props: { name: 42 } } as never)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.name": expect.any(Array) },
    });
    await drainJobs();
    expect(await db.emailOutbox.count({ where: { to } })).toBe(0);
  });
});

describe("[EMAIL] outbox", () => {
  it("lists newest first, filtered by recipient, without bodies", async () => {
    const to = address("listed");
    await sendEmail({ to, template: "welcome", props: { name: "First" } });
    await sendEmail({ to, template: "welcome", props: { name: "Second" } });
    await sendEmail({ to, template: "welcome", props: { name: "Third" } });
    await sendEmail({ to: address("someone-else"), template: "welcome", props: { name: "Other" } });

    const page1 = await listOutbox({ page: 1, pageSize: 2, to: to.toUpperCase() });
    expect(page1.total).toBe(3);
    expect(page1.items.map((i) => i.subject)).toEqual(["Welcome to Bazaar, Third", "Welcome to Bazaar, Second"]);
    expect(page1.items[0]).not.toHaveProperty("html");
    expect(page1.items[0]).not.toHaveProperty("text");
    const page2 = await listOutbox({ page: 2, pageSize: 2, to });
    expect(page2.items.map((i) => i.subject)).toEqual(["Welcome to Bazaar, First"]);

    const all = await listOutbox({ page: 1, pageSize: 100 });
    expect(all.total).toBeGreaterThanOrEqual(4);
  });

  it("finds a recipient from any part of the address, in any case; wildcard characters are only characters", async () => {
    const tag = randomUUID().slice(0, 8);
    const to = `Ada.Lovelace+${tag}@Example.com`;
    await sendEmail({ to, template: "welcome", props: { name: "Ada" } });
    await sendEmail({ to: `grace_${tag}@example.com`, template: "welcome", props: { name: "Grace" } });

    for (const part of [`lovelace+${tag}`, `+${tag.toUpperCase()}@example`, `ADA.LOVELACE+${tag}@EXAMPLE.COM`]) {
      expect((await listOutbox({ to: part, pageSize: 100 })).items.map((i) => i.to), part).toEqual([to]);
    }
    expect((await listOutbox({ to: `_${tag}`, pageSize: 100 })).items.map((i) => i.to)).toEqual([`grace_${tag}@example.com`]);
    // "%" and "_" match themselves, not any text.
    expect((await listOutbox({ to: `%${tag}`, pageSize: 100 })).total).toBe(0);
    expect((await listOutbox({ to: `ada_lovelace+${tag}`, pageSize: 100 })).total).toBe(0);
  });

  it("refuses a bad page and answers NOT_FOUND for an unknown email", async () => {
    await expect(listOutbox({ page: 0, pageSize: 20 })).rejects.toMatchObject({ code: "VALIDATION_FAILED", fields: { page: expect.any(Array) } });
    await expect(listOutbox({ page: 1, pageSize: 1000 })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(getOutboxEmail("does-not-exist")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
