// Resend mode, offline. The real `resend` SDK is pointed (through its own RESEND_BASE_URL) at
// either a closed local port or a small local server that answers in the shape of Resend's API.
// That server is a stand-in we wrote: these tests show what Bazaar does with the SDK's answers and
// what the SDK sends, not that Resend accepts it (Resend itself cannot be reached from here).
import { randomUUID } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { resetEnvForTests } from "../env";
import { configureJobRunner, drainJobs } from "../jobs";
import { queueEmail, sendEmail } from "./index";

interface Call {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

let reply: (call: Call) => { status: number; body: unknown } = () => ({ status: 500, body: {} });
const calls: Call[] = [];
let server: Server;
let standInUrl: string;
let closedPortUrl: string;

beforeAll(async () => {
  server = createServer(async (request, response) => {
    let raw = "";
    for await (const chunk of request) raw += chunk;
    const call = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: raw ? JSON.parse(raw) : {} };
    calls.push(call);
    const { status, body } = reply(call);
    response.writeHead(status, { "content-type": "application/json" });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  standInUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A port nothing listens on: bind one, then close it.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedPortUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));

  configureJobRunner({ retryBaseDelayMs: 5, retryMaxDelayMs: 20 });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

let apiKey: string;
function useResend(baseUrl: string) {
  // A new key per test gives a new config object, hence a new SDK client that reads RESEND_BASE_URL.
  apiKey = `re_test_${randomUUID().replaceAll("-", "")}`;
  process.env.RESEND_API_KEY = apiKey;
  process.env.EMAIL_FROM = "Bazaar <orders@bazaar.example>";
  process.env.RESEND_BASE_URL = baseUrl;
  resetEnvForTests();
}

let quiet: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  calls.length = 0;
  quiet = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(async () => {
  await drainJobs();
  quiet.mockRestore();
  delete process.env.RESEND_API_KEY;
  delete process.env.EMAIL_FROM;
  delete process.env.RESEND_BASE_URL;
  resetEnvForTests();
});

const address = (tag: string) => `${tag}-${randomUUID().slice(0, 8)}@example.com`;

describe("[EMAIL] sendEmail in resend mode", () => {
  it("records FAILED with the SDK's error and throws when Resend cannot be reached", async () => {
    useResend(closedPortUrl);
    const to = address("unreachable");
    await expect(sendEmail({ to, template: "welcome", props: { name: "Ada" } })).rejects.toThrow(/could not be delivered/);
    const row = await db.emailOutbox.findFirstOrThrow({ where: { to } });
    expect(row).toMatchObject({ status: "FAILED", provider: "resend", providerMessageId: null, sentAt: null });
    expect(row.error).toMatch(/Unable to fetch data/);
    expect(row.html).toContain("Welcome, ");
  });

  it("records FAILED and does not retry when Resend refuses the email (4xx)", async () => {
    useResend(standInUrl);
    reply = () => ({ status: 422, body: { statusCode: 422, name: "validation_error", message: "The bazaar.example domain is not verified." } });
    const to = address("refused");
    const error = await sendEmail({ to, template: "welcome", props: { name: "Ada" } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "NonRetriableError", message: expect.stringContaining("domain is not verified") });
    const row = await db.emailOutbox.findFirstOrThrow({ where: { to } });
    expect(row).toMatchObject({ status: "FAILED", error: "validation_error (422): The bazaar.example domain is not verified." });
  });

  it("sends what Resend's API expects and records SENT with the id it returns", async () => {
    useResend(standInUrl);
    const providerId = randomUUID();
    reply = () => ({ status: 200, body: { id: providerId } });
    const to = address("sent");
    const { id, status } = await sendEmail({ to, template: "welcome", props: { name: "Ada" } });
    expect(status).toBe("SENT");

    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call).toMatchObject({ method: "POST", url: "/emails" });
    expect(call?.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(call?.headers["idempotency-key"]).toBe(`bazaar-email-${id}`);
    expect(call?.body).toMatchObject({ from: "Bazaar <orders@bazaar.example>", to, subject: "Welcome to Bazaar, Ada" });
    expect(call?.body.html).toEqual(expect.stringContaining("Welcome, "));
    expect(call?.body.text).toEqual(expect.stringContaining("Your Bazaar account is ready"));

    const row = await db.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", provider: "resend", providerMessageId: providerId, error: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });
});

describe("[EMAIL] queueEmail in resend mode", () => {
  it("retries delivery of the same outbox row, with the same idempotency key, until it gives up", async () => {
    useResend(standInUrl);
    reply = () => ({ status: 500, body: { statusCode: 500, name: "internal_server_error", message: "Try again later" } });
    const to = address("retried");
    await queueEmail({ to, template: "welcome", props: { name: "Ada" } });
    await drainJobs();

    const rows = await db.emailOutbox.findMany({ where: { to } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "FAILED", error: expect.stringContaining("Try again later") });
    // send-email allows 5 retries: 6 deliveries of one rendered email.
    expect(calls).toHaveLength(6);
    expect(new Set(calls.map((c) => c.headers["idempotency-key"]))).toEqual(new Set([`bazaar-email-${rows[0]?.id}`]));
  });

  it("ends SENT when a retry succeeds", async () => {
    useResend(standInUrl);
    let n = 0;
    reply = () => (++n < 3 ? { status: 503, body: { statusCode: 503, name: "application_error", message: "busy" } } : { status: 200, body: { id: "re-msg-1" } });
    const to = address("eventually");
    await queueEmail({ to, template: "welcome", props: { name: "Ada" } });
    await drainJobs();
    const rows = await db.emailOutbox.findMany({ where: { to } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "SENT", providerMessageId: "re-msg-1", error: null });
    expect(calls).toHaveLength(3);
  });
});
