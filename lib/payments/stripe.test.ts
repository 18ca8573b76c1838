// [PAYMENTS] the Stripe provider, offline. The real `stripe` SDK is pointed (through STRIPE_API_BASE's
// host/port/protocol) at a small local server that answers in the shape of Stripe's API. That server
// is a stand-in we wrote: these tests show what Bazaar sends and what it does with the answers, not
// that Stripe accepts them. Webhooks are signed with the SDK's own test signer.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getEnv, resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { handlePaymentWebhook } from "./handle-payment-webhook";
import { activePaymentProvider, getPaymentProvider } from "./providers";
import { signSandboxWebhook, SIGNATURE_HEADER } from "./sandbox";
import { createStripeProvider, signStripeTestPayload } from "./stripe";
import { makeUser, paymentEvent, startTestPayment } from "./test-fixtures";

const enqueue = vi.hoisted(() => vi.fn(async (_name: string, _data: unknown) => ({ ids: [] })));
vi.mock("@/lib/jobs", () => ({ enqueue }));

const SECRET_KEY = "sk_test_bazaar";
const WEBHOOK_SECRET = "whsec_bazaar_test";
const APP_URL = "http://shop.bazaar.test";

interface Call {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  form: Record<string, string>;
}

const calls: Call[] = [];
const sessions = new Map<string, Record<string, unknown>>();
/** Set by a test to answer the next request to `path` with a Stripe error instead. */
let failNext: { path: string; status: number; error: Record<string, string> } | undefined;
let server: Server;
let standInUrl: string;
let closedPortUrl: string;
const hex = () => randomBytes(8).toString("hex");

beforeAll(async () => {
  server = createServer(async (request, response) => {
    let raw = "";
    for await (const chunk of request) raw += chunk;
    const path = new URL(request.url ?? "/", "http://stand-in").pathname;
    const call = { method: request.method ?? "", path, headers: request.headers, form: Object.fromEntries(new URLSearchParams(raw)) };
    calls.push(call);
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { "content-type": "application/json", "request-id": `req_${hex()}` });
      response.end(JSON.stringify(body));
    };
    if (failNext?.path === path) {
      const { status, error } = failNext;
      failNext = undefined;
      return answer(status, { error });
    }
    if (call.method === "POST" && path === "/v1/checkout/sessions") {
      const id = `cs_test_${hex()}`;
      const session = {
        id,
        object: "checkout.session",
        url: `https://checkout.stripe.test/c/pay/${id}`,
        amount_total: Number(call.form["line_items[0][price_data][unit_amount]"]),
        currency: call.form["line_items[0][price_data][currency]"],
        payment_status: "unpaid",
        status: "open",
        // As with Stripe: no PaymentIntent until the shopper pays (see paySession).
        payment_intent: null,
        metadata: { paymentId: call.form["metadata[paymentId]"] },
      };
      sessions.set(id, session);
      return answer(200, session);
    }
    const retrieve = /^\/v1\/checkout\/sessions\/([\w]+)$/.exec(path);
    if (call.method === "GET" && retrieve) {
      const session = sessions.get(retrieve[1]!);
      return session
        ? answer(200, session)
        : answer(404, { error: { type: "invalid_request_error", code: "resource_missing", message: "No such checkout.session" } });
    }
    if (call.method === "POST" && path === "/v1/refunds") {
      return answer(200, { id: `re_test_${hex()}`, object: "refund", amount: Number(call.form.amount), payment_intent: call.form.payment_intent, status: "succeeded" });
    }
    answer(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${call.method}: ${path})` } });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  standInUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // A port nothing listens on: bind one, then close it.
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  closedPortUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  calls.length = 0;
  failNext = undefined;
  enqueue.mockClear();
  const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
  return () => quiet.mockRestore();
});

/** What Stripe does when the shopper pays: the session gets its PaymentIntent. */
function paySession(id: string): string {
  const paymentIntent = `pi_test_${hex()}`;
  sessions.get(id)!.payment_intent = paymentIntent;
  return paymentIntent;
}

const provider = (apiBase = standInUrl) => createStripeProvider({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET, apiBase });
const nowSeconds = () => Math.floor(Date.now() / 1000);
const refusal = async (run: () => unknown) => {
  const error = await Promise.resolve().then(run).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

const checkoutInput = (paymentId = crypto.randomUUID()) => ({
  paymentId,
  amountCents: 4_250,
  currency: "USD",
  description: "Bazaar order #1042",
  origin: APP_URL,
  successUrl: "/orders/thanks?from=stripe",
  cancelUrl: "/cart",
  customerId: "user-42",
});

/** A Stripe event about a Checkout Session, as its webhook would deliver it. */
function stripeEvent(type: string, session: { id: string; amount_total?: number; currency?: string; payment_status?: string }, id = `evt_test_${hex()}`) {
  return JSON.stringify({
    id,
    object: "event",
    type,
    created: nowSeconds(),
    livemode: false,
    data: { object: { object: "checkout.session", amount_total: 4_250, currency: "usd", payment_status: "paid", ...session } },
  });
}

function signed(rawBody: string, options: { secret?: string; timestamp?: number } = {}) {
  return new Headers({ "content-type": "application/json", "stripe-signature": signStripeTestPayload(rawBody, options.secret ?? WEBHOOK_SECRET, options.timestamp) });
}

describe("[PAYMENTS] Stripe checkout", () => {
  it("creates a Checkout Session with the amount, currency, metadata, return URLs and idempotency key", async () => {
    const input = checkoutInput();
    const before = nowSeconds();
    const checkout = await provider().createCheckout(input);

    expect(checkout.providerRef).toMatch(/^cs_test_/);
    expect(checkout.url).toBe(`https://checkout.stripe.test/c/pay/${checkout.providerRef}`);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call).toMatchObject({ method: "POST", path: "/v1/checkout/sessions" });
    expect(call!.headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
    expect(call!.headers["idempotency-key"]).toBe(`checkout:${input.paymentId}`);
    expect(call!.form).toMatchObject({
      mode: "payment",
      "line_items[0][quantity]": "1",
      "line_items[0][price_data][currency]": "usd",
      "line_items[0][price_data][unit_amount]": "4250",
      "line_items[0][price_data][product_data][name]": "Bazaar order #1042",
      success_url: `${APP_URL}/orders/thanks?from=stripe`,
      cancel_url: `${APP_URL}/cart`,
      client_reference_id: "user-42",
      "metadata[paymentId]": input.paymentId,
      "payment_intent_data[metadata][paymentId]": input.paymentId,
    });
    const expiresAt = Number(call!.form.expires_at);
    expect(expiresAt - before).toBeGreaterThanOrEqual(30 * 60);
    expect(expiresAt - nowSeconds()).toBeLessThanOrEqual(30 * 60 + 1);
  });

  it("turns Stripe's refusal into a 422 and an unreachable Stripe into a 503", async () => {
    failNext = { path: "/v1/checkout/sessions", status: 400, error: { type: "invalid_request_error", code: "parameter_invalid_integer", message: "Invalid integer" } };
    const refused = await refusal(() => provider().createCheckout(checkoutInput()));
    expect(refused).toMatchObject({ code: "UNPROCESSABLE", message: "The payment provider refused to create the checkout (parameter_invalid_integer)" });
    const unreachable = await refusal(() => provider(closedPortUrl).createCheckout(checkoutInput()));
    expect(unreachable.code).toBe("SERVICE_UNAVAILABLE");
  });
});

describe("[PAYMENTS] Stripe webhooks", () => {
  const session = { id: "cs_test_webhook" };

  it("verifies a signed checkout.session.completed (paid) as payment.succeeded", () => {
    const body = stripeEvent("checkout.session.completed", session, "evt_test_paid");
    expect(provider().verifyWebhook(body, signed(body))).toEqual({
      id: "evt_test_paid",
      type: "payment.succeeded",
      providerRef: "cs_test_webhook",
      amountCents: 4_250,
      currency: "USD",
      createdAt: new Date(JSON.parse(body).created * 1000),
    });
  });

  it("maps a delayed payment's success, its failure, and an expired checkout", () => {
    const verify = (type: string, extra = {}) => {
      const body = stripeEvent(type, { ...session, ...extra });
      return provider().verifyWebhook(body, signed(body));
    };
    expect(verify("checkout.session.async_payment_succeeded")).toMatchObject({ type: "payment.succeeded", providerRef: session.id });
    expect(verify("checkout.session.async_payment_failed", { payment_status: "unpaid" })).toMatchObject({ type: "payment.failed", failureReason: "The payment did not go through" });
    expect(verify("checkout.session.expired", { payment_status: "unpaid" })).toMatchObject({
      type: "payment.failed",
      failureReason: "The checkout expired before payment",
    });
  });

  it("ignores a completed checkout still awaiting a delayed payment, and event types Bazaar does not act on", () => {
    const unpaid = stripeEvent("checkout.session.completed", { ...session, payment_status: "unpaid" });
    expect(provider().verifyWebhook(unpaid, signed(unpaid))).toBeNull();
    const other = JSON.stringify({ id: `evt_test_${hex()}`, object: "event", type: "customer.created", created: nowSeconds(), data: { object: { id: "cus_1", object: "customer" } } });
    expect(provider().verifyWebhook(other, signed(other))).toBeNull();
  });

  it.each([
    ["no Stripe-Signature header", () => new Headers({ "content-type": "application/json" })],
    ["a signature made with another secret", (body: string) => signed(body, { secret: "whsec_someone_else" })],
    ["a malformed header", () => new Headers({ "stripe-signature": "v1=abc" })],
    ["a timestamp 6 minutes old", (body: string) => signed(body, { timestamp: nowSeconds() - 6 * 60 })],
    ["a timestamp 6 minutes ahead", (body: string) => signed(body, { timestamp: nowSeconds() + 6 * 60 })],
    ["a body altered after signing", (body: string) => signed(body.replace('"amount_total":4250', '"amount_total":1'))],
  ])("refuses %s with a 400", async (_name, headersFor) => {
    const body = stripeEvent("checkout.session.completed", session);
    const error = await refusal(() => provider().verifyWebhook(body, headersFor(body)));
    expect(error).toMatchObject({ code: "BAD_REQUEST", status: 400 });
  });

  it("accepts a signature 4 minutes old", () => {
    const body = stripeEvent("checkout.session.completed", session);
    expect(provider().verifyWebhook(body, signed(body, { timestamp: nowSeconds() - 4 * 60 }))?.type).toBe("payment.succeeded");
  });

  it("refuses a signed session event without an amount as not a payment event", async () => {
    // undefined drops the keys from the JSON: a session with no amount or currency.
    const body = stripeEvent("checkout.session.completed", { ...session, amount_total: undefined, currency: undefined });
    expect(body).not.toContain("amount_total");
    expect((await refusal(() => provider().verifyWebhook(body, signed(body)))).code).toBe("BAD_REQUEST");
  });
});

describe("[PAYMENTS] Stripe refunds", () => {
  it("refunds the session's PaymentIntent with the amount and the caller's idempotency key", async () => {
    const stripe = provider();
    const checkout = await stripe.createCheckout(checkoutInput());
    const paymentIntent = paySession(checkout.providerRef);
    calls.length = 0;

    const result = await stripe.refund({ providerRef: checkout.providerRef, amountCents: 1_000, idempotencyKey: "refund-row-1" });

    expect(result.refundRef).toMatch(/^re_test_/);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([`GET /v1/checkout/sessions/${checkout.providerRef}`, "POST /v1/refunds"]);
    expect(calls[1]!.form).toEqual({ payment_intent: paymentIntent, amount: "1000" });
    expect(calls[1]!.headers["idempotency-key"]).toBe("refund:refund-row-1");
  });

  it("refuses, as a 422, a checkout never paid, an unknown session, and a refund Stripe declines", async () => {
    const stripe = provider();
    const unpaid = await stripe.createCheckout(checkoutInput());
    expect(await refusal(() => stripe.refund({ providerRef: unpaid.providerRef, amountCents: 100 }))).toMatchObject({
      code: "UNPROCESSABLE",
      message: "This checkout has no payment to refund",
    });
    expect((await refusal(() => stripe.refund({ providerRef: "cs_test_missing", amountCents: 100 }))).code).toBe("UNPROCESSABLE");

    const paid = await stripe.createCheckout(checkoutInput());
    paySession(paid.providerRef);
    failNext = { path: "/v1/refunds", status: 402, error: { type: "card_error", code: "charge_already_refunded", message: "Charge has already been refunded." } };
    expect(await refusal(() => stripe.refund({ providerRef: paid.providerRef, amountCents: 100, idempotencyKey: "r2" }))).toMatchObject({ code: "UNPROCESSABLE", message: "The payment provider refused to refund the payment (charge_already_refunded)" });
  });

  it("is a 503 (worth retrying) when Stripe cannot be reached", async () => {
    expect((await refusal(() => provider(closedPortUrl).refund({ providerRef: "cs_test_x", amountCents: 100 }))).code).toBe("SERVICE_UNAVAILABLE");
  });
});

describe("[PAYMENTS] Stripe mode end to end", () => {
  let buyer: Actor;
  let sandboxPayment: Awaited<ReturnType<typeof startTestPayment>>;

  beforeAll(async () => {
    buyer = await makeUser();
    // Started before the switch to Stripe: the sandbox must still settle it afterwards.
    resetEnvForTests();
    sandboxPayment = await startTestPayment(buyer);
    process.env.STRIPE_SECRET_KEY = SECRET_KEY;
    process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
    process.env.STRIPE_API_BASE = standInUrl;
    resetEnvForTests();
  });
  afterAll(() => {
    delete process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_WEBHOOK_SECRET;
    delete process.env.STRIPE_API_BASE;
    resetEnvForTests();
  });

  const paymentOf = (id: string) => db.payment.findUniqueOrThrow({ where: { id } });
  const eventRows = (eventId: string) => db.paymentWebhookEvent.findMany({ where: { provider: "stripe", eventId } });
  const webhook = (rawBody: string, headers = signed(rawBody)) => handlePaymentWebhook({ provider: "stripe", rawBody, headers });

  it("starts new payments with Stripe and reuses one client per config", async () => {
    expect(getEnv().payments.mode).toBe("stripe");
    expect(activePaymentProvider().name).toBe("stripe");
    expect(getPaymentProvider("stripe")).toBe(getPaymentProvider("stripe"));
    const started = await startTestPayment(buyer);
    expect(started.providerRef).toMatch(/^cs_test_/);
    expect(await paymentOf(started.paymentId)).toMatchObject({ provider: "stripe", providerRef: started.providerRef, status: "PENDING", checkoutUrl: started.checkoutUrl });
    expect(calls.at(-1)!.form["metadata[paymentId]"]).toBe(started.paymentId);
  });

  it("settles once on a signed completed event; a redelivery is a duplicate and changes nothing", async () => {
    const started = await startTestPayment(buyer);
    const body = stripeEvent("checkout.session.completed", { id: started.providerRef });
    const eventId = JSON.parse(body).id as string;

    expect(await webhook(body)).toEqual({ received: true, applied: true });
    const settled = await paymentOf(started.paymentId);
    expect(settled.status).toBe("SUCCEEDED");
    expect(enqueue).toHaveBeenCalledExactlyOnceWith("payment/succeeded", { paymentId: started.paymentId, orderId: null });

    expect(await webhook(body)).toEqual({ received: true, duplicate: true });
    expect(await paymentOf(started.paymentId)).toEqual(settled);
    expect(await eventRows(eventId)).toHaveLength(1);
    expect(enqueue).toHaveBeenCalledTimes(1);
  });

  it("throws a 400 for a bad signature and records nothing", async () => {
    const started = await startTestPayment(buyer);
    const body = stripeEvent("checkout.session.completed", { id: started.providerRef });
    const error = await refusal(() => webhook(body, signed(body, { secret: "whsec_forged" })));
    expect(error.status).toBe(400);
    expect(await paymentOf(started.paymentId)).toMatchObject({ status: "PENDING" });
    expect(await eventRows(JSON.parse(body).id)).toHaveLength(0);
    expect(enqueue).not.toHaveBeenCalled();
  });

  it("acknowledges an event it does not act on without touching the database", async () => {
    const started = await startTestPayment(buyer);
    const body = stripeEvent("checkout.session.completed", { id: started.providerRef, payment_status: "unpaid" });
    expect(await webhook(body)).toEqual({ received: true, ignored: true });
    expect(await eventRows(JSON.parse(body).id)).toHaveLength(0);
    expect((await paymentOf(started.paymentId)).status).toBe("PENDING");
  });

  it("marks an expired checkout FAILED with its reason", async () => {
    const started = await startTestPayment(buyer);
    const body = stripeEvent("checkout.session.expired", { id: started.providerRef, payment_status: "unpaid" });
    expect(await webhook(body)).toEqual({ received: true, applied: true });
    expect(await paymentOf(started.paymentId)).toMatchObject({ status: "FAILED", failureReason: "The checkout expired before payment" });
    expect(enqueue).toHaveBeenCalledExactlyOnceWith("payment/failed", expect.anything());
  });

  it("still settles a sandbox payment started before the switch", async () => {
    const rawBody = JSON.stringify(paymentEvent(sandboxPayment.providerRef));
    const headers = new Headers({ [SIGNATURE_HEADER]: signSandboxWebhook(rawBody, getEnv().payments.sandboxSecret!) });
    expect(await handlePaymentWebhook({ provider: "sandbox", rawBody, headers })).toEqual({ received: true, applied: true });
    expect((await paymentOf(sandboxPayment.paymentId)).status).toBe("SUCCEEDED");
  });
});
