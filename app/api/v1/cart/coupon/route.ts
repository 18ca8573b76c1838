import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { applyCartCoupon, removeCartCoupon, ZApplyCouponInput } from "@/lib/cart/apply-coupon";
import { cartResponse, type CartResponse } from "../cart-response";

export type PutCartCouponResponse = CartResponse;
export type DeleteCartCouponResponse = CartResponse;

// PUT /api/v1/cart/coupon — put a code on the cart (replacing any other); a refused code is a 422
// with the reason under fields.code
export const PUT = withAuth(async (request, { actor }) => {
  await applyCartCoupon({ owner: { userId: actor.userId }, input: ZApplyCouponInput.parse(await readJson(request)) });
  return cartResponse(actor.userId);
});

// DELETE /api/v1/cart/coupon — take the code off the cart (fine when there is none)
export const DELETE = withAuth(async (_request, { actor }) => {
  await removeCartCoupon({ owner: { userId: actor.userId } });
  return cartResponse(actor.userId);
});

export const { GET, HEAD, POST, PATCH, OPTIONS } = otherMethods("PUT", "DELETE");
