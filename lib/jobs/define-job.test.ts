// The Inngest side of defineJob: the same job definitions, executed by Inngest's own engine
// (@inngest/test runs a function in-process, the way Inngest Cloud would drive it through serve).
import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { sendEmailJob } from "@/inngest/send-email";
import { defineJob } from "./define-job";

const unique = () => randomUUID().slice(0, 8);

function flakyJob() {
  const calls = { step: 0, handler: 0 };
  const job = defineJob({
    id: `inngest-flaky-${unique()}`,
    event: "test/inngest-flaky",
    schema: z.object({ value: z.number().int(), label: z.string().default("none") }),
    retries: 2,
    handler: async ({ event, step, attempt, logger }) => {
      calls.handler++;
      logger.info("running", { value: event.data.value });
      const doubled = await step.run("double", () => {
        calls.step++;
        if (event.data.value < 0) throw new Error("negative values are not allowed");
        return event.data.value * 2;
      });
      return { doubled, label: event.data.label, attempt };
    },
  });
  return { job, calls };
}

describe("[JOBS] defineJob through Inngest's engine", () => {
  it("runs the handler with the parsed payload and Inngest's step tools", async () => {
    const { job, calls } = flakyJob();
    const t = new InngestTestEngine({ function: job });
    const { result, error, ctx } = await t.execute({ events: [{ name: "test/inngest-flaky", data: { value: 21 } }] });
    expect(error).toBeUndefined();
    // The schema's default was applied: the handler saw parsed data, not the raw event.
    expect(result).toEqual({ doubled: 42, label: "none", attempt: 0 });
    expect(ctx.step.run).toHaveBeenCalledWith("double", expect.any(Function));
    expect(calls.step).toBe(1);
    expect(job.job).toMatchObject({ event: "test/inngest-flaky" });
  });

  it("reports a failing step as the run's error", async () => {
    const { job } = flakyJob();
    const t = new InngestTestEngine({ function: job });
    const { result, error } = await t.execute({ events: [{ name: "test/inngest-flaky", data: { value: -1 } }] });
    expect(result).toBeUndefined();
    expect(error).toMatchObject({ message: expect.stringContaining("negative values are not allowed") });
  });

  it("uses a recorded step result instead of running the step again (what a retry sees)", async () => {
    const { job, calls } = flakyJob();
    const t = new InngestTestEngine({ function: job, steps: [{ id: "double", handler: () => 1000 }] });
    const { result } = await t.execute({ events: [{ name: "test/inngest-flaky", data: { value: 1 } }] });
    expect(result).toMatchObject({ doubled: 1000 });
    expect(calls.step).toBe(0);
  });

  it("fails a run whose payload does not fit the schema, without retrying", async () => {
    const { job, calls } = flakyJob();
    const t = new InngestTestEngine({ function: job });
    const { error } = await t.execute({ events: [{ name: "test/inngest-flaky", data: { value: "twenty" } }] });
    expect(error).toMatchObject({ name: "NonRetriableError", message: expect.stringContaining("Invalid payload") });
    expect(calls.handler).toBe(0);
  });

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
