// What Bazaar needs from a payment provider: the sandbox (sandbox.ts) and Stripe (stripe.ts).
// Providers never touch orders: they create checkouts, authenticate their webhooks and refund.
import { z } from "zod";

export interface CreateCheckoutInput {
  paymentId: string;
  amountCents: number;
  currency: string;
  description: string;
  /** Where the shopper is sent to and returns to: APP_URL, or the allowed host they are using (lib/http/public-origin.ts). */
  origin: string;
  /** Same-origin relative paths (checked by startPayment) the shopper returns to. */
  successUrl: string;
  cancelUrl: string;
  /** Who is paying (Stripe: client_reference_id). The sandbox lets only them, or an admin, complete it. */
  customerId: string;
}

export interface Checkout {
  /** The provider's id for this checkout (Stripe: the session id); unique per provider. */
  providerRef: string;
  /** Where to send the shopper to pay. */
  url: string;
}

export const paymentEventTypes = ["payment.succeeded", "payment.failed"] as const;
export type PaymentEventType = (typeof paymentEventTypes)[number];

export interface PaymentEvent {
  /** The provider's event id: a redelivery carries the same id. */
  id: string;
  type: PaymentEventType;
  providerRef: string;
  amountCents: number;
  currency: string;
  createdAt: Date;
  failureReason?: string;
}

export const ZPaymentEvent = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(paymentEventTypes),
  providerRef: z.string().min(1).max(200),
  amountCents: z.number().int().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  createdAt: z.coerce.date(),
  failureReason: z.string().max(500).optional(),
});

export interface PaymentProvider {
  readonly name: string;
  createCheckout(input: CreateCheckoutInput): Promise<Checkout>;
  /**
   * Authenticates a webhook delivery and parses its event; AppError BAD_REQUEST when it cannot.
   * null: authentic, but not an event Bazaar acts on (a provider sends many kinds).
   */
  verifyWebhook(rawBody: string, headers: Headers): PaymentEvent | null;
  refund(input: RefundInput): Promise<{ refundRef: string }>;
}

export interface RefundInput {
  providerRef: string;
  amountCents: number;
  /** The same key for a retry of the same refund (the caller passes its Refund row id), so it is made once. */
  idempotencyKey?: string;
}
