import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { addToCart, ZAddToCartInput } from "@/lib/cart/add-to-cart";
import { cartResponse, type CartResponse } from "../cart-response";

export type PostCartItemResponse = CartResponse;

// POST /api/v1/cart/items — add a variant (added to what is already there, capped by stock)
export const POST = withAuth(async (request, { actor }) => {
  const input = ZAddToCartInput.parse(await readJson(request));
  await addToCart({ owner: { userId: actor.userId }, input });
  return cartResponse(actor.userId, 201);
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
