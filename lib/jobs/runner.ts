// The in-process runner: what runs jobs when Inngest is not configured. It mimics the parts of
// Inngest that Bazaar relies on (retries with backoff, memoized steps, sleeps, fan-out events)
// inside this Node process. Nothing here survives a restart: see README.md.
import { randomUUID } from "node:crypto";
import { durationToMs, NonRetriableError } from "inngest";
import { z } from "zod";
import { logger, type Logger } from "../log";
import type { JobSpec } from "./define-job";
import { validateEvent } from "./registry";
import type { JobContext, JobEvent, JobStep, OutgoingEvent } from "./types";

const log = logger("jobs");

export interface RunnerOptions {
  /** Delay before the first retry; each further retry doubles it (with a little jitter). */
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
}

interface RunnerState {
  options: RunnerOptions;
  inFlight: Set<Promise<void>>;
  /** Attempts currently executing, per job id (for the concurrency limit). */
  active: Map<string, number>;
  waiting: Map<string, (() => void)[]>;
  counts: { started: number; succeeded: number; failed: number; retried: number };
  /** Runs asleep in a step.sleep longer than LONG_SLEEP_MS: waiting for the clock, not for work. */
  longSleepers: number;
}

const globalForRunner = globalThis as unknown as { bazaarJobRunner?: RunnerState };
const state: RunnerState = (globalForRunner.bazaarJobRunner ??= {
  options: { retryBaseDelayMs: 1_000, retryMaxDelayMs: 60_000 },
  inFlight: new Set(),
  active: new Map(),
  waiting: new Map(),
  counts: { started: 0, succeeded: 0, failed: 0, retried: 0 },
  longSleepers: 0,
});
// A state kept on globalThis by an older copy of this module may lack the newer field.
state.longSleepers ??= 0;

/** drain() does not wait for runs sleeping longer than this (a 30-minute stock hold, a reminder). */
export const LONG_SLEEP_MS = 60_000;

async function sleepStep(ms: number): Promise<void> {
  if (ms <= LONG_SLEEP_MS) return wait(ms);
  state.longSleepers++;
  try {
    await wait(ms);
  } finally {
    state.longSleepers--;
  }
}

export function configureRunner(options: Partial<RunnerOptions>): void {
  state.options = { ...state.options, ...options };
}

// setTimeout overflows past ~24.8 days (and fires at once): long sleeps wait in chunks.
const MAX_TIMER_MS = 2 ** 31 - 1;
async function wait(ms: number): Promise<void> {
  let left = ms;
  while (left > 0) {
    const chunk = Math.min(left, MAX_TIMER_MS);
    await new Promise((resolve) => setTimeout(resolve, chunk));
    left -= chunk;
  }
}

function backoffMs(attempt: number): number {
  const { retryBaseDelayMs, retryMaxDelayMs } = state.options;
  const delay = Math.min(retryMaxDelayMs, retryBaseDelayMs * 2 ** attempt);
  return Math.round(delay * (0.8 + Math.random() * 0.4));
}

async function withSlot<T>(job: JobSpec, fn: () => Promise<T>): Promise<T> {
  const limit = job.concurrency;
  if (limit && limit > 0) {
    while ((state.active.get(job.id) ?? 0) >= limit) {
      await new Promise<void>((resolve) => {
        const queue = state.waiting.get(job.id) ?? [];
        queue.push(resolve);
        state.waiting.set(job.id, queue);
      });
    }
  }
  state.active.set(job.id, (state.active.get(job.id) ?? 0) + 1);
  try {
    return await fn();
  } finally {
    state.active.set(job.id, (state.active.get(job.id) ?? 1) - 1);
    state.waiting.get(job.id)?.shift()?.();
  }
}

const toJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/** Starts one run per job without waiting for it: the caller's request goes on at once. */
export function dispatch(jobs: JobSpec[], name: string, data: unknown): string {
  const event: JobEvent<unknown> = { id: randomUUID(), name, data, ts: Date.now() };
  for (const job of jobs) {
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => runJob(job, event))
      .catch((error: unknown) => log.error("job runner failed", { jobId: job.id, event: name, error }));
    state.inFlight.add(run);
    void run.finally(() => state.inFlight.delete(run));
  }
  return event.id;
}

/** Validates and dispatches events sent from inside a job (or from enqueue). */
export async function dispatchEvents(events: OutgoingEvent | OutgoingEvent[]): Promise<{ ids: string[] }> {
  const list = Array.isArray(events) ? events : [events];
  // Validate all first: one bad event sends none.
  const checked = await Promise.all(list.map(async (e) => ({ name: e.name, ...(await validateEvent(e.name, e.data)) })));
  return { ids: checked.map((e) => dispatch(e.jobs, e.name, e.data)) };
}

async function runJob(job: JobSpec, event: JobEvent<unknown>): Promise<void> {
  const runId = randomUUID();
  const fields = { jobId: job.id, runId, event: event.name };
  // Step results recorded by earlier attempts of this run: a retry does not redo completed steps.
  const memo = new Map<string, unknown>();
  state.counts.started++;
  for (let attempt = 0; ; attempt++) {
    try {
      await withSlot(job, () => runAttempt(job, event, runId, attempt, memo));
      state.counts.succeeded++;
      log.debug("job succeeded", { ...fields, attempt });
      return;
    } catch (error) {
      const attempts = attempt + 1;
      if (error instanceof NonRetriableError || attempts > job.retries) {
        state.counts.failed++;
        log.error("job failed, giving up", { ...fields, attempts, retriable: !(error instanceof NonRetriableError), error });
        return;
      }
      const delayMs = backoffMs(attempt);
      state.counts.retried++;
      log.warn("job attempt failed, will retry", { ...fields, attempt, retryInMs: delayMs, error });
      await wait(delayMs);
    }
  }
}

async function runAttempt(job: JobSpec, event: JobEvent<unknown>, runId: string, attempt: number, memo: Map<string, unknown>) {
  const parsed = job.schema.safeParse(event.data);
  if (!parsed.success) throw new NonRetriableError(`Invalid payload for job ${job.id}: ${z.prettifyError(parsed.error)}`);

  // Like Inngest, a step id used twice in one run becomes "id", "id:1", ...
  const seen = new Map<string, number>();
  const stepKey = (id: string) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return n === 0 ? id : `${id}:${n}`;
  };
  const memoized = async <T>(id: string, fn: () => Promise<T>): Promise<T> => {
    const key = stepKey(id);
    if (memo.has(key)) return memo.get(key) as T;
    const value = await fn();
    memo.set(key, value);
    return value;
  };

  const step: JobStep = {
    run: (id, fn) => memoized(id, async () => toJson(await fn())) as never,
    sleep: (id, duration) => memoized(id, () => sleepStep(durationToMs(duration, { name: `step.sleep("${id}")` }))),
    sendEvent: (id, events) => memoized(id, () => dispatchEvents(events)),
  };
  const base = { jobId: job.id, runId, attempt };
  const scoped: Logger = {
    debug: (m, f) => log.debug(m, { ...base, ...f }),
    info: (m, f) => log.info(m, { ...base, ...f }),
    warn: (m, f) => log.warn(m, { ...base, ...f }),
    error: (m, f) => log.error(m, { ...base, ...f }),
  };
  const context: JobContext<unknown> = { event: { ...event, data: parsed.data }, step, attempt, runId, logger: scoped };
  await job.handler(context);
}

/**
 * Waits until no run is in flight (runs started meanwhile included), except runs in a sleep longer
 * than LONG_SLEEP_MS: those wait for the clock, and tests or a shutdown must not wait with them.
 * False if the timeout came first.
 */
export async function drain(timeoutMs?: number): Promise<boolean> {
  const deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
  while (state.inFlight.size > state.longSleepers) {
    // Re-checked every 50 ms as well, since a run may fall into a long sleep without finishing.
    const all = Promise.allSettled([...state.inFlight]);
    const left = deadline === undefined ? 50 : Math.min(50, deadline - Date.now());
    if (left <= 0) return false;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([all, new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
    clearTimeout(timer);
  }
  return true;
}

export function runnerStatus() {
  return { inFlight: state.inFlight.size, ...state.counts };
}
