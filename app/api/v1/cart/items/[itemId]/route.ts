import { readJson } from "@/lib/api/handler";
import { refuseOtherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { updateCartItem, ZUpdateCartItemInput } from "@/lib/cart/update-cart-item";
import { cartResponse, type CartResponse } from "../../cart-response";

type Params = { itemId: string };

export type PatchCartItemResponse = CartResponse;
export type DeleteCartItemResponse = CartResponse;

// null is a missing quantity (400), not 0: removing takes an explicit 0 or DELETE.
const field = (body: unknown, name: string) => (typeof body === "object" && body !== null ? (body as Record<string, unknown>)[name] : undefined);

// PATCH /api/v1/cart/items/{itemId} — set an item's quantity (0 removes it); only in the caller's cart
export const PATCH = withAuth<Params>(async (request, { actor, params }) => {
  const input = ZUpdateCartItemInput.parse({ itemId: params.itemId, quantity: field(await readJson(request), "quantity") ?? undefined });
  await updateCartItem({ owner: { userId: actor.userId }, input });
  return cartResponse(actor.userId);
});

// DELETE /api/v1/cart/items/{itemId} — remove an item from the caller's cart
export const DELETE = withAuth<Params>(async (_request, { actor, params }) => {
  await updateCartItem({ owner: { userId: actor.userId }, input: ZUpdateCartItemInput.parse({ itemId: params.itemId, quantity: 0 }) });
  return cartResponse(actor.userId);
});

export const { GET, HEAD, POST, PUT } = refuseOtherMethods("PATCH", "DELETE");
