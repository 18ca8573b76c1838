import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { refreshProductSummaries, refreshProductSummary } from "./refresh-product-summary";

const tag = () => randomUUID().slice(0, 8);

async function makeProduct(options: { brand?: boolean } = {}) {
  const t = tag();
  const owner = await db.user.create({ data: { email: `refresh-${t}@example.test`, role: "SELLER" } });
  const store = await db.store.create({ data: { ownerId: owner.id, slug: `refresh-${t}`, name: `Refresh ${t}`, status: "APPROVED" } });
  const parent = await db.category.create({ data: { slug: `parent-${t}`, name: `Outdoor ${t}` } });
  const category = await db.category.create({ data: { slug: `leaf-${t}`, name: `Tents ${t}`, parentId: parent.id } });
  const brand = options.brand === false ? null : await db.brand.create({ data: { slug: `brand-${t}`, name: `Summit ${t}` } });
  const product = await db.product.create({
    data: {
      storeId: store.id,
      categoryId: category.id,
      brandId: brand?.id,
      slug: `tent-${t}`,
      title: `Two-person tent ${t}`,
      status: "ACTIVE",
      variants: {
        create: [
          { sku: `A-${t}`, title: "Green", priceCents: 12_900, stock: 4 },
          { sku: `B-${t}`, title: "Orange", priceCents: 11_900, stock: 6 },
          // Inactive: neither its lower price nor its stock count.
          { sku: `C-${t}`, title: "Retired", priceCents: 5_000, stock: 50, active: false },
        ],
      },
    },
  });
  return { t, product, brand, category, parent };
}

describe("[CATALOG] refreshProductSummary", () => {
  it("takes the lowest active price, the active stock and the brand and category names", async () => {
    const { t, product } = await makeProduct();
    expect(product.priceCents).toBe(0);

    await refreshProductSummary(db, product.id);

    const after = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after.priceCents).toBe(11_900);
    expect(after.totalStock).toBe(10);
    expect(after.searchTerms).toBe(`Summit ${t} Tents ${t} Outdoor ${t}`);
  });

  it("follows variant changes and leaves out a missing brand", async () => {
    const { t, product } = await makeProduct({ brand: false });
    await db.productVariant.updateMany({ where: { productId: product.id, sku: `B-${t}` }, data: { active: false } });
    await db.productVariant.updateMany({ where: { productId: product.id, sku: `A-${t}` }, data: { stock: 0 } });

    await refreshProductSummary(db, product.id);

    const after = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after.priceCents).toBe(12_900);
    expect(after.totalStock).toBe(0);
    expect(after.searchTerms).toBe(`Tents ${t} Outdoor ${t}`);
  });

  it("gives a product with no active variant price 0 and stock 0", async () => {
    const { product } = await makeProduct();
    await db.productVariant.updateMany({ where: { productId: product.id }, data: { active: false } });
    await refreshProductSummary(db, product.id);
    const after = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect([after.priceCents, after.totalStock]).toEqual([0, 0]);
  });

  it("works inside a transaction and touches only the product asked for", async () => {
    const one = await makeProduct();
    const other = await makeProduct();
    await db.$transaction(async (tx) => {
      await tx.productVariant.updateMany({ where: { productId: one.product.id }, data: { priceCents: 999 } });
      await refreshProductSummary(tx, one.product.id);
    });
    const [a, b] = await Promise.all([
      db.product.findUniqueOrThrow({ where: { id: one.product.id } }),
      db.product.findUniqueOrThrow({ where: { id: other.product.id } }),
    ]);
    expect(a.priceCents).toBe(999);
    expect(b.priceCents).toBe(0);
  });

  it("refreshes many at once and skips rows already up to date", async () => {
    const one = await makeProduct();
    const two = await makeProduct();
    const ids = [one.product.id, two.product.id];
    expect(await refreshProductSummaries(db, ids)).toBe(2);
    const before = await db.product.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(before.map((p) => p.totalStock)).toEqual([10, 10]);

    expect(await refreshProductSummaries(db, ids)).toBe(0);
    const again = await db.product.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(again.map((p) => p.updatedAt)).toEqual(before.map((p) => p.updatedAt));
  });

  it("renaming a category reaches the search vector", async () => {
    const { t, product, category } = await makeProduct();
    await db.category.update({ where: { id: category.id }, data: { name: `Shelters ${t}` } });
    await refreshProductSummary(db, product.id);
    const rows = await db.$queryRawUnsafe<{ hit: boolean }[]>(
      `SELECT search_vector @@ plainto_tsquery('english', 'shelters') AS hit FROM products WHERE id = $1`,
      product.id,
    );
    expect(rows[0]?.hit).toBe(true);
  });
});
