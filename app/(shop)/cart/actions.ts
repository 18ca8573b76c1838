"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth";
import { applyCartCoupon, removeCartCoupon, ZApplyCouponInput } from "@/lib/cart/apply-coupon";
import { currentCartOwner } from "@/lib/cart/session";
import { updateCartItem, ZUpdateCartItemInput } from "@/lib/cart/update-cart-item";
import { runAction, type ActionResult } from "@/lib/action-result";
import { notFound } from "@/lib/errors";

export async function updateCartItemAction(_previous: ActionResult<{ removed: boolean }> | null, form: FormData) {
  return runAction(async () => {
    const input = ZUpdateCartItemInput.parse({ itemId: form.get("itemId"), quantity: form.get("quantity") });
    const owner = await currentCartOwner(await getActor());
    if (!owner) throw notFound("Cart item");
    const result = await updateCartItem({ owner, input });
    revalidatePath("/cart");
    return result;
  });
}

export async function applyCouponAction(_previous: ActionResult<{ code: string; discountCents: number }> | null, form: FormData) {
  return runAction(async () => {
    const input = ZApplyCouponInput.parse({ code: String(form.get("code") ?? "") });
    // Signed out, this is refused with "Sign in to use a coupon code" under the field.
    const result = await applyCartCoupon({ owner: await currentCartOwner(await getActor()), input });
    revalidatePath("/cart");
    return result;
  }, "Coupon applied.");
}

export async function removeCouponAction(_previous: ActionResult<{ removed: boolean }> | null) {
  return runAction(async () => {
    const result = await removeCartCoupon({ owner: await currentCartOwner(await getActor()) });
    revalidatePath("/cart");
    return result;
  });
}
