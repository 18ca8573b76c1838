"use server";
// Server actions of a seller's order page: move the order along, or refund it. The rules (who may do
// what, when, and how much) are in lib/orders; these only read the form.
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth";
import { priceToCents } from "@/lib/catalog/listing-query";
import { AppError } from "@/lib/errors";
import { formatMoney } from "@/lib/money";
import { changeStoreOrderStatus } from "@/lib/orders/change-status";
import { refundSubOrder } from "@/lib/orders/refunds";
import { formText } from "@/lib/form-data";

/** An empty field is "not given", so the use case applies its default. */
const optional = (form: FormData, name: string) => formText(form, name).trim() || undefined;

const done: Record<string, string> = {
  PREPARING: "Marked as preparing.",
  IN_TRANSIT: "Marked as shipped. The buyer gets the tracking number by email.",
  DELIVERED: "Marked as delivered.",
  CANCELLED: "Order cancelled. Anything paid for it is refunded to the buyer.",
};

export async function changeStatusAction(_previous: ActionResult<void> | null, form: FormData): Promise<ActionResult<void>> {
  const subOrderId = formText(form, "subOrderId");
  const status = formText(form, "status");
  return runAction(async () => {
    const actor = await requireActor();
    await changeStoreOrderStatus({
      actor,
      subOrderId,
      input: { status, carrier: optional(form, "carrier"), trackingNumber: optional(form, "trackingNumber"), reason: optional(form, "reason") },
    });
    revalidatePath(`/dashboard/orders/${subOrderId}`);
  }, done[status]);
}

/** Dollars and cents as typed ("12", "12.5", "$1,250.00"); read as text, never through a float. */
const AMOUNT = /^\d{1,7}(\.\d{1,2})?$/;

export async function refundAction(_previous: ActionResult<number> | null, form: FormData): Promise<ActionResult<number>> {
  const subOrderId = formText(form, "subOrderId");
  const result = await runAction(async () => {
    const actor = await requireActor();
    const typed = formText(form, "amount").trim().replace(/^\$/, "").replaceAll(",", "");
    if (typed && !AMOUNT.test(typed)) throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: { amount: ["Enter an amount like 25 or 19.99"] } });
    const refund = await refundSubOrder({ actor, subOrderId, input: { amountCents: typed ? priceToCents(typed) : undefined, reason: optional(form, "reason") } });
    revalidatePath(`/dashboard/orders/${subOrderId}`);
    return refund.amountCents;
  });
  return result.ok ? { ...result, message: `${formatMoney(result.data)} is being refunded to the buyer.` } : result;
}
