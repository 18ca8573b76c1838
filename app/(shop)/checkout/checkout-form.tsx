"use client";
// The checkout page is one form. Submitted as a GET it re-renders the quote on the server with the
// choices made (address, shipping per seller, coupon), which works without JavaScript; with it,
// picking a radio updates the page in place. "Place order and pay" posts the same form to the
// server action instead. The parts below share the action's answer through context, so each
// refusal shows next to what it is about.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { createContext, use, useActionState, useState, useTransition, type ReactNode } from "react";
import { TextField } from "@/components/ui/text-field";
import { NEW_ADDRESS, SHIPPING_PARAM_PREFIX } from "@/lib/checkout/checkout-params";
import { placeOrderAction, type PlaceOrderState } from "./actions";

type Failure = NonNullable<PlaceOrderState>;

interface CheckoutState {
  /** The refusal to show (cleared once the shopper changes a choice). */
  failure: Failure | null;
  /** The last refusal, shown or not: its token replaces the page's. */
  lastFailure: Failure | null;
  placeAction: (form: FormData) => void;
  placing: boolean;
  /** The quote is being worked out again for new choices. */
  updating: boolean;
  /** "Place order" applied a code typed but not applied instead of placing the order. */
  appliedFirst: boolean;
}

const CheckoutContext = createContext<CheckoutState | null>(null);

function useCheckout(): CheckoutState {
  const state = use(CheckoutContext);
  if (!state) throw new Error("Checkout parts must be inside <CheckoutForm>");
  return state;
}

/** Field keys some part of the page shows next to its field (see CheckoutError and the address fields). */
const shownInPlace = (key: string) => ["addressId", "cart", "couponCode", "expectedTotalCents"].includes(key) || key.startsWith("address.");

/** The query string for the choices in the form; typed address details stay out of the URL. */
function choiceParams(form: HTMLFormElement): URLSearchParams {
  const data = new FormData(form);
  const params = new URLSearchParams();
  const address = data.get("address");
  for (const [key, value] of data.entries()) {
    if (typeof value !== "string") continue;
    if (key === "address" || key === "coupon" || (key.startsWith(SHIPPING_PARAM_PREFIX) && value !== "") || (key === "country" && address === NEW_ADDRESS && value !== "")) {
      params.append(key, value);
    }
  }
  return params;
}

export function CheckoutForm({ appliedCoupon, children }: { appliedCoupon: string; children: ReactNode }) {
  const router = useRouter();
  const [result, placeAction, placing] = useActionState(placeOrderAction, null);
  const [updating, startTransition] = useTransition();
  const [, startPlacing] = useTransition();
  const [dismissed, setDismissed] = useState<PlaceOrderState>(null);
  const [appliedFirst, setAppliedFirst] = useState(false);

  const update = (form: HTMLFormElement, couponFirst = false) => {
    setDismissed(result);
    setAppliedFirst(couponFirst);
    startTransition(() => router.replace(`/checkout?${choiceParams(form)}`, { scroll: false }));
  };

  return (
    <CheckoutContext value={{ failure: result && result !== dismissed ? result : null, lastFailure: result, placeAction, placing, updating, appliedFirst }}>
      <form
        method="get"
        action="/checkout"
        noValidate
        onChange={(event) => {
          const target = event.target as EventTarget;
          const name = target instanceof HTMLInputElement || target instanceof HTMLSelectElement ? target.name : "";
          if (name === "address" || name === "country" || name.startsWith(SHIPPING_PARAM_PREFIX)) update(event.currentTarget);
        }}
        onSubmit={(event) => {
          const submitter = (event.nativeEvent as SubmitEvent).submitter;
          const toPlace = submitter?.dataset.place !== undefined;
          const typed = String(new FormData(event.currentTarget).get("coupon") ?? "").trim().toUpperCase();
          event.preventDefault();
          if (toPlace && typed === appliedCoupon.trim().toUpperCase()) {
            // Placed by hand rather than through the button's formAction: React resets a form after
            // its form action, and a refused order would come back with the country and the
            // checkboxes as the page first rendered them, whatever the shopper had chosen.
            const data = new FormData(event.currentTarget, submitter);
            startPlacing(() => placeAction(data));
            return;
          }
          // Choices, or a code typed but not applied: the quote first, so the total placed is one the shopper saw.
          update(event.currentTarget, toPlace);
        }}
      >
        {children}
      </form>
    </CheckoutContext>
  );
}

/** A refusal's message for one field, where that field is (`whole`: the refusal's full message instead). */
export function CheckoutError({ name, id, whole }: { name: string; id?: string; whole?: boolean }) {
  const { failure } = useCheckout();
  const fieldMessages = failure?.fields?.[name];
  if (!failure || !fieldMessages?.length) return null;
  const messages = whole ? [failure.message] : fieldMessages;
  return (
    <div id={id} role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
      {messages.length === 1 ? <p>{messages[0]}</p> : <ul className="list-disc space-y-1 pl-5">{messages.map((m) => <li key={m}>{m}</li>)}</ul>}
    </div>
  );
}

/** The field errors of the refusal on show, keyed by input path ("address.city"). */
export function useCheckoutFieldErrors() {
  return useCheckout().failure?.fields;
}

/** The coupon box: Apply re-renders the quote with the code; why a code does not apply shows under it. */
export function CouponField({ code, refusal }: { code: string; refusal: string | null }) {
  const error = useCheckoutFieldErrors()?.couponCode?.[0] ?? refusal ?? undefined;
  return (
    <div className="flex items-start gap-2">
      <div className="flex-1">
        <TextField id="checkout-coupon" name="coupon" label="Coupon code" defaultValue={code} autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={40} error={error} />
      </div>
      {/* mt-6 clears the label, so the button lines up with the input. */}
      <button type="submit" className="mt-6 rounded-lg border border-stone-300 px-3 py-2 text-sm font-semibold hover:bg-stone-50">
        Apply
      </button>
    </div>
  );
}

/** Dims the quote while it is being worked out again. */
export function QuoteRegion({ children, className }: { children: ReactNode; className?: string }) {
  const { updating } = useCheckout();
  return (
    <div aria-busy={updating} className={`${className ?? ""} transition-opacity ${updating ? "opacity-60" : ""}`}>
      {children}
    </div>
  );
}

/** The place-order button with what it sends besides the choices: the token, the total seen and the coupon used. */
export function PlaceOrderPanel({ token, totalCents, appliedCoupon, blocked }: { token: string; totalCents: number; appliedCoupon: string; blocked: string | null }) {
  const { failure, lastFailure, placeAction, placing, updating, appliedFirst } = useCheckout();
  const pointsElsewhere = failure?.fields && Object.keys(failure.fields).every(shownInPlace);
  return (
    <div className="space-y-3">
      <input type="hidden" name="token" value={lastFailure?.token ?? token} />
      <input type="hidden" name="expectedTotalCents" value={totalCents} />
      <input type="hidden" name="appliedCoupon" value={appliedCoupon} />
      {failure && !pointsElsewhere ? (
        <div role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          <p>{failure.message}</p>
          {failure.verify ? (
            <Link href="/verify-email?callbackUrl=%2Fcheckout" className="mt-1 inline-block font-semibold underline">
              Confirm your email address
            </Link>
          ) : null}
          {failure.requestId ? <span className="block text-xs text-red-700">Reference: {failure.requestId}</span> : null}
        </div>
      ) : null}
      {failure && pointsElsewhere ? <p className="text-sm text-red-800">Your order was not placed: see the highlighted details.</p> : null}
      <button
        type="submit"
        formAction={placeAction}
        data-place=""
        disabled={placing || updating || blocked !== null}
        aria-describedby={blocked ? "checkout-blocked" : undefined}
        className="block w-full rounded-lg bg-brand-600 px-5 py-2.5 text-center font-semibold text-white hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-stone-400"
      >
        Place order and pay
      </button>
      {appliedFirst ? (
        <p role="status" className="text-sm text-amber-800">
          Your coupon code is applied first: check the new total, then place your order.
        </p>
      ) : null}
      {placing ? (
        <p role="status" className="text-center text-sm text-stone-600">
          Placing your order…
        </p>
      ) : null}
      {blocked ? (
        <p id="checkout-blocked" className="text-sm text-red-700">
          {blocked}
        </p>
      ) : null}
    </div>
  );
}
