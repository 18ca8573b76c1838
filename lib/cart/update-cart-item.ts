// Changes an item's quantity (0 removes it). The item must be in the owner's own cart.
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { cartWhere, type CartOwner } from "./cart-owner";
import { ZUpdateCartItemInput, type TUpdateCartItemInput } from "./cart.schema";

export { ZUpdateCartItemInput, type TUpdateCartItemInput };

export async function updateCartItem({ owner, input }: { owner: CartOwner; input: TUpdateCartItemInput }) {
  const { itemId, quantity } = ZUpdateCartItemInput.parse(input);
  const item = await db.cartItem.findFirst({
    where: { id: itemId, cart: cartWhere(owner) },
    select: { id: true, variant: { select: { stock: true } } },
  });
  if (!item) throw notFound("Cart item");
  if (quantity === 0) {
    await db.cartItem.delete({ where: { id: item.id } });
    return { removed: true };
  }
  if (quantity > item.variant.stock) {
    throw new AppError("UNPROCESSABLE", `Only ${item.variant.stock} left in stock`, { fields: { quantity: [`Only ${item.variant.stock} left`] } });
  }
  await db.cartItem.update({ where: { id: item.id }, data: { quantity } });
  return { removed: false };
}
