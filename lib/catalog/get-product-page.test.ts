import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createProduct, createStore, refusal } from "../testing/factories";
import { getProductPage, loadProductPage, reviveProductPage, stockState } from "./get-product-page";

describe("[CATALOG] product page", () => {
  it("labels stock per variant", () => {
    expect(stockState(0, 5)).toEqual({ kind: "sold-out" });
    expect(stockState(5, 5)).toEqual({ kind: "low", left: 5 });
    expect(stockState(6, 5)).toEqual({ kind: "in-stock" });
  });

  it("loads JSON-safe data for an active product of an approved store", async () => {
    const { store } = await createStore();
    const product = await createProduct({ storeId: store.id, variants: 2, stock: 3 });
    await db.productVariant.update({ where: { id: product.variants[1]!.id }, data: { active: false } });

    const data = await loadProductPage(product.id);

    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    expect(data.variants.map((v) => v.id)).toEqual([product.variants[0]!.id]);
    expect(data.variants[0]).toMatchObject({ sku: product.variants[0]!.sku, stockState: { kind: "low", left: 3 } });
    expect(data.store).toMatchObject({ id: store.id, slug: store.slug, createdAt: store.createdAt.toISOString() });
    expect(data.category.id).toBe(product.categoryId);
  });

  it("is NOT_FOUND for a draft, an unknown slug or a store that is not approved", async () => {
    const draft = await createProduct({ status: "DRAFT" });
    const { store } = await createStore({ status: "SUSPENDED" });
    const suspended = await createProduct({ storeId: store.id });
    expect((await refusal(getProductPage(draft.slug))).code).toBe("NOT_FOUND");
    expect((await refusal(getProductPage(suspended.slug))).code).toBe("NOT_FOUND");
    expect((await refusal(getProductPage("no-such-product-anywhere"))).code).toBe("NOT_FOUND");
  });

  it("has a flash sale only while its window is open at the given time", async () => {
    const product = await createProduct({ priceCents: 4000 });
    await db.product.update({
      where: { id: product.id },
      data: { flashSalePriceCents: 3000, flashSaleStartsAt: new Date("2030-01-01T10:00:00Z"), flashSaleEndsAt: new Date("2030-01-01T12:00:00Z") },
    });
    const data = await loadProductPage(product.id);

    const during = reviveProductPage(data, new Date("2030-01-01T11:00:00Z"));
    expect(during.flashSale).toEqual({ priceCents: 3000, endsAt: new Date("2030-01-01T12:00:00Z") });
    expect(during.store.createdAt).toBeInstanceOf(Date);
    expect(reviveProductPage(data, new Date("2030-01-01T12:00:00Z")).flashSale).toBeNull();
    expect(reviveProductPage(data, new Date("2030-01-01T09:59:59Z")).flashSale).toBeNull();
  });
});
