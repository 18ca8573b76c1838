"use server";
// Placing the order from the checkout page. The form carries a token made when the page was
// rendered: the same token is the same order, so a double click or a resubmitted page places one
// order and every submission is answered with it (withIdempotency). A refusal is answered with a
// fresh token, since its key now holds that refusal.
import { randomUUID } from "node:crypto";
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/action-result";
import { requireActor } from "@/lib/auth";
import { VERIFY_FIRST } from "@/lib/auth/require-verified";
import { placeOrder, type PlacedOrder } from "@/lib/checkout/place-order";
import { AppError, errorStatus, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { requestPublicOrigin } from "@/lib/http/public-origin";
import { withIdempotency } from "@/lib/idempotency/with-idempotency";
import { checkoutFormInput } from "./checkout-form-data";

export type PlaceOrderState = {
  ok: false;
  message: string;
  fields?: FieldErrors;
  requestId?: string;
  /** The refusal is about the unconfirmed email address: link to confirming it. */
  verify: boolean;
  /** For the next attempt. */
  token: string;
} | null;

/** A refusal stored by withIdempotency (the API's error body) as the error it was. */
function storedError(body: unknown): AppError {
  const error = (body as { error?: { code?: string; message?: string; fields?: FieldErrors } } | null)?.error;
  const code: ErrorCode = error?.code && error.code in errorStatus ? (error.code as ErrorCode) : "INTERNAL";
  return new AppError(code, error?.message ?? "Your order could not be placed", { fields: error?.fields });
}

/** To the payment page; without one, to the order (paid already, or the payment could not start). */
function nextStep(placed: PlacedOrder): string {
  if (placed.checkoutUrl) return placed.checkoutUrl;
  if (placed.status === "PAID") return `/checkout/complete/${placed.orderId}`;
  return `/account/orders/${placed.orderId}${placed.paymentError ? "?payment=unavailable" : ""}`;
}

export async function placeOrderAction(_previous: PlaceOrderState, form: FormData): Promise<PlaceOrderState> {
  const { token, input } = checkoutFormInput(form);
  const result = await runAction(async () => {
    const actor = await requireActor();
    const answer = await withIdempotency({ scope: `checkout-web:${actor.userId}`, key: token, request: input }, async () => ({
      status: 201,
      body: await placeOrder({ actor, input, origin: await requestPublicOrigin() }),
    }));
    if (answer.status >= 400) throw storedError(answer.body);
    return answer.body as PlacedOrder;
  });
  if (result.ok) redirect(nextStep(result.data));
  // Prices, stock or rates may have moved: the page renders again with today's quote.
  refresh();
  return { ok: false, message: result.message, fields: result.fields, requestId: result.requestId, verify: result.message === VERIFY_FIRST, token: randomUUID() };
}
