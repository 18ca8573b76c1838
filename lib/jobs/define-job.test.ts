// The Inngest side of defineJob: the same job definitions, executed by Inngest's own engine
// (@inngest/test runs a function in-process, the way Inngest Cloud would drive it through serve).
import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "./define-job";
import { jobEvents } from "./events";

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

  it("gives a job for one of Bazaar's events that event's payload schema, and refuses another", () => {
    const handler = async () => {};
    expect(defineJob({ id: `placed-${unique()}`, event: "order/placed", handler }).job.schema).toBe(jobEvents["order/placed"]);
    const own = z.object({ orderId: z.string() });
    expect(() => defineJob({ id: `placed-${unique()}`, event: "order/placed" as string, schema: own, handler })).toThrow(/lib\/jobs\/events.ts/);
  });
});
