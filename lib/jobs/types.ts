// What a job's handler sees: the subset of Inngest's context Bazaar uses, identical in both modes.
import type { TimeStr } from "inngest";
import type { Logger } from "../log";
import type { JobEventName, JobEvents } from "./events";

export type { JobEventName, JobEvents } from "./events";

/** Step results travel as JSON (as they do through Inngest): return plain data, not Dates or classes. */
export type Jsonified<T> = T extends Date
  ? string
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends (...args: never[]) => unknown
      ? never
      : T extends readonly (infer U)[]
        ? Jsonified<U>[]
        : T extends object
          ? { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: Jsonified<T[K]> }
          : unknown;

/** A step that returns nothing yields null, as in Inngest. */
export type StepResult<T> = [T] extends [undefined | void] ? null : Jsonified<T>;

/** An event to send from inside a job (step.sendEvent). */
export type OutgoingEvent = { [E in JobEventName]: { name: E; data: JobEvents[E] } }[JobEventName];

export interface JobEvent<T> {
  id: string;
  name: string;
  data: T;
  /** Milliseconds since the epoch, when the event was sent. */
  ts: number;
}

export interface JobStep {
  /** Runs fn once per run: a retry of the run returns the recorded result instead of running it again. */
  run<T>(id: string, fn: () => T | Promise<T>): Promise<StepResult<Awaited<T>>>;
  /** Pauses the run: milliseconds or an Inngest time string ("30s", "5m", "2h", "1d"). */
  sleep(id: string, duration: number | TimeStr): Promise<void>;
  /** Sends events (validated like enqueue) exactly once per run. */
  sendEvent(id: string, events: OutgoingEvent | OutgoingEvent[]): Promise<{ ids: string[] }>;
}

export interface JobContext<T> {
  event: JobEvent<T>;
  step: JobStep;
  /** Zero-based: 0 on the first try, 1 on the first retry. */
  attempt: number;
  runId: string;
  logger: Logger;
}

export type JobHandler<T> = (context: JobContext<T>) => Promise<unknown>;
