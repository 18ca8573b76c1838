"use server";
// What a shopper does with an order from its pages: pay it, cancel it (whole or one seller's part),
// buy it again. Each calls its use case, which checks the order is the shopper's own.
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/action-result";
import { requireActor } from "@/lib/auth";
import { payForOrder } from "@/lib/checkout/place-order";
import { cancelOrder, changeSubOrderStatus } from "@/lib/orders/change-status";
import { reorder, type ReorderResult } from "@/lib/orders/reorder";
import { formText } from "@/lib/form-data";
import { requestPublicOrigin } from "@/lib/http/public-origin";

/** A new payment page for an order awaiting payment. */
export async function payNowAction(_previous: ActionResult<never> | null, form: FormData): Promise<ActionResult<never>> {
  return runAction(async () => {
    const { checkoutUrl } = await payForOrder({ actor: await requireActor(), orderId: formText(form, "orderId"), origin: await requestPublicOrigin() });
    redirect(checkoutUrl);
  });
}

export async function cancelOrderAction(_previous: ActionResult<{ cancelled: number }> | null, form: FormData): Promise<ActionResult<{ cancelled: number }>> {
  return runAction(async () => {
    const result = await cancelOrder({ actor: await requireActor(), orderId: formText(form, "orderId"), input: { reason: formText(form, "reason") || undefined } });
    refresh();
    return { cancelled: result.cancelled };
  }, "Your order is cancelled.");
}

export async function cancelSubOrderAction(_previous: ActionResult<{ cancelled: number }> | null, form: FormData): Promise<ActionResult<{ cancelled: number }>> {
  return runAction(async () => {
    await changeSubOrderStatus({ actor: await requireActor(), subOrderId: formText(form, "subOrderId"), input: { status: "CANCELLED", reason: formText(form, "reason") || undefined } });
    refresh();
    return { cancelled: 1 };
  }, "This part of your order is cancelled.");
}

export async function reorderAction(_previous: ActionResult<ReorderResult> | null, form: FormData): Promise<ActionResult<ReorderResult>> {
  return runAction(async () => reorder({ actor: await requireActor(), orderId: formText(form, "orderId") }));
}
