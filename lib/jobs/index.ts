// Background jobs: enqueue(event, payload) hands work to Inngest when it is configured, and to the
// in-process runner otherwise. Events and their payloads are listed in events.ts; the jobs that
// handle them live in inngest/ (one file each) and are registered by whatever starts the process
// (registerJobs); see README.md.
import { NonRetriableError } from "inngest";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { logger } from "../log";
import { inngest } from "./client";
import { loadJobs, validateEvent } from "./registry";
import { configureRunner, dispatch, drain, runnerStatus, type RunnerOptions } from "./runner";
import type { JobEventName, JobEvents } from "./types";

export { defineJob, defineScheduledJob, type EventJobDefinition, type Job, type JobDefinition, type ScheduledJobDefinition } from "./define-job";
export { runScheduledJobNow, startScheduler } from "./scheduler";
export { jobEvents, type JobPayload } from "./events";
export { registerJobs, type JobSource } from "./registry";
export type { JobContext, JobEventName, JobEvents, JobStep, OutgoingEvent } from "./types";
/** Throw it from a handler when retrying cannot help (the run fails at once, in both modes). */
export { NonRetriableError };

const log = logger("jobs");

/**
 * Sends an event; every job listening to it runs in the background.
 * Throws AppError VALIDATION_FAILED (nothing sent) when the payload does not fit the job's schema,
 * and SERVICE_UNAVAILABLE when Inngest cannot be reached. Never waits for the jobs themselves.
 */
export async function enqueue<E extends JobEventName>(name: E, data: JobEvents[E]): Promise<{ ids: string[] }> {
  const checked = await validateEvent(name, data);
  const config = getEnv().jobs;
  if (config.mode === "in-process") return { ids: [dispatch(checked.jobs, name, checked.data)] };
  try {
    const { ids } = await inngest.send({ name, data: checked.data as Record<string, unknown> });
    return { ids };
  } catch (error) {
    log.error("could not send an event to Inngest", { event: name, error });
    throw new AppError("SERVICE_UNAVAILABLE", "Background jobs are unavailable, try again shortly", { cause: error });
  }
}

/**
 * Waits for every in-process run in flight (and the runs they start) to finish, retries included.
 * For tests and graceful shutdown. Returns false if timeoutMs passed first. No-op in inngest mode.
 */
export function drainJobs(options: { timeoutMs?: number } = {}): Promise<boolean> {
  return drain(options.timeoutMs);
}

/** For tests: shorten the retry backoff of the in-process runner. */
export function configureJobRunner(options: Partial<RunnerOptions>): void {
  configureRunner(options);
}

export type JobsStatus =
  | { mode: "inngest"; jobs: string[] }
  | { mode: "in-process"; jobs: string[]; inFlight: number; started: number; succeeded: number; failed: number; retried: number };

/** What /api/health reports: the mode, the known jobs and, in-process, the runs since start. */
export async function jobsStatus(): Promise<JobsStatus> {
  const jobs = (await loadJobs()).map((job) => job.id).sort();
  const config = getEnv().jobs;
  return config.mode === "inngest" ? { mode: "inngest", jobs } : { mode: "in-process", jobs, ...runnerStatus() };
}
