import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { ZCartItemQuantityInput } from "@/lib/cart/cart.schema";
import { updateCartItem } from "@/lib/cart/update-cart-item";
import { cartResponse, type CartResponse } from "../../cart-response";

type Params = { itemId: string };

export type PatchCartItemResponse = CartResponse;
export type DeleteCartItemResponse = CartResponse;

// PATCH /api/v1/cart/items/{itemId} — set an item's quantity (0 removes it); only in the caller's cart
export const PATCH = withAuth<Params>(async (request, { actor, params }) => {
  // A null quantity is refused (400), not taken as 0: removing takes an explicit 0 or DELETE.
  const { quantity } = ZCartItemQuantityInput.parse(await readJson(request));
  await updateCartItem({ owner: { userId: actor.userId }, input: { itemId: params.itemId, quantity } });
  return cartResponse(actor.userId);
});

// DELETE /api/v1/cart/items/{itemId} — remove an item from the caller's cart
export const DELETE = withAuth<Params>(async (_request, { actor, params }) => {
  await updateCartItem({ owner: { userId: actor.userId }, input: { itemId: params.itemId, quantity: 0 } });
  return cartResponse(actor.userId);
});

export const { GET, HEAD, POST, PUT, OPTIONS } = otherMethods("PATCH", "DELETE");
