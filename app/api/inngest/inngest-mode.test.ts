// Inngest mode, as far as it can be exercised offline: the real SDK sends events to a local
// stand-in for Inngest's event API, and /api/inngest switches between serve and a JSON 404.
// Inngest Cloud itself (registration, runs driven by Inngest) cannot be reached from here.
import { createHmac, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { GET, POST, PUT } from "./route";
import { functions } from "@/inngest";
import { db } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { queueEmail } from "@/lib/email";
import { inngest } from "@/lib/jobs/client";
import { drainJobs, enqueue, jobsStatus } from "@/lib/jobs";

interface Received {
  method: string;
  url: string;
  body: unknown;
}

let server: Server;
let baseUrl: string;
const received: Received[] = [];

async function readBody(request: IncomingMessage): Promise<unknown> {
  let raw = "";
  for await (const chunk of request) raw += chunk;
  return raw ? JSON.parse(raw) : undefined;
}

beforeAll(async () => {
  // Answers like Inngest's event API: POST /e/:eventKey → { ids, status: 200 }.
  server = createServer(async (request, response) => {
    const body = await readBody(request);
    received.push({ method: request.method ?? "", url: request.url ?? "", body });
    const events = Array.isArray(body) ? body : [body];
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ ids: events.map(() => randomUUID()), status: 200 }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  inngest.setEnvVars({ INNGEST_EVENT_API_BASE_URL: baseUrl });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const SIGNING_KEY_HEX = "0123456789abcdef";

/** What Inngest puts in X-Inngest-Signature: HMAC-SHA256 of body + timestamp, keyed by the signing key. */
function sign(body: string): string {
  const ts = Math.round(Date.now() / 1000).toString();
  return `t=${ts}&s=${createHmac("sha256", SIGNING_KEY_HEX).update(body + ts).digest("hex")}`;
}

/** JSON with sorted keys (RFC 8785 for our plain data): Inngest signs and checks bodies in that form. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function useInngestMode() {
  process.env.INNGEST_EVENT_KEY = "test-event-key";
  process.env.INNGEST_SIGNING_KEY = `signkey-test-${SIGNING_KEY_HEX}`;
  resetEnvForTests();
}

afterEach(async () => {
  delete process.env.INNGEST_EVENT_KEY;
  delete process.env.INNGEST_SIGNING_KEY;
  resetEnvForTests();
  received.length = 0;
  await drainJobs();
});

const email = () => `inngest-mode-${randomUUID().slice(0, 8)}@example.com`;

describe("[JOBS] inngest mode", () => {
  it("sends a valid event through the Inngest SDK", async () => {
    useInngestMode();
    const to = email();
    const { ids } = await enqueue("email/send", { to, template: "welcome", props: { name: "Ada" } });
    expect(ids).toHaveLength(1);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: "POST", url: "/e/test-event-key" });
    expect(received[0]?.body).toEqual([expect.objectContaining({ name: "email/send", data: { to, template: "welcome", props: { name: "Ada" } } })]);
    expect(await jobsStatus()).toMatchObject({ mode: "inngest", jobs: expect.arrayContaining(["send-email"]) });
  });

  it("refuses an invalid payload before anything is sent", async () => {
    useInngestMode();
    const error = await enqueue("email/send", { to: "not-an-email", template: "welcome", props: {} }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION_FAILED", fields: { to: expect.any(Array), "props.name": expect.any(Array) } });
    expect(received).toHaveLength(0);
  });

  it("answers SERVICE_UNAVAILABLE when Inngest cannot be reached, and queueEmail only logs it", async () => {
    useInngestMode();
    inngest.setEnvVars({ INNGEST_EVENT_API_BASE_URL: "http://127.0.0.1:9/" });
    const logs = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(enqueue("email/send", { to: email(), template: "welcome", props: { name: "Ada" } })).rejects.toMatchObject({
        code: "SERVICE_UNAVAILABLE",
      });
      await expect(queueEmail({ to: email(), template: "welcome", props: { name: "Ada" } })).resolves.toBeUndefined();
      expect(logs.mock.calls.some(([line]) => String(line).includes("email not queued"))).toBe(true);
    } finally {
      logs.mockRestore();
      inngest.setEnvVars({ INNGEST_EVENT_API_BASE_URL: baseUrl });
    }
  }, 20_000);

  it("serves the Inngest endpoint, which refuses unsigned requests", async () => {
    useInngestMode();
    const unsigned = await GET(new NextRequest("http://localhost/api/inngest"), { params: Promise.resolve({}) });
    expect(unsigned.status).toBe(401);

    const signed = await GET(new NextRequest("http://localhost/api/inngest", { headers: { "x-inngest-signature": sign("") } }), {
      params: Promise.resolve({}),
    });
    expect(signed.status).toBe(200);
    expect(await signed.json()).toMatchObject({ function_count: functions.length, mode: "cloud" });
  });

  it("runs a job step when Inngest calls the endpoint (a signed request, as Inngest Cloud sends it)", async () => {
    useInngestMode();
    const to = email();
    const body = canonicalJson({
      event: { name: "email/send", data: { to, template: "welcome", props: { name: "Ada" } }, id: randomUUID(), ts: Date.now() },
      events: [],
      steps: {},
      ctx: { run_id: randomUUID(), attempt: 0 },
      version: 2,
    });
    const url = "http://localhost/api/inngest?fnId=bazaar-send-email&stepId=step";
    const response = await POST(
      new NextRequest(url, { method: "POST", body, headers: { "content-type": "application/json", "x-inngest-signature": sign(body) } }),
      { params: Promise.resolve({}) },
    );
    const text = await response.text();
    expect(response.status, text).toBe(206);
    // The first step ran here and reports its result to Inngest, which would call back for "deliver".
    expect(JSON.parse(text)).toEqual([expect.objectContaining({ displayName: "render", data: expect.objectContaining({ status: "CAPTURED" }) })]);
    expect(await db.emailOutbox.count({ where: { to } })).toBe(1);
  });
});

describe("[JOBS] in-process mode", () => {
  it("answers /api/inngest with a JSON 404 saying jobs run in-process", async () => {
    for (const handler of [GET, POST, PUT]) {
      const response = await handler(new NextRequest("http://localhost/api/inngest", { method: "POST", body: "{}" }), {
        params: Promise.resolve({}),
      });
      expect(response.status).toBe(404);
      const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
      expect(body.error).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining("in-process") });
      expect(response.headers.get("x-request-id")).toBe(body.error.requestId);
    }
  });

  it("never lets the Inngest client reach the network", async () => {
    const logs = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      await expect(inngest.send({ name: "email/send", data: {} })).rejects.toThrow();
      expect(received).toHaveLength(0);
      expect(logs.mock.calls.some(([line]) => String(line).includes("Jobs run in-process"))).toBe(true);
    } finally {
      logs.mockRestore();
    }
  });
});
