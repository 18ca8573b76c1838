import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { defineScheduledJob } from "./define-job";
import { drainJobs, registerJobs, runScheduledJobNow, startScheduler } from "./index";

function countingJob(cron: string) {
  const runs: number[] = [];
  const job = defineScheduledJob({
    id: `scheduled-${randomUUID().slice(0, 8)}`,
    cron,
    handler: async ({ step }) => {
      await step.run("count", () => runs.push(Date.now()));
      return runs.length;
    },
  });
  return { job, runs };
}

describe("[JOBS] scheduled jobs", () => {
  it("run on their schedule in in-process mode, and stop when asked", async () => {
    // Croner takes an optional seconds field: every second keeps the test short.
    const { job, runs } = countingJob("* * * * * *");
    registerJobs([job]);
    const stop = await startScheduler();
    try {
      await expect.poll(() => runs.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    } finally {
      stop();
    }
    await drainJobs();
    const after = runs.length;
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(runs.length).toBe(after);
  });

  it("can be run at once, and run through Inngest's engine with a cron trigger", async () => {
    const { job, runs } = countingJob("0 7 * * *");
    registerJobs([job]);
    await runScheduledJobNow(job.job.id);
    await drainJobs();
    expect(runs).toHaveLength(1);
    await expect(runScheduledJobNow("no-such-job")).rejects.toThrow(/No scheduled job/);

    const { result, error } = await new InngestTestEngine({ function: job }).execute({ events: [{ name: "inngest/scheduled.timer", data: {} }] });
    expect(error).toBeUndefined();
    expect(result).toBe(2);
  });
});
