import { describe, expect, it } from "vitest";
import { db } from "../db";
import { AppError } from "../errors";
import { createProduct, createUser, unique } from "../testing/factories";
import { addToCart } from "./add-to-cart";
import { getCart } from "./get-cart";
import { mergeAnonymousCart } from "./merge-carts";
import { updateCartItem } from "./update-cart-item";

const anonymous = () => ({ anonymousToken: unique("anon").padEnd(40, "x") });

describe("[CART]", () => {
  it("adds items, capped by stock, with a clear message past it", async () => {
    const product = await createProduct({ stock: 3 });
    const owner = anonymous();
    const variantId = product.variants[0]!.id;
    await addToCart({ owner, input: { variantId, quantity: 2 } });
    const error = await addToCart({ owner, input: { variantId, quantity: 2 } }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.message).toBe("Only 3 left in stock, and 2 already in your cart");
    await addToCart({ owner, input: { variantId, quantity: 1 } });
    const cart = await getCart(owner);
    expect(cart.itemCount).toBe(3);
    expect(cart.subtotalCents).toBe(3 * 2500);
  });

  it("refuses draft products and sold-out variants", async () => {
    const draft = await createProduct({ status: "DRAFT" });
    await expect(addToCart({ owner: anonymous(), input: { variantId: draft.variants[0]!.id, quantity: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const soldOut = await createProduct({ stock: 0 });
    await expect(addToCart({ owner: anonymous(), input: { variantId: soldOut.variants[0]!.id, quantity: 1 } })).rejects.toMatchObject({ code: "UNPROCESSABLE" });
  });

  it("shows a price change since the item was added", async () => {
    const product = await createProduct({ priceCents: 1000 });
    const owner = anonymous();
    await addToCart({ owner, input: { variantId: product.variants[0]!.id, quantity: 1 } });
    await db.productVariant.update({ where: { id: product.variants[0]!.id }, data: { priceCents: 1200 } });
    const [item] = (await getCart(owner)).sellers[0]!.items;
    expect(item).toMatchObject({ priceChanged: true, priceWhenAddedCents: 1000, unitPriceCents: 1200, lineTotalCents: 1200 });
  });

  it("does not let one shopper change another's cart", async () => {
    const product = await createProduct();
    const mine = anonymous();
    await addToCart({ owner: mine, input: { variantId: product.variants[0]!.id, quantity: 1 } });
    const itemId = (await getCart(mine)).sellers[0]!.items[0]!.id;
    await expect(updateCartItem({ owner: anonymous(), input: { itemId, quantity: 5 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateCartItem({ owner: mine, input: { itemId, quantity: 0 } })).resolves.toEqual({ removed: true });
  });

  it("merges the anonymous cart into the account after sign-in, once", async () => {
    const user = await createUser();
    const product = await createProduct({ stock: 4, variants: 2 });
    const [a, b] = product.variants;
    const guest = anonymous();
    await addToCart({ owner: { userId: user.id }, input: { variantId: a!.id, quantity: 3 } });
    await addToCart({ owner: guest, input: { variantId: a!.id, quantity: 3 } });
    await addToCart({ owner: guest, input: { variantId: b!.id, quantity: 1 } });
    await mergeAnonymousCart({ anonymousToken: guest.anonymousToken, userId: user.id });
    await mergeAnonymousCart({ anonymousToken: guest.anonymousToken, userId: user.id });
    const cart = await getCart({ userId: user.id });
    const quantities = Object.fromEntries(cart.sellers[0]!.items.map((i) => [i.variantId, i.quantity]));
    expect(quantities).toEqual({ [a!.id]: 4, [b!.id]: 1 }); // 3 + 3 capped at the 4 in stock
    expect((await getCart(guest)).itemCount).toBe(0);
  });

  it("caps one item at 99 across adds and merges, even with more in stock", async () => {
    const user = await createUser();
    const product = await createProduct({ stock: 500 });
    const variantId = product.variants[0]!.id;
    const guest = anonymous();
    await addToCart({ owner: { userId: user.id }, input: { variantId, quantity: 60 } });
    const error = await addToCart({ owner: { userId: user.id }, input: { variantId, quantity: 40 } }).catch((e) => e);
    expect(error).toMatchObject({ code: "UNPROCESSABLE", message: "At most 99 of one item: 60 already in your cart", fields: { quantity: ["At most 99 of one item"] } });
    await addToCart({ owner: guest, input: { variantId, quantity: 60 } });
    await mergeAnonymousCart({ anonymousToken: guest.anonymousToken, userId: user.id });
    const [item] = (await getCart({ userId: user.id })).sellers[0]!.items;
    expect(item).toMatchObject({ quantity: 99, maxQuantity: 99 });
  });

  it("keeps one row when the same variant is added twice at once", async () => {
    const product = await createProduct({ stock: 10 });
    const owner = anonymous();
    await addToCart({ owner, input: { variantId: product.variants[0]!.id, quantity: 1 } });
    const results = await Promise.allSettled(Array.from({ length: 4 }, () => addToCart({ owner, input: { variantId: product.variants[0]!.id, quantity: 1 } })));
    const cart = await getCart(owner);
    expect(cart.sellers[0]!.items).toHaveLength(1);
    expect(cart.itemCount).toBe(1 + results.filter((r) => r.status === "fulfilled").length);
  });
});
