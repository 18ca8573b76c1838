// Shared by the payments tests: users, orders, started payments and signed webhook deliveries.
import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { POST } from "@/app/api/webhooks/payments/[provider]/route";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEnv } from "../env";
import type { PaymentEvent } from "./provider";
import { signSandboxWebhook, SIGNATURE_HEADER } from "./sandbox";
import { startPayment } from "./start-payment";

export const suffix = () => randomBytes(6).toString("hex");

export async function makeUser(role: "BUYER" | "ADMIN" = "BUYER"): Promise<Actor> {
  const email = `payments-${suffix()}@test.local`;
  const user = await db.user.create({ data: { email, role } });
  return { userId: user.id, email, name: null, role };
}

export async function makeOrder(buyer: Actor, totalCents: number, currency = "USD") {
  return db.order.create({
    data: {
      buyerId: buyer.userId,
      email: buyer.email,
      currency,
      subtotalCents: totalCents,
      shippingCents: 0,
      totalCents,
      shippingAddress: { fullName: "Test Buyer", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
    },
  });
}

export async function startTestPayment(actor: Actor, overrides: { amountCents?: number; orderId?: string; currency?: string } = {}) {
  return startPayment({
    amountCents: overrides.amountCents ?? 4_250,
    currency: overrides.currency ?? "USD",
    description: "Bazaar test order",
    orderId: overrides.orderId,
    successUrl: "/orders/thanks?from=sandbox",
    cancelUrl: "/cart",
    actor,
  });
}

export function paymentEvent(providerRef: string, overrides: Partial<PaymentEvent> = {}): PaymentEvent {
  return {
    id: `evt_test_${suffix()}`,
    type: "payment.succeeded",
    providerRef,
    amountCents: 4_250,
    currency: "USD",
    createdAt: new Date(),
    ...overrides,
  };
}

/** Delivers a body to the webhook route's POST handler, signed unless told otherwise. */
export async function deliver(
  body: PaymentEvent | string,
  options: { provider?: string; secret?: string; timestamp?: number; signature?: string | null } = {},
) {
  const rawBody = typeof body === "string" ? body : JSON.stringify(body);
  const headers = new Headers({ "Content-Type": "application/json" });
  const signature =
    options.signature === undefined ? signSandboxWebhook(rawBody, options.secret ?? getEnv().payments.sandboxSecret!, options.timestamp) : options.signature;
  if (signature !== null) headers.set(SIGNATURE_HEADER, signature);
  const provider = options.provider ?? "sandbox";
  const request = new NextRequest(`http://localhost/api/webhooks/payments/${provider}`, { method: "POST", headers, body: rawBody });
  const response = await POST(request, { params: Promise.resolve({ provider }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Hands completeSandboxCheckout's HTTP POST straight to the route handler (no Next server runs in tests). */
export const routeFetch = async (url: string, init: RequestInit): Promise<Response> =>
  POST(new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]), { params: Promise.resolve({ provider: url.split("/").pop()! }) });
