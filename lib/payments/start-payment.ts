// Starts paying: a PENDING Payment row, then the provider's checkout, whose ref and URL go on the row.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEnv } from "../env";
import { AppError, fieldErrorsFromZod, notFound, unauthenticated } from "../errors";
import { logger } from "../log";
import { activePaymentProvider } from "./providers";
import { safeReturnPath } from "../safe-return-path";

const log = logger("payments");

const returnPath = z.string().transform((value, ctx) => {
  const path = safeReturnPath(value);
  if (!path) ctx.addIssue({ code: "custom", message: "Must be a path on this site, starting with /" });
  return path ?? "";
});

export const ZStartPaymentInput = z.object({
  amountCents: z.number().int().positive().max(100_000_000),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "A three-letter ISO currency code"),
  description: z.string().trim().min(1).max(200),
  orderId: z.uuid().optional(),
  successUrl: returnPath,
  cancelUrl: returnPath,
});
export type TStartPaymentInput = z.input<typeof ZStartPaymentInput>;

export interface StartedPayment {
  paymentId: string;
  providerRef: string;
  checkoutUrl: string;
}

/** `origin`: where the shopper goes to pay and comes back (publicOrigin of their request); APP_URL by default. */
export async function startPayment(input: TStartPaymentInput & { actor: Actor | null; origin?: string }): Promise<StartedPayment> {
  const { actor, origin = getEnv().appUrl } = input;
  if (!actor) throw unauthenticated("Sign in to pay");
  const parsed = ZStartPaymentInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrorsFromZod(parsed.error) });
  const { amountCents, currency, description, orderId, successUrl, cancelUrl } = parsed.data;

  if (orderId) {
    const order = await db.order.findUnique({ where: { id: orderId }, select: { buyerId: true, status: true, totalCents: true, currency: true } });
    // Someone else's order is "not found" rather than "forbidden": order ids are not to be probed.
    if (!order || (order.buyerId !== actor.userId && actor.role !== "ADMIN")) throw notFound("Order");
    if (order.status !== "PENDING_PAYMENT") throw new AppError("CONFLICT", "This order is not awaiting payment");
    if (order.totalCents !== amountCents || order.currency !== currency) {
      throw new AppError("UNPROCESSABLE", "The payment amount does not match the order total");
    }
  }

  const provider = activePaymentProvider();
  // The row exists before the provider hears of it, so the provider can carry our payment id;
  // until the checkout exists its ref is a placeholder no webhook can match.
  const payment = await db.payment.create({
    data: { orderId, payerId: actor.userId, provider: provider.name, providerRef: `pending_${randomUUID()}`, amountCents, currency, status: "PENDING" },
  });
  let checkout;
  try {
    checkout = await provider.createCheckout({ paymentId: payment.id, amountCents, currency, description, origin, successUrl, cancelUrl, customerId: actor.userId });
  } catch (error) {
    log.error("checkout could not be created", { paymentId: payment.id, provider: provider.name, error });
    await db.payment.update({ where: { id: payment.id }, data: { status: "CANCELLED", failureReason: "The checkout could not be created" } });
    throw new AppError("SERVICE_UNAVAILABLE", "Payments are unavailable right now; please try again", { cause: error });
  }
  await db.payment.update({ where: { id: payment.id }, data: { providerRef: checkout.providerRef, checkoutUrl: checkout.url } });
  log.info("payment started", { paymentId: payment.id, orderId, provider: provider.name, amountCents, currency, actorId: actor.userId });
  return { paymentId: payment.id, providerRef: checkout.providerRef, checkoutUrl: checkout.url };
}
