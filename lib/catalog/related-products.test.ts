import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createStore, unique } from "../testing/factories";
import { getRelatedProducts } from "./related-products";

async function listing(options: { storeId: string; categoryId: string; unitsSold?: number; status?: "ACTIVE" | "DRAFT" }) {
  const slug = unique("related");
  return db.product.create({
    data: {
      storeId: options.storeId,
      categoryId: options.categoryId,
      slug,
      title: `Listing ${slug}`,
      status: options.status ?? "ACTIVE",
      unitsSold: options.unitsSold ?? 0,
      priceCents: 1500,
      totalStock: 3,
      publishedAt: new Date(),
      variants: { create: { sku: unique("sku"), priceCents: 1500, stock: 3 } },
      images: { create: { url: "/demo/x.svg", alt: "x", position: 0 } },
    },
  });
}

describe("[CATALOG] getRelatedProducts", () => {
  it("lists other active listings of the same category in approved stores, best sellers first", async () => {
    const { store } = await createStore();
    const { store: pending } = await createStore({ status: "PENDING" });
    const category = await createCategory();
    const other = await createCategory();
    const product = await listing({ storeId: store.id, categoryId: category.id, unitsSold: 1000 });
    const top = await listing({ storeId: store.id, categoryId: category.id, unitsSold: 50 });
    const middle = await listing({ storeId: store.id, categoryId: category.id, unitsSold: 10 });
    const low = await listing({ storeId: store.id, categoryId: category.id, unitsSold: 0 });
    await listing({ storeId: store.id, categoryId: category.id, unitsSold: 99, status: "DRAFT" });
    await listing({ storeId: pending.id, categoryId: category.id, unitsSold: 99 });
    await listing({ storeId: store.id, categoryId: other.id, unitsSold: 99 });

    const related = await getRelatedProducts({ id: product.id, categoryId: category.id });

    expect(related.map((p) => p.id)).toEqual([top.id, middle.id, low.id]);
    expect(related[0]).toMatchObject({ slug: top.slug, priceCents: 1500, inStock: true, storeSlug: store.slug, image: { url: "/demo/x.svg", alt: "x" } });
  });

  it("shows at most eight", async () => {
    const { store } = await createStore();
    const category = await createCategory();
    const product = await listing({ storeId: store.id, categoryId: category.id });
    for (let i = 0; i < 10; i++) await listing({ storeId: store.id, categoryId: category.id, unitsSold: i });

    const related = await getRelatedProducts({ id: product.id, categoryId: category.id }, { limit: 50 });

    expect(related).toHaveLength(8);
    expect(related.map((p) => p.id)).not.toContain(product.id);
  });

  it("is empty when the product is alone in its category", async () => {
    const { store } = await createStore();
    const category = await createCategory();
    const product = await listing({ storeId: store.id, categoryId: category.id });
    expect(await getRelatedProducts({ id: product.id, categoryId: category.id })).toEqual([]);
  });
});
