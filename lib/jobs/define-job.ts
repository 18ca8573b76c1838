// defineJob: one handler, two ways to run it. It creates the Inngest function (served at
// /api/inngest in inngest mode) and carries the same handler for the in-process runner, which
// learns about it when the job list is registered (registerJobs, see README.md).
import { NonRetriableError, type InngestFunction } from "inngest";
import { z } from "zod";
import type { Logger } from "../log";
import { inngest } from "./client";
import { jobEvents, type JobEventName, type JobEventSchemas } from "./events";
import { validateEvent } from "./registry";
import type { JobContext, JobHandler, JobStep, OutgoingEvent, StepResult } from "./types";

type Retries = NonNullable<InngestFunction.Options["retries"]>;

export interface JobDefinition<E extends string, S extends z.ZodType> {
  /** Stable id: Inngest keys runs and history by it. kebab-case, e.g. "send-email". */
  id: string;
  /** The event that triggers the job, e.g. "email/send". */
  event: E;
  /** The payload; enqueue checks it before anything is sent, the handler gets the parsed value. */
  schema: S;
  /** Retries after the first attempt. Default 3, as in Inngest. */
  retries?: Retries;
  /** At most this many runs of this job execute at once. */
  concurrency?: number;
  handler: (context: JobContext<z.output<S>>) => Promise<unknown>;
}

/** A job for one of Bazaar's events: its payload schema is the event's, from events.ts. */
export type EventJobDefinition<E extends JobEventName> = Omit<JobDefinition<E, JobEventSchemas[E]>, "schema"> & { schema?: never };

/**
 * A job that runs on a schedule instead of on an event. Write it to be safe to run at any time and
 * more than once (every instance of a multi-instance deployment runs its schedule in in-process
 * mode, and a restart may run it again): "what is due now", not "what happened since last time".
 */
export interface ScheduledJobDefinition {
  id: string;
  /** Five-field cron expression, in UTC ("0 * * * *": every hour on the hour). */
  cron: string;
  retries?: Retries;
  handler: (context: JobContext<Record<string, never>>) => Promise<unknown>;
}

/** What the in-process runner needs to run a job: its definition, defaults applied. */
export interface JobSpec<E extends string = string, S extends z.ZodType = z.ZodType> {
  readonly id: string;
  readonly event: E;
  /** Scheduled jobs only: when the in-process scheduler (scheduler.ts) starts a run. */
  readonly cron?: string;
  readonly schema: S;
  /** Retries after the first attempt (Inngest's meaning): 3 means up to 4 attempts. */
  readonly retries: number;
  readonly concurrency?: number;
  readonly handler: JobHandler<unknown>;
}

/** An Inngest function (give it to `serve`) that also carries its definition for the in-process runner. */
export type Job<E extends string = string, S extends z.ZodType = z.ZodType> = InngestFunction.Any & { readonly job: JobSpec<E, S> };

const isEventName = (event: string): event is JobEventName => Object.hasOwn(jobEvents, event);

export function defineJob<const E extends JobEventName>(definition: EventJobDefinition<E>): Job<E, JobEventSchemas[E]>;
/** A job for an event that is not one of Bazaar's (tests): it brings its own payload schema. */
export function defineJob<const E extends string, S extends z.ZodType>(definition: JobDefinition<E, S>): Job<E, S>;
export function defineJob(definition: JobDefinition<string, z.ZodType> | EventJobDefinition<JobEventName>): Job {
  const { id, event, retries = 3, concurrency } = definition;
  const handler = definition.handler as JobHandler<unknown>;
  const schema = pickSchema(id, event, definition.schema);
  const fn = inngestFunction({ id, trigger: { event }, retries, concurrency, schema, handler });
  const job: JobSpec = { id, event, schema, retries, concurrency, handler };
  return Object.assign(fn, { job }) as unknown as Job;
}

/** The pseudo-event a scheduled job's in-process runs carry (nothing can enqueue it). */
export const scheduledEvent = (id: string) => `schedule/${id}`;
const ZScheduledPayload = z.object({}).strip();

export function defineScheduledJob(definition: ScheduledJobDefinition): Job {
  const { id, cron, retries = 3 } = definition;
  const handler = definition.handler as JobHandler<unknown>;
  // Inngest reads a TZ= prefix; the in-process scheduler is given UTC too.
  const fn = inngestFunction({ id, trigger: { cron: `TZ=UTC ${cron}` }, retries, schema: ZScheduledPayload, handler });
  const job: JobSpec = { id, event: scheduledEvent(id), cron, schema: ZScheduledPayload, retries, handler };
  return Object.assign(fn, { job }) as unknown as Job;
}

function inngestFunction({ id, trigger, retries, concurrency, schema, handler }: {
  id: string;
  trigger: { event: string } | { cron: string };
  retries: Retries;
  concurrency?: number;
  schema: z.ZodType;
  handler: JobHandler<unknown>;
}) {
  return inngest.createFunction(
    { id, triggers: [trigger], retries, ...(concurrency ? { concurrency: { limit: concurrency } } : {}) },
    async (ctx) => {
      const parsed = schema.safeParse(ctx.event.data);
      // Retrying cannot fix a payload: fail the run at once.
      if (!parsed.success) throw new NonRetriableError(`Invalid payload for job ${id}: ${z.prettifyError(parsed.error)}`);
      const base = { jobId: id, runId: ctx.runId, attempt: ctx.attempt };
      // ctx.logger stays quiet while Inngest replays steps that already ran.
      const log: Logger = {
        debug: (m, f) => ctx.logger.debug(m, { ...base, ...f }),
        info: (m, f) => ctx.logger.info(m, { ...base, ...f }),
        warn: (m, f) => ctx.logger.warn(m, { ...base, ...f }),
        error: (m, f) => ctx.logger.error(m, { ...base, ...f }),
      };
      const step: JobStep = {
        run: <T>(stepId: string, run: () => T | Promise<T>) => ctx.step.run(stepId, run) as Promise<StepResult<Awaited<T>>>,
        sleep: (stepId, duration) => ctx.step.sleep(stepId, duration),
        sendEvent: async (stepId, events: OutgoingEvent | OutgoingEvent[]) => {
          const list = Array.isArray(events) ? events : [events];
          const checked = await Promise.all(list.map(async (e) => ({ name: e.name, data: (await validateEvent(e.name, e.data)).data })));
          return ctx.step.sendEvent(stepId, checked);
        },
      };
      return handler({
        event: { id: ctx.event.id ?? "", name: String(ctx.event.name), data: parsed.data, ts: ctx.event.ts ?? Date.now() },
        step,
        attempt: ctx.attempt,
        runId: ctx.runId,
        logger: log,
      });
    },
  );
}

/** A job for one of Bazaar's events takes the event's schema; only other events bring their own. */
function pickSchema(id: string, event: string, schema: z.ZodType | undefined): z.ZodType {
  if (isEventName(event)) {
    if (schema && schema !== jobEvents[event]) throw new Error(`Job ${id}: the payload of "${event}" is defined in lib/jobs/events.ts, not by the job`);
    return jobEvents[event];
  }
  if (!schema) throw new Error(`Job ${id}: "${event}" is not in lib/jobs/events.ts, so the job must bring a schema`);
  return schema;
}
