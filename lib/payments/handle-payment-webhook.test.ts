// [PAYMENTS] the webhook route and handlePaymentWebhook: real route handler, real PostgreSQL.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { deliver, makeOrder, makeUser, paymentEvent, startTestPayment } from "./test-fixtures";

const enqueue = vi.hoisted(() => vi.fn(async (_name: string, _data: unknown) => ({ ids: [] })));
vi.mock("@/lib/jobs", () => ({ enqueue }));

let buyer: Actor;
beforeAll(async () => {
  buyer = await makeUser();
});
beforeEach(() => enqueue.mockClear());

const paymentOf = (providerRef: string) => db.payment.findUniqueOrThrow({ where: { provider_providerRef: { provider: "sandbox", providerRef } } });
const eventRows = (eventId: string) => db.paymentWebhookEvent.findMany({ where: { provider: "sandbox", eventId } });
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe("[PAYMENTS] webhook", () => {
  it("settles a payment on a correctly signed event and enqueues the follow-up once", async () => {
    const order = await makeOrder(buyer, 4_250);
    const started = await startTestPayment(buyer, { orderId: order.id });
    expect(await paymentOf(started.providerRef)).toMatchObject({ status: "PENDING", orderId: order.id });

    const event = paymentEvent(started.providerRef);
    const response = await deliver(event);
    expect(response).toEqual({ status: 200, body: { received: true, applied: true } });
    expect((await paymentOf(started.providerRef)).status).toBe("SUCCEEDED");
    const [row] = await eventRows(event.id);
    expect(row).toMatchObject({ type: "payment.succeeded", payload: JSON.parse(JSON.stringify(event)) });
    expect(row!.processedAt).toBeInstanceOf(Date);
    expect(enqueue).toHaveBeenCalledTimes(1);
    expect(enqueue).toHaveBeenCalledWith("payment/succeeded", { paymentId: started.paymentId, orderId: order.id });
  });

  it("marks a declined payment FAILED with its reason and enqueues payment/failed", async () => {
    const started = await startTestPayment(buyer);
    const response = await deliver(paymentEvent(started.providerRef, { type: "payment.failed", failureReason: "Insufficient funds" }));
    expect(response.body).toEqual({ received: true, applied: true });
    expect(await paymentOf(started.providerRef)).toMatchObject({ status: "FAILED", failureReason: "Insufficient funds" });
    expect(enqueue).toHaveBeenCalledExactlyOnceWith("payment/failed", { paymentId: started.paymentId, orderId: null });
  });

  it("applies a redelivered event once", async () => {
    const started = await startTestPayment(buyer);
    const event = paymentEvent(started.providerRef);
    expect((await deliver(event)).body).toEqual({ received: true, applied: true });
    expect(await deliver(event)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await eventRows(event.id)).toHaveLength(1);
    expect(enqueue).toHaveBeenCalledTimes(1);
  });

  it("applies one of 10 concurrent deliveries of the same event", async () => {
    const started = await startTestPayment(buyer);
    const event = paymentEvent(started.providerRef);
    const responses = await Promise.all(Array.from({ length: 10 }, () => deliver(event)));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(responses.filter((r) => r.body.applied === true)).toHaveLength(1);
    expect(responses.filter((r) => r.body.duplicate === true)).toHaveLength(9);
    expect(await eventRows(event.id)).toHaveLength(1);
    expect((await paymentOf(started.providerRef)).status).toBe("SUCCEEDED");
    expect(enqueue).toHaveBeenCalledTimes(1);
  });

  it("ignores a late failure after success", async () => {
    const started = await startTestPayment(buyer);
    await deliver(paymentEvent(started.providerRef));
    const late = paymentEvent(started.providerRef, { type: "payment.failed" });
    expect((await deliver(late)).body).toEqual({ received: true, applied: false });
    expect(await paymentOf(started.providerRef)).toMatchObject({ status: "SUCCEEDED", failureReason: null });
    expect((await eventRows(late.id))[0]!.processedAt).toBeInstanceOf(Date);
    expect(enqueue).toHaveBeenCalledExactlyOnceWith("payment/succeeded", expect.anything());
  });

  it.each([
    ["an amount that differs", { amountCents: 1 }],
    ["a currency that differs", { currency: "EUR" }],
  ])("records but rejects an event with %s", async (_name, overrides) => {
    const started = await startTestPayment(buyer);
    const event = paymentEvent(started.providerRef, overrides);
    expect(await deliver(event)).toEqual({ status: 200, body: { received: true, rejected: "amount_mismatch" } });
    expect((await paymentOf(started.providerRef)).status).toBe("PENDING");
    const rows = await eventRows(event.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.processedAt).toBeNull();
    expect(enqueue).not.toHaveBeenCalled();
  });

  it("records but rejects an event for a payment it does not know", async () => {
    const event = paymentEvent("sbx_" + "0".repeat(32));
    expect((await deliver(event)).body).toEqual({ received: true, rejected: "unknown_payment" });
    expect(await eventRows(event.id)).toHaveLength(1);
  });
});

describe("[PAYMENTS] webhook authentication", () => {
  const refused: [string, (rawRef: string) => Promise<{ status: number; body: Record<string, unknown> }>][] = [
    ["a signature made with another secret", (ref) => deliver(paymentEvent(ref), { secret: "not-the-secret" })],
    ["no signature header", (ref) => deliver(paymentEvent(ref), { signature: null })],
    ["a malformed signature header", (ref) => deliver(paymentEvent(ref), { signature: "v1=abc" })],
    ["a non-hex signature", (ref) => deliver(paymentEvent(ref), { signature: `t=${nowSeconds()},v1=zz` })],
    ["a timestamp over 5 minutes old", (ref) => deliver(paymentEvent(ref), { timestamp: nowSeconds() - 301 })],
    ["a timestamp over 5 minutes ahead", (ref) => deliver(paymentEvent(ref), { timestamp: nowSeconds() + 301 })],
    [
      "a body altered after signing",
      async (ref) => {
        const { signSandboxWebhook } = await import("./sandbox");
        const { getEnv } = await import("@/lib/env");
        const signed = JSON.stringify(paymentEvent(ref, { amountCents: 1 }));
        const signature = signSandboxWebhook(signed, getEnv().payments.sandboxSecret!);
        return deliver(signed.replace('"amountCents":1', '"amountCents":4250'), { signature });
      },
    ],
  ];

  it.each(refused)("answers 400 and changes nothing for %s", async (_name, send) => {
    const started = await startTestPayment(buyer);
    const eventsFor = () => db.paymentWebhookEvent.count({ where: { payload: { path: ["providerRef"], equals: started.providerRef } } });
    const response = await send(started.providerRef);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: "BAD_REQUEST" } });
    expect((await paymentOf(started.providerRef)).status).toBe("PENDING");
    expect(await eventsFor()).toBe(0);
    expect(enqueue).not.toHaveBeenCalled();
  });

  it("accepts a timestamp just inside the tolerance", async () => {
    const started = await startTestPayment(buyer);
    expect((await deliver(paymentEvent(started.providerRef), { timestamp: nowSeconds() - 290 })).status).toBe(200);
  });

  it("answers 400 for a signed body that is not a payment event, 404 for an unknown provider", async () => {
    expect((await deliver('{"hello":"world"}')).status).toBe(400);
    expect((await deliver(paymentEvent("x"), { provider: "paypal" })).status).toBe(404);
  });
});
