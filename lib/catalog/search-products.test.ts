import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createProduct, unique } from "../testing/factories";
import { searchProducts } from "./search-products";

describe("[SEARCH]", () => {
  it("finds active products by title, best match first, with a total", async () => {
    const word = `zx${unique("s").replace(/[^a-z0-9]/g, "")}`;
    const a = await createProduct();
    const b = await createProduct();
    const hidden = await createProduct({ status: "DRAFT" });
    await db.product.update({ where: { id: a.id }, data: { title: `Walnut ${word} desk` } });
    await db.product.update({ where: { id: b.id }, data: { description: `Pairs well with a ${word}.` } });
    await db.product.update({ where: { id: hidden.id }, data: { title: `Hidden ${word}` } });
    const result = await searchProducts({ q: word, page: 1 });
    expect(result.products.map((p) => p.id)).toEqual([a.id, b.id]);
    expect(result.total).toBe(2);
  });

  it.each([`"unclosed`, "a & | ! : * ( ) <->", "🙂🙂", "'; DROP TABLE products; --", "x".repeat(1000), "   "])(
    "answers any input without an error: %s",
    async (q) => {
      const result = await searchProducts({ q, page: 1 });
      expect(Array.isArray(result.products)).toBe(true);
    },
  );
});
