"use client";
// The coupon code on the cart: a form to apply one, or the applied code with its discount, or why
// the code on the cart stopped applying. The discount itself is worked out on the server.
import { useActionState } from "react";
import { fieldError, FormMessage, useFields } from "@/components/ui/form-parts";
import { useAnnounceOnSuccess } from "@/components/layout/header-account";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/action-result";
import type { CartCoupon } from "@/lib/cart/get-cart";
import { formatMoney } from "@/lib/money";
import { applyCouponAction, removeCouponAction } from "./actions";

export function CouponPanel({ coupon }: { coupon: CartCoupon | null }) {
  // Held here rather than in the form, which unmounts once a code applies.
  const [applied, applyAction, applying] = useActionState(applyCouponAction, null);
  const [removed, removeAction, removing] = useActionState(removeCouponAction, null);
  useAnnounceOnSuccess(applied);
  useAnnounceOnSuccess(removed);

  const removeButton = (
    <form action={removeAction}>
      <button type="submit" disabled={removing} className="text-sm font-medium text-stone-600 hover:text-red-700 hover:underline disabled:opacity-50">
        {removing ? "Removing…" : "Remove"}
      </button>
    </form>
  );

  if (coupon && "discountCents" in coupon) {
    return (
      <div className="flex items-center justify-between gap-3 rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="cart-coupon">
        <p>
          Code <strong className="font-mono">{coupon.code}</strong> applied: {formatMoney(coupon.discountCents)} off
        </p>
        {removeButton}
      </div>
    );
  }
  return (
    <div className="space-y-3">
      {coupon ? (
        <div className="flex items-start justify-between gap-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="cart-coupon">
          <p role="status">
            Code <strong className="font-mono">{coupon.code}</strong> no longer applies: {coupon.error}
          </p>
          {removeButton}
        </div>
      ) : null}
      <ApplyCouponForm action={applyAction} result={applied} pending={applying} />
    </div>
  );
}

function ApplyCouponForm({ action, result, pending }: { action: (form: FormData) => void; result: ActionResult<unknown> | null; pending: boolean }) {
  // Controlled, so a refused code stays in the box to be corrected.
  const { bind } = useFields({ code: "" });
  return (
    <form action={action} className="space-y-2" noValidate>
      <div className="flex items-start gap-2">
        <div className="flex-1">
          <TextField label="Coupon code" autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={40} required error={fieldError(result, "code")} {...bind("code")} />
        </div>
        {/* mt-6 clears the label, so the button lines up with the input whether or not an error shows below it. */}
        <button type="submit" disabled={pending} className="mt-6 rounded-lg border border-stone-300 px-3 py-2 text-sm font-semibold hover:bg-stone-50 disabled:opacity-50">
          {pending ? "Applying…" : "Apply"}
        </button>
      </div>
      <FormMessage result={result?.ok ? null : result} fieldNames={["code"]} />
    </form>
  );
}
