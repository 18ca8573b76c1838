"use client";
// What the seller can do next with this order, as the server says (`actions`): prepare, ship with a
// tracking number, mark delivered, cancel (after confirming, with a reason) or refund part or all.
// Fields are controlled so a refused submit keeps what was typed.
import { useActionState, useEffect, useState } from "react";
import { fieldError, FormMessage, useFields } from "@/components/ui/form-parts";
import { TextField } from "@/components/ui/text-field";
import { centsToPrice } from "@/lib/catalog/listing-query";
import { formatMoney } from "@/lib/money";
import { changeStatusAction, refundAction } from "./actions";

type NextStatus = "PREPARING" | "IN_TRANSIT" | "DELIVERED" | "CANCELLED" | "REFUNDED";

const button = {
  primary: "rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 disabled:bg-stone-400",
  secondary: "rounded-lg border border-stone-300 bg-white px-4 py-2 font-semibold hover:bg-stone-100 disabled:text-stone-400",
  danger: "rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:bg-stone-400",
};

export function OrderActions({
  subOrderId,
  status,
  actions,
  refundableCents,
  currency,
}: {
  subOrderId: string;
  status: string;
  actions: NextStatus[];
  refundableCents: number;
  currency: string;
}) {
  const [moved, moveAction, moving] = useActionState(changeStatusAction, null);
  const [refunded, refundFormAction, refunding] = useActionState(refundAction, null);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const ship = useFields({ carrier: "", trackingNumber: "" });
  const cancel = useFields({ reason: "" });
  const refund = useFields({ amount: "", reason: "" });
  const busy = moving || refunding;
  const can = (next: NextStatus) => actions.includes(next);
  const canRefund = can("REFUNDED") && refundableCents > 0;

  useEffect(() => {
    // A refund went through: the next one starts from an empty form.
    if (refunded?.ok) refund.setValues({ amount: "", reason: "" });
    // Only a new result should clear the form, not every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refunded]);

  const hidden = (next?: NextStatus) => (
    <>
      <input type="hidden" name="subOrderId" value={subOrderId} />
      {next ? <input type="hidden" name="status" value={next} /> : null}
    </>
  );
  const full = formatMoney(refundableCents, currency);

  return (
    <div className="space-y-4">
      <section aria-labelledby="next-step" className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="next-step" className="font-semibold">
          Next step
        </h2>
        {actions.length === 0 ? (
          <p className="text-sm text-stone-600">
            {status === "PENDING_PAYMENT"
              ? "Waiting for the buyer to pay. Unpaid orders close by themselves, and their stock goes back on sale."
              : "Nothing left to do on this order."}
          </p>
        ) : null}

        {can("PREPARING") ? (
          <form action={moveAction}>
            {hidden("PREPARING")}
            <p className="mb-2 text-sm text-stone-600">Paid and ready for you: let the buyer know you are on it.</p>
            <button type="submit" disabled={busy} className={button.primary}>
              Start preparing
            </button>
          </form>
        ) : null}

        {can("IN_TRANSIT") ? (
          <form action={moveAction} className="space-y-3" noValidate>
            {hidden("IN_TRANSIT")}
            <p className="text-sm text-stone-600">Packed and handed over? The buyer gets the tracking number by email.</p>
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField label="Carrier" autoComplete="off" maxLength={60} required error={fieldError(moved, "carrier")} {...ship.bind("carrier")} />
              <TextField label="Tracking number" autoComplete="off" maxLength={60} required error={fieldError(moved, "trackingNumber")} {...ship.bind("trackingNumber")} />
            </div>
            <button type="submit" disabled={busy} className={button.primary}>
              Mark shipped
            </button>
          </form>
        ) : null}

        {can("DELIVERED") ? (
          <form action={moveAction}>
            {hidden("DELIVERED")}
            <button type="submit" disabled={busy} className={button.primary}>
              Mark delivered
            </button>
          </form>
        ) : null}

        <FormMessage result={moved} fieldNames={["carrier", "trackingNumber"]} />

        {can("CANCELLED") ? (
          confirmingCancel ? (
            <form action={moveAction} className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-3" noValidate>
              {hidden("CANCELLED")}
              <p className="text-sm font-medium text-red-900">Cancel this order? The buyer is refunded what they paid for it and the stock goes back on sale.</p>
              <TextField id="cancel-reason" label="Reason (the buyer sees it)" maxLength={500} placeholder="e.g. Out of stock" error={fieldError(moved, "reason")} {...cancel.bind("reason")} />
              <div className="flex flex-wrap gap-2">
                <button type="submit" disabled={busy} className={button.danger}>
                  Confirm cancellation
                </button>
                <button type="button" onClick={() => setConfirmingCancel(false)} className={button.secondary}>
                  Keep the order
                </button>
              </div>
            </form>
          ) : (
            <button type="button" disabled={busy} onClick={() => setConfirmingCancel(true)} className={button.secondary}>
              Cancel order
            </button>
          )
        ) : null}
      </section>

      {canRefund ? (
        <section aria-labelledby="refund-heading" className="rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="refund-heading" className="font-semibold">
            Refund
          </h2>
          <p className="mt-1 text-sm text-stone-600" data-testid="refundable-amount">
            Up to {full} can be refunded.
          </p>
          <form action={refundFormAction} className="mt-3 space-y-3" noValidate>
            {hidden()}
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                id="refund-amount"
                label="Amount"
                inputMode="decimal"
                autoComplete="off"
                placeholder={centsToPrice(refundableCents)}
                error={fieldError(refunded, "amount") ?? fieldError(refunded, "amountCents")}
                {...refund.bind("amount")}
              />
              <TextField id="refund-reason" label="Reason (optional)" maxLength={500} error={fieldError(refunded, "reason")} {...refund.bind("reason")} />
            </div>
            <p className="text-xs text-stone-500">Leave the amount empty to refund everything left ({full}); a full refund closes the order.</p>
            <FormMessage result={refunded} fieldNames={["amount", "amountCents", "reason"]} />
            <button type="submit" disabled={busy} className={button.secondary}>
              Refund
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
