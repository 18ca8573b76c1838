"use server";

import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth";
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
