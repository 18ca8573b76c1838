// defineJob: one handler, two ways to run it. It creates the Inngest function (served at
// /api/inngest in inngest mode) and registers the same handler with the in-process runner.
import { NonRetriableError, type InngestFunction } from "inngest";
import { z } from "zod";
import type { Logger } from "../log";
import { inngest } from "./client";
import { registerJob, validateEvent } from "./registry";
import type { JobContext, JobStep, OutgoingEvent, StepResult } from "./types";

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

/** An Inngest function (give it to `serve`) that also says which event and payload it takes. */
export type Job<E extends string = string, S extends z.ZodType = z.ZodType> = InngestFunction.Any & {
  readonly job: { readonly id: string; readonly event: E; readonly schema: S };
};

export function defineJob<const E extends string, S extends z.ZodType>(definition: JobDefinition<E, S>): Job<E, S> {
  const { id, event, schema, retries = 3, concurrency, handler } = definition;
  registerJob({ id, event, schema, retries, concurrency, handler: handler as (context: JobContext<unknown>) => Promise<unknown> });

  const fn = inngest.createFunction(
    { id, triggers: [{ event }], retries, ...(concurrency ? { concurrency: { limit: concurrency } } : {}) },
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
  return Object.assign(fn, { job: { id, event, schema } }) as unknown as Job<E, S>;
}
