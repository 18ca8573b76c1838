// [PAYMENTS] the sandbox checkout page and its server action, rendered and called as Next would,
// with the signed-in actor stubbed and the webhook POST handed to the route handler (no server runs).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { makeUser, routeFetch, startTestPayment } from "@/lib/payments/test-fixtures";
import { completeSandboxPaymentAction } from "./actions";
import SandboxPaymentPage from "./page";

const auth = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth", () => ({ getActor: async () => auth.actor }));
vi.mock("@/lib/jobs", () => ({ enqueue: async () => ({ ids: [] }) }));

let buyer: Actor;
let stranger: Actor;
beforeAll(async () => {
  [buyer, stranger] = await Promise.all([makeUser(), makeUser()]);
});
afterEach(() => vi.unstubAllGlobals());

async function render(ref: string, query: Record<string, string>) {
  const element = await SandboxPaymentPage({ params: Promise.resolve({ ref }), searchParams: Promise.resolve(query) });
  return renderToStaticMarkup(createElement(() => element));
}

function formFor(ref: string, query: Record<string, string>, outcome: string) {
  const form = new FormData();
  form.set("providerRef", ref);
  for (const [name, value] of Object.entries(query)) form.set(name, value);
  form.set("outcome", outcome);
  return form;
}

describe("[PAYMENTS] sandbox checkout page", () => {
  it("shows the amount, the description and both buttons to the payer; nothing to others", async () => {
    const started = await startTestPayment(buyer);
    const query = Object.fromEntries(new URL(started.checkoutUrl).searchParams);
    auth.actor = buyer;
    const html = await render(started.providerRef, query);
    expect(html).toContain("Bazaar sandbox payment");
    expect(html).toContain("$42.50");
    expect(html).toContain("Bazaar test order");
    expect(html).toContain("Pay successfully");
    expect(html).toContain("Decline payment");

    auth.actor = stranger;
    const other = await render(started.providerRef, query);
    expect(other).toContain("belongs to another account");
    expect(other).not.toContain("$42.50");
    expect(other).not.toContain("Pay successfully");

    auth.actor = null;
    expect(await render(started.providerRef, query)).toContain("/sign-in?callbackUrl=");
    await expect(render(started.providerRef, { ...query, success_url: "https://evil.example" })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });

  it("pays through the action, redirects to the success path, then shows the final state", async () => {
    vi.stubGlobal("fetch", routeFetch);
    const started = await startTestPayment(buyer);
    const query = Object.fromEntries(new URL(started.checkoutUrl).searchParams);

    auth.actor = stranger;
    expect(await completeSandboxPaymentAction(null, formFor(started.providerRef, query, "succeed"))).toMatchObject({ ok: false, message: expect.stringMatching(/account that started/) });

    auth.actor = buyer;
    await expect(completeSandboxPaymentAction(null, formFor(started.providerRef, query, "succeed"))).rejects.toMatchObject({
      digest: expect.stringContaining(";/orders/thanks?from=sandbox;"),
    });
    expect((await db.payment.findUniqueOrThrow({ where: { id: started.paymentId } })).status).toBe("SUCCEEDED");

    const html = await render(started.providerRef, query);
    expect(html).toContain("This payment succeeded.");
    expect(html).not.toContain("Pay successfully");
    expect(html).toContain('href="/orders/thanks?from=sandbox"');
  });
});
