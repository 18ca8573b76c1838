// The Stripe payment provider: Stripe Checkout for paying, its signed webhooks for the outcome, its
// refunds API for money back. The only file that imports the `stripe` SDK.
import Stripe from "stripe";
import type { StripePaymentsConfig } from "../env";
import { AppError } from "../errors";
import { logger } from "../log";
import { ZPaymentEvent, type PaymentEvent, type PaymentProvider } from "./provider";

export const STRIPE = "stripe";
export const STRIPE_SIGNATURE_HEADER = "stripe-signature";
/** A delivery signed longer ago than this (or this far ahead) is refused, as for the sandbox. */
export const STRIPE_TOLERANCE_SECONDS = 5 * 60;
/** Stripe's shortest allowed checkout lifetime; a shorter one is refused by its API. */
const CHECKOUT_LIFETIME_SECONDS = 30 * 60;

const log = logger("payments.stripe");
const unixNow = () => Math.floor(Date.now() / 1000);

type Config = Pick<StripePaymentsConfig, "secretKey" | "webhookSecret" | "apiBase">;

export function createStripeProvider(config: Config): PaymentProvider {
  const stripe = new Stripe(config.secretKey, { maxNetworkRetries: 2, timeout: 20_000, ...serverOf(config.apiBase) });

  return {
    name: STRIPE,

    async createCheckout({ paymentId, amountCents, currency, description, origin, successUrl, cancelUrl, customerId }) {
      const session = await call("create the checkout", () =>
        stripe.checkout.sessions.create(
          {
            mode: "payment",
            line_items: [{ quantity: 1, price_data: { currency: currency.toLowerCase(), unit_amount: amountCents, product_data: { name: description } } }],
            success_url: origin + successUrl,
            cancel_url: origin + cancelUrl,
            client_reference_id: customerId,
            // On the session and on its PaymentIntent, so either can be traced back to the payment.
            metadata: { paymentId },
            payment_intent_data: { metadata: { paymentId } },
            expires_at: unixNow() + CHECKOUT_LIFETIME_SECONDS,
          },
          // One payment, one session: a retried start returns the session already made.
          { idempotencyKey: `checkout:${paymentId}` },
        ),
      );
      if (!session.url) throw new AppError("SERVICE_UNAVAILABLE", "Stripe returned a checkout without a URL");
      return { providerRef: session.id, url: session.url };
    },

    verifyWebhook(rawBody, headers) {
      const header = headers.get(STRIPE_SIGNATURE_HEADER);
      if (!header) throw new AppError("BAD_REQUEST", "Missing Stripe-Signature header");
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, header, config.webhookSecret, STRIPE_TOLERANCE_SECONDS);
      } catch (error) {
        log.warn("webhook refused", { reason: error instanceof Error ? error.message.split("\n")[0] : String(error) });
        throw new AppError("BAD_REQUEST", "Webhook signature could not be verified");
      }
      // The SDK only refuses old signatures; one dated ahead is refused too, as the sandbox does.
      const signedAt = Number(/(?:^|,)t=(\d+)/.exec(header)?.[1]);
      if (signedAt - unixNow() > STRIPE_TOLERANCE_SECONDS) throw new AppError("BAD_REQUEST", "Webhook timestamp is outside the tolerance window");
      return toPaymentEvent(event);
    },

    async refund({ providerRef, amountCents, idempotencyKey }) {
      if (!Number.isInteger(amountCents) || amountCents <= 0) throw new AppError("BAD_REQUEST", "A refund must be a positive number of cents");
      const session = await call("find the payment to refund", () => stripe.checkout.sessions.retrieve(providerRef));
      const paymentIntent = typeof session.payment_intent === "string" ? session.payment_intent : session.payment_intent?.id;
      if (!paymentIntent) throw new AppError("UNPROCESSABLE", "This checkout has no payment to refund");
      const refund = await call("refund the payment", () =>
        stripe.refunds.create({ payment_intent: paymentIntent, amount: amountCents }, idempotencyKey ? { idempotencyKey: `refund:${idempotencyKey}` } : undefined),
      );
      return { refundRef: refund.id };
    },
  };
}

/** The Stripe event as Bazaar's PaymentEvent, or null for an event that settles nothing. */
function toPaymentEvent(event: Stripe.Event): PaymentEvent | null {
  const outcome = outcomeOf(event);
  if (!outcome) return null;
  const { session, type, failureReason } = outcome;
  const parsed = ZPaymentEvent.safeParse({
    id: event.id,
    type,
    providerRef: session.id,
    amountCents: session.amount_total,
    currency: session.currency?.toUpperCase(),
    createdAt: new Date(event.created * 1000),
    ...(failureReason ? { failureReason } : {}),
  });
  if (!parsed.success) throw new AppError("BAD_REQUEST", "Webhook body is not a payment event");
  return parsed.data;
}

type Outcome = { session: Stripe.Checkout.Session; type: PaymentEvent["type"]; failureReason?: string };

function outcomeOf(event: Stripe.Event): Outcome | null {
  switch (event.type) {
    case "checkout.session.completed":
      // "unpaid": a delayed method (a bank debit…) is still on its way; async_payment_* settles it later.
      return event.data.object.payment_status === "paid" ? { session: event.data.object, type: "payment.succeeded" } : null;
    case "checkout.session.async_payment_succeeded":
      return { session: event.data.object, type: "payment.succeeded" };
    case "checkout.session.async_payment_failed":
      return { session: event.data.object, type: "payment.failed", failureReason: "The payment did not go through" };
    case "checkout.session.expired":
      return { session: event.data.object, type: "payment.failed", failureReason: "The checkout expired before payment" };
    default:
      return null;
  }
}

/** A Stripe call whose failure becomes an AppError: 503 when retrying may help, 422 when Stripe refused. */
async function call<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeError)) throw error;
    log.error(`could not ${what}`, { type: error.type, code: error.code, statusCode: error.statusCode, requestId: error.requestId, message: error.message });
    const refused =
      error instanceof Stripe.errors.StripeCardError ||
      error instanceof Stripe.errors.StripeInvalidRequestError ||
      error instanceof Stripe.errors.StripeIdempotencyError;
    if (refused) throw new AppError("UNPROCESSABLE", `The payment provider refused to ${what}${error.code ? ` (${error.code})` : ""}`, { cause: error });
    throw new AppError("SERVICE_UNAVAILABLE", "The payment provider did not answer; please try again", { cause: error });
  }
}

/** The SDK's host/port/protocol for STRIPE_API_BASE; nothing (Stripe's own API) when unset. */
function serverOf(apiBase: string | undefined): Pick<Stripe.StripeConfig, "host" | "port" | "protocol"> {
  if (!apiBase) return {};
  const url = new URL(apiBase);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { host: url.hostname, port: url.port || (protocol === "http" ? 80 : 443), protocol };
}

/** A `Stripe-Signature` header for a body, as Stripe would sign it: for tests of the webhook path. */
export function signStripeTestPayload(payload: string, secret: string, timestamp = unixNow()): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
}
