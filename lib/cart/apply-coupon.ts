// Puts a coupon code on the shopper's cart, or takes it off. Only the code is stored: the discount
// is worked out again whenever the cart is read (getCart) and at checkout, since prices, the cart
// and the coupon's limits all move in between.
import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { evaluateCoupon } from "../coupons/evaluate-coupon";
import type { CartOwner } from "./cart-owner";
import { ZApplyCouponInput, type TApplyCouponInput } from "./cart.schema";
import { cartWhere } from "./cart-owner";
import { couponLines, EMPTY_CART_COUPON_MESSAGE, loadCartItems } from "./get-cart";
import { lockCart } from "./lock-cart";

export { ZApplyCouponInput, type TApplyCouponInput };

/** Refused codes answer 422 with the reason under `fields.code`, where the coupon form shows it. */
const refused = (message: string) => new AppError("UNPROCESSABLE", message, { fields: { code: [message] } });

/** `owner` is null for a visitor without a cart yet; like anonymous carts, it cannot hold a code. */
export async function applyCartCoupon({ owner, input }: { owner: CartOwner | null; input: TApplyCouponInput }): Promise<{ code: string; discountCents: number }> {
  const { code } = ZApplyCouponInput.parse(input);
  // Coupons have per-user limits, so a code needs an account to count against.
  if (!owner || !("userId" in owner)) {
    throw new AppError("UNAUTHENTICATED", "Sign in to use a coupon code", { fields: { code: ["Sign in to use a coupon code"] } });
  }
  const { userId } = owner;
  return db.$transaction(async (tx) => {
    // The cart's lock keeps an add or removal in another tab from slipping between the check and the save.
    const cartId = await lockCart(tx, owner);
    const lines = couponLines((await loadCartItems(tx, owner)).items);
    if (lines.length === 0) throw refused(EMPTY_CART_COUPON_MESSAGE);
    const result = await evaluateCoupon(tx, { code, userId, lines });
    if (!result.ok) throw refused(result.message);
    await tx.cart.update({ where: { id: cartId }, data: { couponCode: result.coupon.code } });
    return { code: result.coupon.code, discountCents: result.discountCents };
  });
}

export async function removeCartCoupon({ owner }: { owner: CartOwner | null }): Promise<{ removed: boolean }> {
  if (!owner) return { removed: false };
  const { count } = await db.cart.updateMany({ where: { ...cartWhere(owner), couponCode: { not: null } }, data: { couponCode: null } });
  return { removed: count > 0 };
}
