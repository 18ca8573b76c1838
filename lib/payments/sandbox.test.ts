// [PAYMENTS] the sandbox provider: its checkout page's rules, and its webhook delivery end to end
// (completeSandboxCheckout's HTTP POST is handed straight to the webhook route's POST handler).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { getPaymentProvider } from "./providers";
import { completeSandboxCheckout, verifySandboxWebhook, signSandboxWebhook, SIGNATURE_HEADER } from "./sandbox";
import { openSandboxCheckout, submitSandboxCheckout } from "./sandbox-checkout";
import { makeUser, routeFetch, startTestPayment } from "./test-fixtures";

const enqueue = vi.hoisted(() => vi.fn(async (_name: string, _data: unknown) => ({ ids: [] })));
vi.mock("@/lib/jobs", () => ({ enqueue }));

let buyer: Actor;
let stranger: Actor;
let admin: Actor;
beforeAll(async () => {
  [buyer, stranger, admin] = await Promise.all([makeUser(), makeUser(), makeUser("ADMIN")]);
});
beforeEach(() => enqueue.mockClear());

const statusOf = async (paymentId: string) => (await db.payment.findUniqueOrThrow({ where: { id: paymentId } })).status;
const queryOf = (checkoutUrl: string) => Object.fromEntries(new URL(checkoutUrl).searchParams);
const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe("[PAYMENTS] sandbox webhook delivery", () => {
  it("signs, POSTs to the webhook route and settles the payment", async () => {
    const started = await startTestPayment(buyer);
    const calls: string[] = [];
    const result = await completeSandboxCheckout(
      { providerRef: started.providerRef, outcome: "succeed" },
      { fetch: (url, init) => (calls.push(url), routeFetch(url, init)) },
    );
    expect(calls).toEqual([`${getEnv().appUrl}/api/webhooks/payments/sandbox`]);
    expect(result.response).toEqual({ received: true, applied: true });
    expect(await statusOf(started.paymentId)).toBe("SUCCEEDED");
    expect(await db.paymentWebhookEvent.findUnique({ where: { provider_eventId: { provider: "sandbox", eventId: result.eventId } } })).not.toBeNull();
    expect(enqueue).toHaveBeenCalledExactlyOnceWith("payment/succeeded", { paymentId: started.paymentId, orderId: null });
  });

  it("retries a network failure with the same event, and gives up after the last attempt", async () => {
    const started = await startTestPayment(buyer);
    const bodies: string[] = [];
    let calls = 0;
    const flaky = async (url: string, init: RequestInit) => {
      bodies.push(String(init.body));
      if (++calls === 1) throw new TypeError("fetch failed");
      return routeFetch(url, init);
    };
    await completeSandboxCheckout({ providerRef: started.providerRef, outcome: "fail" }, { fetch: flaky, retryDelayMs: 1 });
    expect(calls).toBe(2);
    expect(bodies[0]).toBe(bodies[1]);
    expect(await statusOf(started.paymentId)).toBe("FAILED");

    const down = vi.fn(async () => {
      throw new TypeError("fetch failed");
    });
    const error = await refusal(completeSandboxCheckout({ providerRef: started.providerRef, outcome: "succeed" }, { fetch: down, retryDelayMs: 1 }));
    expect(error.code).toBe("SERVICE_UNAVAILABLE");
    expect(down).toHaveBeenCalledTimes(3);
  });

  it("does not retry a refused delivery", async () => {
    const started = await startTestPayment(buyer);
    const refused = vi.fn(async () => Response.json({ error: { code: "BAD_REQUEST" } }, { status: 400 }));
    expect((await refusal(completeSandboxCheckout({ providerRef: started.providerRef, outcome: "succeed" }, { fetch: refused }))).code).toBe("INTERNAL");
    expect(refused).toHaveBeenCalledTimes(1);
    expect(await statusOf(started.paymentId)).toBe("PENDING");
  });

  it("verifies what it signs, and nothing else", () => {
    const body = JSON.stringify({ id: "evt_1", type: "payment.succeeded", providerRef: "sbx_x", amountCents: 5, currency: "USD", createdAt: new Date().toISOString() });
    const headers = (value: string) => new Headers({ [SIGNATURE_HEADER]: value });
    expect(verifySandboxWebhook(body, headers(signSandboxWebhook(body, "s3cret")), "s3cret")).toMatchObject({ id: "evt_1", amountCents: 5 });
    // A rotated secret: either of two v1 values may match.
    const old = signSandboxWebhook(body, "old-secret");
    const both = `${signSandboxWebhook(body, "s3cret")},${old.split(",")[1]}`;
    expect(verifySandboxWebhook(body, headers(both), "old-secret").id).toBe("evt_1");
    expect(() => verifySandboxWebhook(body, headers(signSandboxWebhook(body, "other")), "s3cret")).toThrow(/does not match/);
    expect(() => verifySandboxWebhook(body, headers(signSandboxWebhook(body, "s3cret", 1_000)), "s3cret")).toThrow(/tolerance/);
  });
});

describe("[PAYMENTS] sandbox checkout page", () => {
  it("shows the signed session to the payer, with their return paths", async () => {
    const started = await startTestPayment(buyer);
    const url = new URL(started.checkoutUrl);
    expect(url.origin + url.pathname).toBe(`${getEnv().appUrl}/pay/sandbox/${started.providerRef}`);
    const view = await openSandboxCheckout({ providerRef: started.providerRef, query: queryOf(started.checkoutUrl), actor: buyer });
    expect(view).toMatchObject({
      viewer: "owner",
      description: "Bazaar test order",
      successUrl: "/orders/thanks?from=sandbox",
      cancelUrl: "/cart",
      payment: { id: started.paymentId, status: "PENDING", amountCents: 4_250, currency: "USD" },
    });
    expect((await openSandboxCheckout({ providerRef: started.providerRef, query: queryOf(started.checkoutUrl), actor: stranger }))?.viewer).toBe("other");
    expect((await openSandboxCheckout({ providerRef: started.providerRef, query: queryOf(started.checkoutUrl), actor: null }))?.viewer).toBe("anonymous");
  });

  it.each([
    ["an open-redirect success_url", { success_url: "https://evil.example/phish" }],
    ["a protocol-relative cancel_url", { cancel_url: "//evil.example" }],
    ["another customer", { customer: "someone-else" }],
    ["another description", { description: "Free stuff" }],
    ["no signature", { sig: "" }],
  ])("treats a checkout URL with %s as not found", async (_name, change) => {
    const started = await startTestPayment(buyer);
    const query = { ...queryOf(started.checkoutUrl), ...change };
    expect(await openSandboxCheckout({ providerRef: started.providerRef, query, actor: buyer })).toBeNull();
    expect((await refusal(submitSandboxCheckout({ providerRef: started.providerRef, query, outcome: "succeed", actor: buyer }))).code).toBe("NOT_FOUND");
    expect(await statusOf(started.paymentId)).toBe("PENDING");
  });

  it("lets the payer pay and sends them to the success path", async () => {
    const started = await startTestPayment(buyer);
    const query = queryOf(started.checkoutUrl);
    const result = await submitSandboxCheckout({ providerRef: started.providerRef, query, outcome: "succeed", actor: buyer }, { fetch: routeFetch });
    expect(result).toEqual({ redirectTo: "/orders/thanks?from=sandbox" });
    expect(await statusOf(started.paymentId)).toBe("SUCCEEDED");
    // Settled: the buttons are gone and pressing one again is refused.
    const again = await refusal(submitSandboxCheckout({ providerRef: started.providerRef, query, outcome: "fail", actor: buyer }, { fetch: routeFetch }));
    expect(again.code).toBe("CONFLICT");
    expect(await statusOf(started.paymentId)).toBe("SUCCEEDED");
  });

  it("lets an admin decline, sending them to the cancel path; refuses anyone else", async () => {
    const started = await startTestPayment(buyer);
    const query = queryOf(started.checkoutUrl);
    const submit = (actor: Actor | null, outcome: unknown = "fail") =>
      submitSandboxCheckout({ providerRef: started.providerRef, query, outcome, actor }, { fetch: routeFetch });
    expect((await refusal(submit(stranger))).code).toBe("FORBIDDEN");
    expect((await refusal(submit(null))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(submit(buyer, "refund-me"))).code).toBe("BAD_REQUEST");
    expect(await statusOf(started.paymentId)).toBe("PENDING");
    expect(await submit(admin)).toEqual({ redirectTo: "/cart" });
    expect(await statusOf(started.paymentId)).toBe("FAILED");
  });
});

describe("[PAYMENTS] sandbox refunds", () => {
  it("refunds up to what was paid", async () => {
    const provider = getPaymentProvider("sandbox")!;
    const started = await startTestPayment(buyer);
    expect((await refusal(provider.refund({ providerRef: started.providerRef, amountCents: 100 }))).code).toBe("CONFLICT");
    await completeSandboxCheckout({ providerRef: started.providerRef, outcome: "succeed" }, { fetch: routeFetch });
    expect((await provider.refund({ providerRef: started.providerRef, amountCents: 4_250 })).refundRef).toMatch(/^sbx_re_[a-f0-9]{32}$/);
    expect((await refusal(provider.refund({ providerRef: started.providerRef, amountCents: 4_251 }))).code).toBe("UNPROCESSABLE");
    expect((await refusal(provider.refund({ providerRef: started.providerRef, amountCents: 0 }))).code).toBe("BAD_REQUEST");
  });
});
