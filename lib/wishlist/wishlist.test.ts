// [WISHLIST] idempotent saves and removals, only products on sale, pages of listing cards.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createActor, createProduct, createStore, refusal } from "@/lib/testing/factories";
import { addToWishlist, listWishlist, listWishlistProductIds, removeFromWishlist } from ".";

describe("[WISHLIST] saving and removing", () => {
  it("saves a product once however often it is added, and records one WISHLIST interaction", async () => {
    const actor = await createActor();
    const product = await createProduct();
    expect(await addToWishlist({ actor, input: { productId: product.id } })).toEqual({ productId: product.id, added: true });
    expect(await addToWishlist({ actor, input: { productId: product.id } })).toEqual({ productId: product.id, added: false });
    await Promise.all([1, 2, 3].map(() => addToWishlist({ actor, input: { productId: product.id } })));
    expect(await db.wishlistItem.count({ where: { userId: actor.userId, productId: product.id } })).toBe(1);
    expect(await db.productInteraction.count({ where: { userId: actor.userId, productId: product.id, type: "WISHLIST" } })).toBe(1);
  });

  it("removes idempotently: a second removal is not an error", async () => {
    const actor = await createActor();
    const product = await createProduct();
    await addToWishlist({ actor, input: { productId: product.id } });
    expect(await removeFromWishlist({ actor, input: { productId: product.id } })).toEqual({ productId: product.id, removed: true });
    expect(await removeFromWishlist({ actor, input: { productId: product.id } })).toEqual({ productId: product.id, removed: false });
    expect(await db.wishlistItem.count({ where: { userId: actor.userId } })).toBe(0);
  });

  it("refuses products shoppers cannot see with NOT_FOUND, and bad input with a field error", async () => {
    const actor = await createActor();
    const draft = await createProduct({ status: "DRAFT" });
    const archived = await createProduct({ status: "ARCHIVED" });
    const suspended = await createProduct({ storeId: (await createStore({ status: "SUSPENDED" })).store.id });
    for (const productId of [draft.id, archived.id, suspended.id, "no-such-product"]) {
      expect((await refusal(addToWishlist({ actor, input: { productId } }))).code, productId).toBe("NOT_FOUND");
    }
    expect(await db.wishlistItem.count({ where: { userId: actor.userId } })).toBe(0);
    const bad = await refusal(addToWishlist({ actor, input: {} }));
    expect(bad.fields?.productId).toBeDefined();
  });

  it("answers UNAUTHENTICATED to anonymous callers", async () => {
    const product = await createProduct();
    expect((await refusal(addToWishlist({ actor: null, input: { productId: product.id } }))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(removeFromWishlist({ actor: null, input: { productId: product.id } }))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(listWishlist({ actor: null }))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(listWishlistProductIds({ actor: null }))).code).toBe("UNAUTHENTICATED");
  });
});

describe("[WISHLIST] listing", () => {
  it("pages the shopper's own saved products as listing cards, newest first, with a total", async () => {
    const actor = await createActor();
    const other = await createActor();
    const products = [];
    for (let i = 0; i < 5; i++) {
      const product = await createProduct();
      products.push(product);
      await addToWishlist({ actor, input: { productId: product.id } });
      // Distinct save times: the order is by when it was saved.
      await db.wishlistItem.update({ where: { userId_productId: { userId: actor.userId, productId: product.id } }, data: { createdAt: new Date(Date.now() - (5 - i) * 1000) } });
    }
    await addToWishlist({ actor: other, input: { productId: products[0]!.id } });

    const first = await listWishlist({ actor, page: 1, pageSize: 2 });
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 5, pageCount: 3 });
    expect(first.products.map((p) => p.id)).toEqual([products[4]!.id, products[3]!.id]);
    expect(first.products[0]).toMatchObject({ slug: products[4]!.slug, priceCents: 2500, inStock: true, storeName: expect.any(String) });

    // A product taken off sale drops out of the page but stays saved.
    await db.product.update({ where: { id: products[4]!.id }, data: { status: "ARCHIVED" } });
    expect((await listWishlist({ actor })).total).toBe(4);
    expect((await listWishlistProductIds({ actor })).sort()).toEqual(products.map((p) => p.id).sort());
    expect(await listWishlistProductIds({ actor: other })).toEqual([products[0]!.id]);
  });
});
