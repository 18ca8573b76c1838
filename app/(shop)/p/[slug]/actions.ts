"use server";

import { getActor } from "@/lib/auth";
import { addToCart, ZAddToCartInput } from "@/lib/cart/add-to-cart";
import { cartOwnerForWrite } from "@/lib/cart/session";
import { runAction, type ActionResult } from "@/lib/action-result";

export async function addToCartAction(_previous: ActionResult<{ quantity: number }> | null, form: FormData) {
  return runAction(async () => {
    const input = ZAddToCartInput.parse({ variantId: form.get("variantId"), quantity: form.get("quantity") });
    const owner = await cartOwnerForWrite(await getActor());
    const result = await addToCart({ owner, input });
    return { quantity: result.quantity };
  }, "Added to your cart");
}
