// "Buy again": every variant of one of the buyer's orders that is still on sale goes back into their
// cart, as many as were ordered, capped like an add to cart (the stock, 99 of one item, counting
// what the cart already holds). Whatever cannot be added is listed with the reason. One
// transaction under the cart's row lock, so it adds up with a simultaneous add in another tab.
import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { MAX_ITEM_QUANTITY } from "../cart/limits";
import { lockCart } from "../cart/lock-cart";
import { effectiveVariantPrice } from "../catalog/pricing";
import { db } from "../db";
import { notFound } from "../errors";

export interface ReorderResult {
  /** Units put in the cart. */
  added: number;
  /** Lines not added in full: none at all (`added` 0) or fewer than ordered. */
  skipped: { title: string; wanted: number; added: number; reason: string }[];
}

const title = (item: { productTitle: string; variantTitle: string }) => (item.variantTitle === "Default" ? item.productTitle : `${item.productTitle} (${item.variantTitle})`);

export async function reorder({ actor, orderId, now = new Date() }: { actor: Actor | null; orderId: string; now?: Date }): Promise<ReorderResult> {
  if (!z.uuid().safeParse(orderId).success) throw notFound("Order");
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { buyerId: true, subOrders: { orderBy: { createdAt: "asc" }, select: { items: { orderBy: { id: "asc" }, select: { variantId: true, productTitle: true, variantTitle: true, quantity: true } } } } },
  });
  if (!order) throw notFound("Order");
  authorize(actor, "order:read", { kind: "order", buyerId: order.buyerId }, "Order");
  // The cart is the buyer's own: an admin looking at someone's order has nothing to buy again.
  if (order.buyerId !== actor.userId) throw notFound("Order");

  // One line per variant, in the order's order.
  const wanted = new Map<string, { title: string; quantity: number }>();
  const skipped: ReorderResult["skipped"] = [];
  for (const item of order.subOrders.flatMap((part) => part.items)) {
    if (!item.variantId) {
      skipped.push({ title: title(item), wanted: item.quantity, added: 0, reason: "No longer sold" });
      continue;
    }
    const line = wanted.get(item.variantId);
    if (line) line.quantity += item.quantity;
    else wanted.set(item.variantId, { title: title(item), quantity: item.quantity });
  }

  return db.$transaction(async (tx) => {
    const cartId = await lockCart(tx, { userId: actor.userId });
    const [variants, inCart] = await Promise.all([
      tx.productVariant.findMany({
        where: { id: { in: [...wanted.keys()] } },
        select: {
          id: true,
          stock: true,
          active: true,
          priceCents: true,
          product: { select: { status: true, priceCents: true, flashSalePriceCents: true, flashSaleStartsAt: true, flashSaleEndsAt: true, store: { select: { status: true } } } },
        },
      }),
      tx.cartItem.findMany({ where: { cartId, variantId: { in: [...wanted.keys()] } }, select: { variantId: true, quantity: true } }),
    ]);
    let added = 0;
    for (const [variantId, line] of wanted) {
      const variant = variants.find((v) => v.id === variantId);
      const onSale = variant && variant.active && variant.product.status === "ACTIVE" && variant.product.store.status === "APPROVED";
      if (!variant || !onSale) {
        skipped.push({ title: line.title, wanted: line.quantity, added: 0, reason: "No longer sold" });
        continue;
      }
      const existing = inCart.find((item) => item.variantId === variantId)?.quantity ?? 0;
      const room = Math.min(variant.stock, MAX_ITEM_QUANTITY) - existing;
      const quantity = Math.max(0, Math.min(line.quantity, room));
      if (quantity < line.quantity) {
        // In addToCart's words.
        const limit = variant.stock < MAX_ITEM_QUANTITY ? (variant.stock === 1 ? "Only 1 left in stock" : `Only ${variant.stock} left in stock`) : `At most ${MAX_ITEM_QUANTITY} of one item`;
        const reason = variant.stock <= 0 ? "Sold out" : existing > 0 ? `${limit}, and ${existing} already in your cart` : limit;
        skipped.push({ title: line.title, wanted: line.quantity, added: quantity, reason });
      }
      if (quantity === 0) continue;
      const unitPriceCents = effectiveVariantPrice(variant.product, variant.priceCents, now);
      await tx.cartItem.upsert({
        where: { cartId_variantId: { cartId, variantId } },
        create: { cartId, variantId, quantity, unitPriceCents },
        update: { quantity: existing + quantity, unitPriceCents },
      });
      added += quantity;
    }
    return { added, skipped };
  });
}
