// The sandbox payment provider: a stand-in for Stripe that runs inside Bazaar. Its checkout is our
// own page (/pay/sandbox/<ref>), and its webhooks are signed and delivered exactly as a real
// provider's are (Stripe's scheme), to the same route, so the whole payment path runs unchanged.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { db } from "../db";
import { getEnv } from "../env";
import { AppError, notFound } from "../errors";
import { logger } from "../log";
import { ZPaymentEvent, type PaymentEvent, type PaymentProvider } from "./provider";
import { sessionQuery } from "./sandbox-session";

export const SANDBOX = "sandbox";
export const SIGNATURE_HEADER = "Bazaar-Signature";
/** A delivery signed longer ago than this (or this far in the future) is refused: replay protection. */
export const TOLERANCE_SECONDS = 5 * 60;

const log = logger("payments.sandbox");
const hex = (bytes: number) => randomBytes(bytes).toString("hex");
const unixNow = () => Math.floor(Date.now() / 1000);
const hmac = (secret: string, payload: string) => createHmac("sha256", secret).update(payload).digest("hex");

/** The `Bazaar-Signature` header value for a body: `t=<unix>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export function signSandboxWebhook(rawBody: string, secret: string, timestamp = unixNow()): string {
  return `t=${timestamp},v1=${hmac(secret, `${timestamp}.${rawBody}`)}`;
}

export function verifySandboxWebhook(rawBody: string, headers: Headers, secret: string, now = unixNow()): PaymentEvent {
  const header = headers.get(SIGNATURE_HEADER);
  if (!header) throw new AppError("BAD_REQUEST", `Missing ${SIGNATURE_HEADER} header`);
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (key === "t" && value && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === "v1" && value) signatures.push(value);
  }
  if (timestamp === undefined || signatures.length === 0) throw new AppError("BAD_REQUEST", `Malformed ${SIGNATURE_HEADER} header`);
  if (Math.abs(now - timestamp) > TOLERANCE_SECONDS) throw new AppError("BAD_REQUEST", "Webhook timestamp is outside the tolerance window");
  const expected = Buffer.from(hmac(secret, `${timestamp}.${rawBody}`), "hex");
  // Several v1 values are allowed (as Stripe does) so that a secret can be rotated.
  const matches = signatures.some((s) => {
    const given = Buffer.from(s, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new AppError("BAD_REQUEST", "Webhook signature does not match");
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    throw new AppError("BAD_REQUEST", "Webhook body is not JSON");
  }
  const event = ZPaymentEvent.safeParse(parsed);
  if (!event.success) throw new AppError("BAD_REQUEST", "Webhook body is not a payment event");
  return event.data;
}

export function createSandboxProvider({ secret }: { secret: string }): PaymentProvider {
  return {
    name: SANDBOX,
    async createCheckout(input) {
      const providerRef = `sbx_${hex(16)}`;
      const query = new URLSearchParams(sessionQuery(secret, providerRef, input));
      return { providerRef, url: `${input.origin}/pay/sandbox/${providerRef}?${query}` };
    },
    verifyWebhook: (rawBody, headers) => verifySandboxWebhook(rawBody, headers, secret),
    async refund({ providerRef, amountCents }) {
      if (!Number.isInteger(amountCents) || amountCents <= 0) throw new AppError("BAD_REQUEST", "A refund must be a positive number of cents");
      // Refuse what a real provider would: unknown charges, unpaid ones, more than what is left.
      const payment = await db.payment.findUnique({ where: { provider_providerRef: { provider: SANDBOX, providerRef } } });
      if (!payment) throw notFound("Payment");
      if (!["SUCCEEDED", "PARTIALLY_REFUNDED"].includes(payment.status)) throw new AppError("CONFLICT", "Only a paid payment can be refunded");
      if (amountCents > payment.amountCents - payment.refundedCents) throw new AppError("UNPROCESSABLE", "The refund exceeds what is left of the payment");
      return { refundRef: `sbx_re_${hex(16)}` };
    },
  };
}

export interface CompleteSandboxCheckoutOptions {
  /** Who delivers the webhook; the global fetch by default (tests hand it to the route directly). */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  attempts?: number;
  retryDelayMs?: number;
}

/**
 * Plays the provider's part when the shopper pays or declines: builds the event, signs it, and
 * POSTs it to our webhook route like any real provider would, retrying network failures and 5xx.
 */
export async function completeSandboxCheckout(
  { providerRef, outcome }: { providerRef: string; outcome: "succeed" | "fail" },
  options: CompleteSandboxCheckoutOptions = {},
): Promise<{ eventId: string; response: unknown }> {
  const payment = await db.payment.findUnique({ where: { provider_providerRef: { provider: SANDBOX, providerRef } } });
  if (!payment) throw notFound("Payment");
  const event: PaymentEvent = {
    id: `evt_sbx_${hex(16)}`,
    type: outcome === "succeed" ? "payment.succeeded" : "payment.failed",
    providerRef,
    amountCents: payment.amountCents,
    currency: payment.currency,
    createdAt: new Date(),
    ...(outcome === "fail" ? { failureReason: "The card was declined (sandbox)" } : {}),
  };
  const rawBody = JSON.stringify(event);
  const env = getEnv();
  const secret = env.payments.sandboxSecret;
  // Only in Stripe mode on a deployment that never ran the sandbox: no sandbox payment can exist there.
  if (!secret) throw new AppError("INTERNAL", "The sandbox payment provider is not configured");
  const url = `${env.appUrl}/api/webhooks/payments/${SANDBOX}`;
  const send = options.fetch ?? ((u: string, init: RequestInit) => fetch(u, init));
  const attempts = options.attempts ?? 3;

  for (let attempt = 1; ; attempt++) {
    let failure: string;
    try {
      const response = await send(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", [SIGNATURE_HEADER]: signSandboxWebhook(rawBody, secret) },
        body: rawBody,
      });
      if (response.ok) return { eventId: event.id, response: await response.json().catch(() => null) };
      if (response.status < 500) {
        // Retrying cannot fix a refusal: a wrong secret or appUrl is a configuration problem.
        log.error("webhook delivery refused", { status: response.status, eventId: event.id, body: await response.text().catch(() => "") });
        throw new AppError("INTERNAL", "The payment could not be completed", { cause: new Error(`webhook answered ${response.status}`) });
      }
      failure = `status ${response.status}`;
    } catch (error) {
      if (error instanceof AppError) throw error;
      failure = error instanceof Error ? error.message : String(error);
    }
    if (attempt >= attempts) {
      log.error("webhook delivery failed", { eventId: event.id, attempts, failure });
      throw new AppError("SERVICE_UNAVAILABLE", "The payment service did not answer; please try again");
    }
    log.warn("webhook delivery failed, retrying", { eventId: event.id, attempt, failure });
    await new Promise((resolve) => setTimeout(resolve, (options.retryDelayMs ?? 250) * 2 ** (attempt - 1)));
  }
}
