// The in-process runner, through the public verbs (enqueue, drainJobs, jobsStatus) with jobs
// defined and registered here. No Inngest: INNGEST_* are not set in tests, so jobs run in this
// process. The app's own jobs are registered too (inngest/register.ts is a vitest setup file).
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { configureJobRunner, defineJob, drainJobs, enqueue, jobsStatus, NonRetriableError, registerJobs, type JobDefinition } from "./index";

// Test events are not part of the app's typed event map.
const send = enqueue as unknown as (name: string, data: unknown) => Promise<{ ids: string[] }>;
const unique = () => randomUUID().slice(0, 8);

/** Defines a test job and registers it, as inngest/register.ts does with the app's list. */
function register<E extends string, S extends z.ZodType>(definition: JobDefinition<E, S>) {
  const job = defineJob(definition);
  registerJobs([job]);
  return job;
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

/** Log lines the runner wrote (warn and error go to stderr as JSON). */
function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const spy = vi.spyOn(console, "error").mockImplementation((text: unknown) => {
    try {
      lines.push(JSON.parse(String(text)) as Record<string, unknown>);
    } catch {
      // not one of ours
    }
  });
  return { lines, restore: () => spy.mockRestore() };
}

beforeAll(() => {
  configureJobRunner({ retryBaseDelayMs: 5, retryMaxDelayMs: 40 });
  process.on("unhandledRejection", onUnhandled);
});
afterEach(async () => {
  await drainJobs();
});
afterAll(() => {
  process.off("unhandledRejection", onUnhandled);
});

describe("[JOBS] in-process runner", () => {
  it("retries a handler that fails twice, without re-running a completed step", async () => {
    const event = `test/flaky-${unique()}`;
    const attempts: number[] = [];
    let stepRuns = 0;
    const results: unknown[] = [];
    register({
      id: `flaky-${unique()}`,
      event,
      schema: z.object({ value: z.number().int() }),
      retries: 3,
      handler: async ({ event, step, attempt }) => {
        attempts.push(attempt);
        const doubled = await step.run("double", () => {
          stepRuns++;
          return { doubled: event.data.value * 2, at: new Date(0) };
        });
        if (attempt < 2) throw new Error(`transient failure on attempt ${attempt}`);
        results.push(doubled);
      },
    });

    const before = (await jobsStatus()) as Extract<Awaited<ReturnType<typeof jobsStatus>>, { mode: "in-process" }>;
    const logs = captureLogs();
    const { ids } = await send(event, { value: 21 });
    // The caller is not held: nothing has run yet when enqueue returns.
    expect(ids).toHaveLength(1);
    expect(attempts).toEqual([]);

    expect(await drainJobs()).toBe(true);
    logs.restore();
    expect(attempts).toEqual([0, 1, 2]);
    expect(stepRuns).toBe(1);
    // Step results went through JSON, as they do through Inngest.
    expect(results).toEqual([{ doubled: 42, at: "1970-01-01T00:00:00.000Z" }]);
    const retried = logs.lines.filter((l) => l.message === "job attempt failed, will retry");
    expect(retried.map((l) => l.attempt)).toEqual([0, 1]);

    const after = await jobsStatus();
    expect(after).toMatchObject({ mode: "in-process", inFlight: 0 });
    if (after.mode !== "in-process") throw new Error("unreachable");
    expect(after.succeeded - before.succeeded).toBe(1);
    expect(after.retried - before.retried).toBe(2);
    expect(after.jobs).toContain("send-email");
  });

  it("gives up after the retry limit, logs the job id, and leaves no unhandled rejection", async () => {
    const id = `always-fails-${unique()}`;
    const event = `test/always-fails-${unique()}`;
    let calls = 0;
    register({
      id,
      event,
      schema: z.object({}),
      retries: 2,
      handler: async () => {
        calls++;
        throw new Error("the remote service is down");
      },
    });

    const logs = captureLogs();
    await send(event, {});
    await drainJobs();
    await new Promise((resolve) => setTimeout(resolve, 20));
    logs.restore();

    expect(calls).toBe(3);
    const gaveUp = logs.lines.find((l) => l.message === "job failed, giving up");
    expect(gaveUp).toMatchObject({ level: "error", scope: "jobs", jobId: id, event, attempts: 3 });
    expect(JSON.stringify(gaveUp?.error)).toContain("the remote service is down");
    expect(unhandled).toEqual([]);
  });

  it("stops at once on NonRetriableError", async () => {
    const event = `test/non-retriable-${unique()}`;
    let calls = 0;
    register({
      id: `non-retriable-${unique()}`,
      event,
      schema: z.object({}),
      handler: async () => {
        calls++;
        throw new NonRetriableError("this cannot work");
      },
    });
    const logs = captureLogs();
    await send(event, {});
    await drainJobs();
    logs.restore();
    expect(calls).toBe(1);
    expect(logs.lines.find((l) => l.message === "job failed, giving up")).toMatchObject({ attempts: 1, retriable: false });
  });

  it("refuses an invalid payload at enqueue, and runs nothing", async () => {
    const event = `test/strict-${unique()}`;
    let calls = 0;
    register({
      id: `strict-${unique()}`,
      event,
      schema: z.object({ orderId: z.string().min(1), quantity: z.number().int().positive() }),
      handler: async () => {
        calls++;
      },
    });

    const error = await send(event, { orderId: "", quantity: 1.5 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", status: 400 });
    expect(Object.keys((error as AppError).fields ?? {}).sort()).toEqual(["orderId", "quantity"]);
    await drainJobs();
    expect(calls).toBe(0);
  });

  it("checks payloads in their JSON form, as they would cross the wire to Inngest", async () => {
    const event = `test/dates-${unique()}`;
    register({ id: `dates-${unique()}`, event, schema: z.object({ at: z.date() }), handler: async () => {} });
    await expect(send(event, { at: new Date() })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
  });

  it("imports a job list registered lazily when an event first needs it", async () => {
    const event = `test/lazy-${unique()}`;
    const ran: number[] = [];
    let imports = 0;
    registerJobs(async () => {
      imports++;
      return [defineJob({ id: `lazy-${unique()}`, event, schema: z.object({ n: z.number() }), handler: async ({ event }) => void ran.push(event.data.n) })];
    });
    expect(imports).toBe(0);
    await Promise.all([send(event, { n: 1 }), send(event, { n: 2 })]);
    await drainJobs();
    expect(imports).toBe(1);
    expect(ran.sort()).toEqual([1, 2]);
  });

  it("refuses an event no job listens to", async () => {
    await expect(send(`test/nobody-${unique()}`, {})).rejects.toThrow(/No job listens/);
  });

  it("sleeps, fans out with step.sendEvent once per run, and drains chained runs", async () => {
    const first = `test/first-${unique()}`;
    const second = `test/second-${unique()}`;
    const received: unknown[] = [];
    let firstAttempts = 0;
    const sleptMs: number[] = [];
    register({
      id: `second-${unique()}`,
      event: second,
      schema: z.object({ n: z.number() }),
      handler: async ({ event }) => {
        received.push(event.data.n);
      },
    });
    register({
      id: `first-${unique()}`,
      event: first,
      schema: z.object({}),
      retries: 1,
      handler: async ({ step, attempt }) => {
        firstAttempts++;
        const started = Date.now();
        await step.sleep("pause", 30);
        sleptMs.push(Date.now() - started);
        await step.sendEvent("fan-out", [
          { name: second, data: { n: 1 } },
          { name: second, data: { n: 2 } },
        ] as never);
        // Fail once after sending: the retry must not send again (or sleep again).
        if (attempt === 0) throw new Error("fail after sending");
      },
    });

    const logs = captureLogs();
    await send(first, {});
    await drainJobs();
    logs.restore();
    expect(firstAttempts).toBe(2);
    // Slept on the first attempt; the retry skipped the completed sleep.
    expect(sleptMs[0]).toBeGreaterThanOrEqual(25);
    expect(sleptMs[1]).toBeLessThan(25);
    expect(received.sort()).toEqual([1, 2]);
  });

  it("limits concurrent runs of a job", async () => {
    const event = `test/serial-${unique()}`;
    let running = 0;
    let peak = 0;
    register({
      id: `serial-${unique()}`,
      event,
      schema: z.object({}),
      concurrency: 1,
      handler: async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 10));
        running--;
      },
    });
    await Promise.all([send(event, {}), send(event, {}), send(event, {})]);
    await drainJobs();
    expect(peak).toBe(1);
  });

  it("drainJobs reports a timeout instead of waiting forever", async () => {
    const event = `test/slow-${unique()}`;
    register({
      id: `slow-${unique()}`,
      event,
      schema: z.object({}),
      handler: async ({ step }) => {
        await step.sleep("long", "1s");
      },
    });
    await send(event, {});
    expect(await drainJobs({ timeoutMs: 20 })).toBe(false);
    expect(await drainJobs()).toBe(true);
  });
});
