// Adds a variant to a cart, capped by what is in stock, in one transaction holding the cart's
// row lock (see lock-cart.ts): simultaneous adds all count, and never exceed the stock.
import { db } from "../db";
import { AppError, notFound } from "../errors";
import { effectiveVariantPrice } from "../catalog/pricing";
import type { CartOwner } from "./cart-owner";
import { ZAddToCartInput, type TAddToCartInput } from "./cart.schema";
import { MAX_ITEM_QUANTITY } from "./limits";
import { lockCart } from "./lock-cart";

export { ZAddToCartInput, type TAddToCartInput };

export async function addToCart({ owner, input }: { owner: CartOwner; input: TAddToCartInput }) {
  const { variantId, quantity } = ZAddToCartInput.parse(input);
  return db.$transaction(async (tx) => {
    const variant = await tx.productVariant.findFirst({
      where: { id: variantId, active: true, product: { status: "ACTIVE", store: { status: "APPROVED" } } },
      select: {
        id: true,
        stock: true,
        priceCents: true,
        product: { select: { priceCents: true, flashSalePriceCents: true, flashSaleStartsAt: true, flashSaleEndsAt: true } },
      },
    });
    if (!variant) throw notFound("Product");
    if (variant.stock <= 0) throw new AppError("UNPROCESSABLE", "This item is sold out", { fields: { quantity: ["Sold out"] } });

    const cart = { id: await lockCart(tx, owner) };
    const existing = await tx.cartItem.findUnique({ where: { cartId_variantId: { cartId: cart.id, variantId } }, select: { quantity: true } });
    const wanted = (existing?.quantity ?? 0) + quantity;
    if (wanted > variant.stock) {
      const message = variant.stock === 1 ? "Only 1 left in stock" : `Only ${variant.stock} left in stock`;
      throw new AppError("UNPROCESSABLE", existing ? `${message}, and ${existing.quantity} already in your cart` : message, {
        fields: { quantity: [message] },
      });
    }
    if (wanted > MAX_ITEM_QUANTITY) {
      const message = `At most ${MAX_ITEM_QUANTITY} of one item`;
      throw new AppError("UNPROCESSABLE", `${message}: ${existing?.quantity ?? 0} already in your cart`, { fields: { quantity: [message] } });
    }
    const unitPriceCents = effectiveVariantPrice(variant.product, variant.priceCents);
    await tx.cartItem.upsert({
      where: { cartId_variantId: { cartId: cart.id, variantId } },
      create: { cartId: cart.id, variantId, quantity: wanted, unitPriceCents },
      update: { quantity: wanted, unitPriceCents },
    });
    return { cartId: cart.id, quantity: wanted };
  });
}
