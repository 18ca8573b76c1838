// [ORDERS] "Buy again": an order's variants go back into the buyer's cart, capped like an add to
// cart; what cannot be added is listed with the reason; nobody else can reorder someone's order.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addToCart } from "@/lib/cart/add-to-cart";
import { getCart } from "@/lib/cart/get-cart";
import { db } from "@/lib/db";
import { createActor, createProduct, refusal } from "@/lib/testing/factories";
import { reorder } from "./reorder";

type TestProduct = Awaited<ReturnType<typeof createProduct>>;

/** A delivered order of `lines`, one sub-order per store, as checkout would have snapshotted it. */
async function pastOrder(buyer: Actor, lines: { product: TestProduct; quantity: number }[]) {
  const stores = [...new Set(lines.map((line) => line.product.storeId))];
  return db.order.create({
    data: {
      buyerId: buyer.userId,
      email: buyer.email,
      status: "FULFILLED",
      subtotalCents: 0,
      shippingCents: 0,
      totalCents: 0,
      shippingAddress: { fullName: "Ada Buyer", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
      subOrders: {
        create: stores.map((storeId) => ({
          storeId,
          status: "DELIVERED" as const,
          subtotalCents: 0,
          shippingCents: 0,
          totalCents: 0,
          items: {
            create: lines
              .filter((line) => line.product.storeId === storeId)
              .map(({ product, quantity }) => ({
                productId: product.id,
                variantId: product.variants[0]!.id,
                productTitle: product.title,
                variantTitle: product.variants[0]!.title,
                sku: product.variants[0]!.sku,
                unitPriceCents: product.variants[0]!.priceCents,
                quantity,
                lineTotalCents: product.variants[0]!.priceCents * quantity,
              })),
          },
        })),
      },
    },
    select: { id: true },
  });
}

const quantities = async (buyer: Actor) =>
  Object.fromEntries((await getCart({ userId: buyer.userId })).sellers.flatMap((s) => s.items).map((item) => [item.variantId, item.quantity]));

describe("[ORDERS] reorder", () => {
  it("puts every variant still on sale back in the cart at today's price and says what it could not add", async () => {
    const buyer = await createActor();
    const plenty = await createProduct({ stock: 10, priceCents: 1000 });
    const few = await createProduct({ stock: 2 });
    const alreadyInCart = await createProduct({ stock: 5 });
    const soldOut = await createProduct({ stock: 0 });
    const archived = await createProduct();
    const removed = await createProduct();
    const order = await pastOrder(buyer, [
      { product: plenty, quantity: 3 },
      { product: few, quantity: 4 },
      { product: alreadyInCart, quantity: 4 },
      { product: soldOut, quantity: 1 },
      { product: archived, quantity: 1 },
      { product: removed, quantity: 2 },
    ]);
    await addToCart({ owner: { userId: buyer.userId }, input: { variantId: alreadyInCart.variants[0]!.id, quantity: 3 } });
    await db.productVariant.update({ where: { id: plenty.variants[0]!.id }, data: { priceCents: 1200 } });
    await db.product.update({ where: { id: archived.id }, data: { status: "ARCHIVED" } });
    // A variant deleted since: the snapshot stays, its link is gone.
    await db.orderItem.updateMany({ where: { variantId: removed.variants[0]!.id }, data: { variantId: null } });

    const result = await reorder({ actor: buyer, orderId: order.id });
    expect(result.added).toBe(3 + 2 + 2);
    // The order of the lines follows the order items, which need not be the order they were listed in.
    const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
    expect([...result.skipped].sort(byTitle)).toEqual([
      { title: `${removed.title} (Variant 1)`, wanted: 2, added: 0, reason: "No longer sold" },
      { title: `${few.title} (Variant 1)`, wanted: 4, added: 2, reason: "Only 2 left in stock" },
      { title: `${alreadyInCart.title} (Variant 1)`, wanted: 4, added: 2, reason: "Only 5 left in stock, and 3 already in your cart" },
      { title: `${soldOut.title} (Variant 1)`, wanted: 1, added: 0, reason: "Sold out" },
      { title: `${archived.title} (Variant 1)`, wanted: 1, added: 0, reason: "No longer sold" },
    ].sort(byTitle));
    expect(await quantities(buyer)).toEqual({ [plenty.variants[0]!.id]: 3, [few.variants[0]!.id]: 2, [alreadyInCart.variants[0]!.id]: 5 });
    const line = await db.cartItem.findFirstOrThrow({ where: { cart: { userId: buyer.userId }, variantId: plenty.variants[0]!.id } });
    expect(line.unitPriceCents).toBe(1200);

    // Again: the cart is full of what is in stock, only the roomy line grows.
    const again = await reorder({ actor: buyer, orderId: order.id });
    expect(again.added).toBe(3);
    expect(again.skipped.find((s) => s.title.startsWith(few.title))).toEqual({ title: `${few.title} (Variant 1)`, wanted: 4, added: 0, reason: "Only 2 left in stock, and 2 already in your cart" });
  });

  it("caps one item at 99 whatever the stock", async () => {
    const buyer = await createActor();
    const bulk = await createProduct({ stock: 500 });
    const order = await pastOrder(buyer, [{ product: bulk, quantity: 60 }]);
    await reorder({ actor: buyer, orderId: order.id });
    const second = await reorder({ actor: buyer, orderId: order.id });
    expect(second).toEqual({ added: 39, skipped: [{ title: `${bulk.title} (Variant 1)`, wanted: 60, added: 39, reason: "At most 99 of one item, and 60 already in your cart" }] });
    expect(await quantities(buyer)).toEqual({ [bulk.variants[0]!.id]: 99 });
  });

  it("answers NOT_FOUND for someone else's order (admins included) and a malformed id; a visitor must sign in", async () => {
    const buyer = await createActor();
    const product = await createProduct();
    const order = await pastOrder(buyer, [{ product, quantity: 1 }]);
    for (const actor of [await createActor(), await createActor({ role: "ADMIN" })]) {
      expect(await refusal(reorder({ actor, orderId: order.id }))).toMatchObject({ code: "NOT_FOUND" });
      expect(await db.cartItem.count({ where: { cart: { userId: actor.userId } } })).toBe(0);
    }
    expect(await refusal(reorder({ actor: buyer, orderId: "not-an-order" }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await refusal(reorder({ actor: null, orderId: order.id }))).toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
