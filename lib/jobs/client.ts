// The one Inngest client. Jobs are defined against it in both modes (so `serve` and the in-process
// runner share one definition), but only inngest mode ever lets it talk to the network.
import { Inngest, type Logger as InngestLogger } from "inngest";
import { getEnv } from "../env";
import { logger } from "../log";

const log = logger("jobs");

// Inngest's logger takes loose arguments (string first, or pino-style object first); ours takes a
// message and fields. Inngest wraps this one so that replays of a run do not log twice.
function toFields(value: unknown): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Error) return { error: value };
  if (value && typeof value === "object") return value as Record<string, unknown>;
  return { detail: value };
}

const inngestLogger: InngestLogger = Object.fromEntries(
  (["debug", "info", "warn", "error"] as const).map((level) => [
    level,
    (...args: unknown[]) => {
      const [first, second] = args;
      if (typeof first === "string") log[level](first, toFields(second));
      else if (typeof second === "string") log[level](second, toFields(first));
      else log[level]("inngest", toFields(first));
    },
  ]),
) as unknown as InngestLogger;

// In-process mode must never reach Inngest Cloud, whatever the SDK decides to do on its own.
const guardedFetch: typeof fetch = (input, init) => {
  if (getEnv().jobs.mode !== "inngest") {
    return Promise.reject(new Error("Jobs run in-process: the Inngest client may not make network requests"));
  }
  return fetch(input, init);
};

const inngestKeys = () => {
  const jobs = getEnv().jobs;
  return jobs.mode === "inngest" ? jobs : undefined;
};

export const inngest = new Inngest({
  id: "bazaar",
  // Getters, not values: the client is built when a job file is imported (also by `next build`),
  // and the environment should be read only when Inngest is actually used.
  get eventKey() {
    return inngestKeys()?.eventKey;
  },
  get signingKey() {
    return inngestKeys()?.signingKey;
  },
  logger: inngestLogger,
  fetch: guardedFetch,
});
