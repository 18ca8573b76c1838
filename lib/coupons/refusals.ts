// Why a coupon code is refused, in words a shopper can act on. Evaluating a code at checkout and
// redeeming it when the order is placed use the same messages, so a code that runs out between the
// two reads the same either way.
import { AppError, type ErrorCode } from "../errors";
import { formatMoney } from "../money";

export type CouponRefusalReason =
  | "NOT_FOUND"
  | "INACTIVE"
  | "NOT_STARTED"
  | "EXPIRED"
  | "MIN_SUBTOTAL"
  | "USAGE_LIMIT"
  | "PER_USER_LIMIT"
  | "NOT_APPLICABLE";

export interface CouponRefusal {
  ok: false;
  reason: CouponRefusalReason;
  message: string;
}

/** Codes are stored upper-case (a CHECK enforces it); shoppers may type them any way. */
export function normalizeCouponCode(code: string): string {
  return code.trim().toUpperCase();
}

// UTC, so the date shown is the same whichever server answers.
const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

type Details =
  | { reason: "NOT_FOUND" | "INACTIVE" | "USAGE_LIMIT" | "PER_USER_LIMIT" }
  | { reason: "NOT_STARTED"; startsAt: Date }
  | { reason: "EXPIRED"; endsAt: Date }
  | { reason: "MIN_SUBTOTAL"; missingCents: number; storeName?: string }
  | { reason: "NOT_APPLICABLE"; storeName: string };

function message(details: Details): string {
  switch (details.reason) {
    case "NOT_FOUND":
      return "We don't recognise that code";
    case "INACTIVE":
      return "This code is no longer active";
    case "NOT_STARTED":
      return `This code starts on ${dateFormat.format(details.startsAt)}`;
    case "EXPIRED":
      return `This code expired on ${dateFormat.format(details.endsAt)}`;
    case "MIN_SUBTOTAL":
      return details.storeName
        ? `Spend ${formatMoney(details.missingCents)} more on ${details.storeName} items to use this code`
        : `Spend ${formatMoney(details.missingCents)} more to use this code`;
    case "USAGE_LIMIT":
      return "This code has been used up";
    case "PER_USER_LIMIT":
      return "You've already used this code";
    case "NOT_APPLICABLE":
      return `This code is for ${details.storeName} items only`;
  }
}

export function couponRefusal(details: Details): CouponRefusal {
  return { ok: false, reason: details.reason, message: message(details) };
}

/** A refused code as an error: the message is also under `fields.coupon` for the checkout form. */
export class CouponRefusedError extends AppError {
  readonly reason: CouponRefusalReason;

  constructor(refusal: Pick<CouponRefusal, "reason" | "message">) {
    // Limits reached are a race with other shoppers (409); the rest is about the code itself.
    const code: ErrorCode = refusal.reason === "USAGE_LIMIT" || refusal.reason === "PER_USER_LIMIT" ? "CONFLICT" : "VALIDATION_FAILED";
    super(code, refusal.message, { fields: { coupon: [refusal.message] } });
    this.name = "CouponRefusedError";
    this.reason = refusal.reason;
  }
}
