// After sign-in, items from the anonymous cart move into the account cart (quantities added,
// capped by stock and the per-item limit) and the anonymous cart is deleted. Idempotent: a second
// call finds nothing.
import { db } from "../db";
import { MAX_ITEM_QUANTITY } from "./limits";
import { lockCart } from "./lock-cart";

export async function mergeAnonymousCart({ anonymousToken, userId }: { anonymousToken: string; userId: string }) {
  // Runs on every page a signed-in shopper with an old cart cookie opens: after the first merge
  // there is nothing to move, and that must not cost a transaction.
  if (!(await db.cart.findUnique({ where: { anonymousToken }, select: { id: true } }))) return { moved: 0 };
  return db.$transaction(async (tx) => {
    const anonymous = await tx.cart.findUnique({
      where: { anonymousToken },
      select: { id: true, items: { select: { variantId: true, quantity: true, unitPriceCents: true, variant: { select: { stock: true } } } } },
    });
    if (!anonymous) return { moved: 0 };
    const cart = { id: await lockCart(tx, { userId }) };
    let moved = 0;
    for (const item of anonymous.items) {
      const existing = await tx.cartItem.findUnique({ where: { cartId_variantId: { cartId: cart.id, variantId: item.variantId } } });
      const quantity = Math.min((existing?.quantity ?? 0) + item.quantity, item.variant.stock, MAX_ITEM_QUANTITY);
      if (quantity <= 0) continue;
      await tx.cartItem.upsert({
        where: { cartId_variantId: { cartId: cart.id, variantId: item.variantId } },
        create: { cartId: cart.id, variantId: item.variantId, quantity, unitPriceCents: item.unitPriceCents },
        update: { quantity },
      });
      moved += 1;
    }
    await tx.cart.delete({ where: { id: anonymous.id } });
    return { moved };
  });
}
