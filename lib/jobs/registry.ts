// Every job defineJob() has seen, by id, and the payload validation shared by enqueue and
// step.sendEvent. Kept on globalThis so that a dev-server reload or a second bundle of this module
// sees the same jobs and the same runs in flight.
import type { z } from "zod";
import { AppError, fieldErrorsFromZod } from "../errors";
import type { JobHandler } from "./types";

export interface RegisteredJob {
  id: string;
  event: string;
  schema: z.ZodType;
  /** Retries after the first attempt (Inngest's meaning): 3 means up to 4 attempts. */
  retries: number;
  concurrency?: number;
  handler: JobHandler<unknown>;
}

const globalForJobs = globalThis as unknown as { bazaarJobRegistry?: Map<string, RegisteredJob> };
const registry = (globalForJobs.bazaarJobRegistry ??= new Map());

/** Called by defineJob. A second definition with the same id (a hot reload) replaces the first. */
export function registerJob(job: RegisteredJob): void {
  registry.set(job.id, job);
}

let loading: Promise<unknown> | undefined;

/**
 * All jobs, after importing inngest/index.ts so that callers need not import the job files first.
 * Imported lazily: job files import lib/ modules that themselves enqueue, and a static import
 * here would make that a cycle.
 */
export async function loadJobs(): Promise<RegisteredJob[]> {
  loading ??= import("@/inngest");
  await loading;
  return [...registry.values()];
}

export async function jobsFor(event: string): Promise<RegisteredJob[]> {
  return (await loadJobs()).filter((job) => job.event === event);
}

/** Payloads cross a wire in Inngest mode: both modes check the JSON form, so a Date fails in both. */
function toWire(data: unknown): unknown {
  return data === undefined ? undefined : JSON.parse(JSON.stringify(data));
}

/**
 * Checks a payload against every job listening to the event and returns its JSON form.
 * Bad data is the caller's mistake (VALIDATION_FAILED); an event nobody listens to is a bug.
 */
export async function validateEvent(name: string, data: unknown): Promise<{ jobs: RegisteredJob[]; data: unknown }> {
  const jobs = await jobsFor(name);
  if (jobs.length === 0) throw new Error(`No job listens to the event "${name}": add its job to inngest/index.ts`);
  const wire = toWire(data);
  for (const job of jobs) {
    const parsed = job.schema.safeParse(wire);
    if (!parsed.success) {
      throw new AppError("VALIDATION_FAILED", `Invalid payload for the event "${name}"`, { fields: fieldErrorsFromZod(parsed.error) });
    }
  }
  return { jobs, data: wire };
}
