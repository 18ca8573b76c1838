// The jobs this process can run, and the payload validation shared by enqueue and step.sendEvent.
// lib/ does not know the job list (inngest/index.ts does, and it imports lib/): whatever starts the
// process registers it with registerJobs: instrumentation.ts in the Next.js server, the vitest
// setup in tests, a script before it calls code that enqueues. Kept on globalThis so that a
// dev-server reload or a second bundle of this module sees the same jobs and the same runs in flight.
import { AppError, fieldErrorsFromZod } from "../errors";
import type { Job, JobSpec } from "./define-job";

/** The job list, or a function that imports it when a job is first needed (keeps start-up light). */
export type JobSource = readonly Job[] | (() => Promise<readonly Job[]>);

interface RegistryState {
  jobs: Map<string, JobSpec>;
  /** Lists registered lazily and not imported yet. */
  pending: (() => Promise<readonly Job[]>)[];
  loading?: Promise<void>;
}

const globalForJobs = globalThis as unknown as { bazaarJobs?: RegistryState };
const state: RegistryState = (globalForJobs.bazaarJobs ??= { jobs: new Map(), pending: [] });

/** A second job with the same id (a hot reload, a list registered twice) replaces the first. */
export function registerJobs(source: JobSource): void {
  if (typeof source === "function") state.pending.push(source);
  else for (const job of source) state.jobs.set(job.job.id, job.job);
}

async function loadPending(): Promise<void> {
  const pending = state.pending.splice(0);
  try {
    for (const load of pending) for (const job of await load()) state.jobs.set(job.job.id, job.job);
  } catch (error) {
    // Tried again on the next call: a failed import is worth seeing more than once.
    state.pending.unshift(...pending);
    throw error;
  }
}

/** Every registered job, after importing the lists registered lazily. */
export async function loadJobs(): Promise<JobSpec[]> {
  while (state.pending.length > 0 || state.loading) {
    state.loading ??= loadPending().finally(() => (state.loading = undefined));
    await state.loading;
  }
  return [...state.jobs.values()];
}

export async function jobsFor(event: string): Promise<JobSpec[]> {
  const jobs = await loadJobs();
  if (jobs.length === 0) {
    throw new Error(`No jobs are registered in this process, so nothing can handle "${event}": register inngest/index.ts's list at start-up (see lib/jobs/README.md)`);
  }
  return jobs.filter((job) => job.event === event);
}

/** Payloads cross a wire in Inngest mode: both modes check the JSON form, so a Date fails in both. */
function toWire(data: unknown): unknown {
  return data === undefined ? undefined : JSON.parse(JSON.stringify(data));
}

/**
 * Checks a payload against every job listening to the event and returns its JSON form.
 * Bad data is the caller's mistake (VALIDATION_FAILED); an event nobody listens to is a bug.
 */
export async function validateEvent(name: string, data: unknown): Promise<{ jobs: JobSpec[]; data: unknown }> {
  const jobs = await jobsFor(name);
  if (jobs.length === 0) throw new Error(`No job listens to the event "${name}": add its job to inngest/index.ts`);
  const wire = toWire(data);
  for (const schema of new Set(jobs.map((job) => job.schema))) {
    const parsed = schema.safeParse(wire);
    if (!parsed.success) {
      throw new AppError("VALIDATION_FAILED", `Invalid payload for the event "${name}"`, { fields: fieldErrorsFromZod(parsed.error) });
    }
  }
  return { jobs, data: wire };
}
