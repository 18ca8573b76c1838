// In-process mode's clock for scheduled jobs (defineScheduledJob): each registered job with a
// cron expression gets a timer, and each tick dispatches one run to the runner, like an event would.
// In Inngest mode Inngest keeps the schedule and this starts nothing.
import { Cron } from "croner";
import { getEnv } from "../env";
import { logger } from "../log";
import { loadJobs } from "./registry";
import { dispatch } from "./runner";

const log = logger("jobs.scheduler");

/** Starts the timers; the returned function stops them. Timers never keep the process alive. */
export async function startScheduler(): Promise<() => void> {
  if (getEnv().jobs.mode !== "in-process") return () => {};
  const scheduled = (await loadJobs()).filter((job) => job.cron);
  const timers = scheduled.map(
    (job) =>
      // protect: a run still dispatching when the next tick comes is not started twice.
      new Cron(job.cron!, { timezone: "UTC", protect: true, unref: true }, () => {
        dispatch([job], job.event, {});
      }),
  );
  if (timers.length > 0) log.info("scheduled jobs", { jobs: scheduled.map((job) => `${job.id} (${job.cron})`) });
  return () => timers.forEach((timer) => timer.stop());
}

/** Runs a scheduled job now, in this process (tests, scripts, an operator's "run it now"). */
export async function runScheduledJobNow(id: string): Promise<void> {
  const job = (await loadJobs()).find((candidate) => candidate.id === id && candidate.cron);
  if (!job) throw new Error(`No scheduled job "${id}" is registered`);
  dispatch([job], job.event, {});
}
