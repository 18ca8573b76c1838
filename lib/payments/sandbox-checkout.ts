// The sandbox's hosted checkout page: what it shows, and what its two buttons do.
import type { Actor } from "../auth/actor";
import { db, type PaymentStatus } from "../db";
import { getEnv } from "../env";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { completeSandboxCheckout, SANDBOX, type CompleteSandboxCheckoutOptions } from "./sandbox";
import { isSandboxRef, readSession, sessionQuery, type SearchParams } from "./sandbox-session";

export interface CheckoutPagePayment {
  id: string;
  orderId: string | null;
  status: PaymentStatus;
  amountCents: number;
  currency: string;
  failureReason: string | null;
}

export async function getPaymentForCheckoutPage(providerRef: string, provider = SANDBOX): Promise<CheckoutPagePayment | null> {
  if (provider === SANDBOX && !isSandboxRef(providerRef)) return null;
  return db.payment.findUnique({
    where: { provider_providerRef: { provider, providerRef } },
    select: { id: true, orderId: true, status: true, amountCents: true, currency: true, failureReason: true },
  });
}

export interface SandboxCheckoutView {
  providerRef: string;
  payment: CheckoutPagePayment;
  description: string;
  successUrl: string;
  cancelUrl: string;
  /** "other": signed in, but neither the payer nor an admin. */
  viewer: "owner" | "admin" | "other" | "anonymous";
  /** The signed session, to hand back when a button is pressed. */
  session: Record<string, string>;
}

/** The page's data, or null (→ 404) for an unknown ref or a checkout URL that was tampered with. */
export async function openSandboxCheckout(input: { providerRef: string; query: SearchParams; actor: Actor | null }): Promise<SandboxCheckoutView | null> {
  const secret = getEnv().payments.sandboxSecret;
  if (!secret) return null;
  const session = readSession(secret, input.providerRef, input.query);
  if (!session) return null;
  const payment = await getPaymentForCheckoutPage(input.providerRef);
  if (!payment) return null;
  const { actor } = input;
  const viewer = !actor ? "anonymous" : actor.userId === session.customerId ? "owner" : actor.role === "ADMIN" ? "admin" : "other";
  return {
    providerRef: input.providerRef,
    payment,
    description: session.description,
    successUrl: session.successUrl,
    cancelUrl: session.cancelUrl,
    viewer,
    session: sessionQuery(secret, input.providerRef, session),
  };
}

/** A button press: the payer (or an admin) settles a pending sandbox payment; returns where to go next. */
export async function submitSandboxCheckout(
  input: { providerRef: string; query: SearchParams; outcome: unknown; actor: Actor | null },
  options?: CompleteSandboxCheckoutOptions,
): Promise<{ redirectTo: string }> {
  if (input.outcome !== "succeed" && input.outcome !== "fail") throw new AppError("BAD_REQUEST", "Choose to pay or to decline");
  const view = await openSandboxCheckout(input);
  if (!view) throw notFound("Payment");
  if (view.viewer === "anonymous") throw unauthenticated("Sign in to complete this payment");
  if (view.viewer === "other") throw forbidden("Only the account that started this payment can complete it");
  if (view.payment.status !== "PENDING") throw new AppError("CONFLICT", "This payment is already settled");
  await completeSandboxCheckout({ providerRef: view.providerRef, outcome: input.outcome }, options);
  return { redirectTo: input.outcome === "succeed" ? view.successUrl : view.cancelUrl };
}
