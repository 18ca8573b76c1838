import { beforeAll, describe, expect, it } from "vitest";
import { resetCacheForTests } from "../cache";
import { db } from "../db";
import { createStore, unique } from "../testing/factories";
import { listProducts } from "./listing";
import { centsToPrice, parseListingParams, ZListingQuery, type ListingQuery } from "./listing-query";

/** A word no other test's products contain, so search results are exactly this file's products. */
const token = () => unique("w").replace(/[^a-z0-9]/g, "").replace(/^w/, "q");

interface Made {
  id: string;
  slug: string;
}

describe("[LISTING]", () => {
  const word = token();
  let storeSlug: string;
  let otherStoreSlug: string;
  let rootSlug: string;
  let childSlug: string;
  let brandSlugs: [string, string];
  const made: Record<string, Made> = {};

  async function product(
    key: string,
    data: {
      title: string;
      description?: string;
      priceCents: number;
      condition?: "NEW" | "USED" | "REFURBISHED";
      stock?: number;
      rating?: number;
      brand?: 0 | 1;
      child?: boolean;
      other?: boolean;
      compareAt?: number;
      flash?: number;
      unitsSold?: number;
      daysOld?: number;
    },
  ) {
    const store = await db.store.findUniqueOrThrow({ where: { slug: data.other ? otherStoreSlug : storeSlug } });
    const category = await db.category.findUniqueOrThrow({ where: { slug: data.child ? childSlug : rootSlug } });
    const brand = data.brand === undefined ? null : await db.brand.findUniqueOrThrow({ where: { slug: brandSlugs[data.brand] } });
    const stock = data.stock ?? 5;
    const now = Date.now();
    const created = await db.product.create({
      data: {
        storeId: store.id,
        categoryId: category.id,
        brandId: brand?.id,
        slug: unique(key),
        title: data.title,
        description: data.description ?? "",
        condition: data.condition ?? "NEW",
        status: "ACTIVE",
        priceCents: data.priceCents,
        totalStock: stock,
        unitsSold: data.unitsSold ?? 0,
        ratingAverage: data.rating ?? 0,
        ratingCount: data.rating ? 3 : 0,
        searchTerms: [brand?.name, category.name].filter(Boolean).join(" "),
        publishedAt: new Date(now - (data.daysOld ?? 1) * 86_400_000),
        ...(data.flash
          ? { flashSalePriceCents: data.flash, flashSaleStartsAt: new Date(now - 3_600_000), flashSaleEndsAt: new Date(now + 3_600_000) }
          : {}),
        variants: { create: { sku: unique("sku"), priceCents: data.priceCents, compareAtPriceCents: data.compareAt ?? null, stock } },
      },
    });
    made[key] = { id: created.id, slug: created.slug };
  }

  const ids = (result: { products: { id: string }[] }) => result.products.map((p) => p.id);
  const list = (query: Record<string, unknown>) => listProducts(ZListingQuery.parse({ store: storeSlug, ...query }));

  beforeAll(async () => {
    resetCacheForTests();
    storeSlug = (await createStore()).store.slug;
    otherStoreSlug = (await createStore()).store.slug;
    const root = await db.category.create({ data: { slug: unique("root"), name: "Furniture Test" } });
    const child = await db.category.create({ data: { slug: unique("child"), name: "Desks Test", parentId: root.id } });
    rootSlug = root.slug;
    childSlug = child.slug;
    const brandA = await db.brand.create({ data: { slug: unique("brand-a"), name: unique("Oakline") } });
    const brandB = await db.brand.create({ data: { slug: unique("brand-b"), name: unique("Birchway") } });
    brandSlugs = [brandA.slug, brandB.slug];

    await product("titleMatch", { title: `Walnut ${word} desk`, priceCents: 12_000, brand: 0, child: true, rating: 4.5, unitsSold: 3, daysOld: 5 });
    await product("descMatch", { title: "Plain side table", description: `Goes well with any ${word}.`, priceCents: 3_000, brand: 1, condition: "USED", rating: 3.2, unitsSold: 9, daysOld: 2 });
    await product("accent", { title: `Café ${word} chair`, priceCents: 4_500, condition: "REFURBISHED", stock: 0, rating: 4, unitsSold: 1, daysOld: 3 });
    await product("sale", { title: `Standing ${word} frame`, priceCents: 20_000, compareAt: 25_000, brand: 0, child: true, unitsSold: 20, daysOld: 4 });
    await product("flash", { title: `Lamp ${word} arm`, priceCents: 8_000, flash: 6_000, brand: 1, daysOld: 1 });
    await product("elsewhere", { title: `Walnut ${word} shelf`, priceCents: 5_000, other: true });
  });

  describe("search", () => {
    it("ranks an exact title match above a description match", async () => {
      const result = await listProducts(ZListingQuery.parse({ q: `${word} desk` }));
      expect(ids(result)[0]).toBe(made.titleMatch!.id);
      const broad = await list({ q: word });
      expect(ids(broad)).toContain(made.descMatch!.id);
      expect(ids(broad).indexOf(made.titleMatch!.id)).toBeLessThan(ids(broad).indexOf(made.descMatch!.id));
    });

    it("matches the last word as a prefix while typing", async () => {
      const result = await list({ q: `walnut ${word.slice(0, word.length - 3)}` });
      expect(ids(result)).toEqual([made.titleMatch!.id]);
      expect(result.correctedFrom).toBeNull();
    });

    it("ignores accents", async () => {
      const result = await list({ q: `cafe ${word}` });
      expect(ids(result)).toEqual([made.accent!.id]);
    });

    it("keeps quoted words together as a phrase", async () => {
      expect(ids(await list({ q: `"walnut ${word}"` }))).toEqual([made.titleMatch!.id]);
      expect((await list({ q: `"${word} walnut"` })).total).toBe(0);
    });

    it("finds a product with a one-letter typo and says what it searched for", async () => {
      const typo = `${word.slice(0, 4)}x${word.slice(5)}`;
      const result = await list({ q: `walnut ${typo} desk ` });
      expect(ids(result)).toEqual([made.titleMatch!.id]);
      expect(result.correctedFrom).toBe(`walnut ${typo} desk`);
      expect(result.query.q).toBe(`walnut ${word} desk`);
    });

    it("drops a word that matches nothing when the rest finds something", async () => {
      const result = await list({ q: `walnut ${word} qzxjvw ` });
      expect(ids(result)).toEqual([made.titleMatch!.id]);
      expect(result.correctedFrom).toBe(`walnut ${word} qzxjvw`);
    });

    it("leaves words that are in the catalog as typed", async () => {
      const result = await list({ q: `cafe ${word} chair ` });
      expect(ids(result)).toEqual([made.accent!.id]);
      expect(result.correctedFrom).toBeNull();
    });

    it("searches within a category subtree and a store", async () => {
      expect(ids(await listProducts(ZListingQuery.parse({ q: `walnut ${word}` }))).sort()).toEqual([made.titleMatch!.id, made.elsewhere!.id].sort());
      expect(ids(await listProducts(ZListingQuery.parse({ q: word, category: rootSlug }))).sort()).toEqual(
        [made.titleMatch!.id, made.descMatch!.id, made.accent!.id, made.sale!.id, made.flash!.id, made.elsewhere!.id].sort(),
      );
      expect(ids(await listProducts(ZListingQuery.parse({ q: word, category: childSlug }))).sort()).toEqual([made.titleMatch!.id, made.sale!.id].sort());
    });

    it.each([`"unclosed`, "a & | ! : * ( ) <-> \\", "🙂🙂🙂", "'; DROP TABLE products; --", "x".repeat(1000), "   ", "a:* & !b", "%_\\'", "(((("])(
      "answers any input without an error: %s",
      async (q) => {
        const result = await listProducts(ZListingQuery.parse({ q }));
        expect(Array.isArray(result.products)).toBe(true);
        expect(result.total).toBeGreaterThanOrEqual(0);
      },
    );
  });

  describe("filters and sorts", () => {
    it.each<[string, Record<string, unknown> & { brand?: string[]; category?: string }, string[]]>([
      ["brand", { brand: ["@0"] }, ["titleMatch", "sale"]],
      ["two brands", { brand: ["@0", "@1"] }, ["titleMatch", "sale", "descMatch", "flash"]],
      ["condition", { condition: ["USED", "REFURBISHED"] }, ["descMatch", "accent"]],
      ["price range (flash price counts)", { min: "40", max: "60" }, ["accent", "flash"]],
      ["in stock", { inStock: true }, ["titleMatch", "descMatch", "sale", "flash"]],
      ["rating at least 4", { rating: 4 }, ["titleMatch", "accent"]],
      ["on sale (compare-at or flash)", { onSale: true }, ["sale", "flash"]],
      ["combined", { brand: ["@0", "@1"], inStock: true, max: "150" }, ["titleMatch", "descMatch", "flash"]],
      ["category", { category: "@child" }, ["titleMatch", "sale"]],
    ])("%s", async (_name, filter, expected) => {
      const resolved = {
        ...filter,
        brand: filter.brand?.map((b) => brandSlugs[Number(b.slice(1))]!),
        category: filter.category ? childSlug : undefined,
      };
      const result = await list(resolved);
      expect(ids(result).sort()).toEqual(expected.map((k) => made[k]!.id).sort());
      expect(result.total).toBe(expected.length);
    });

    it.each<[ListingQuery["sort"], string[]]>([
      ["price-asc", ["descMatch", "accent", "flash", "titleMatch", "sale"]],
      ["price-desc", ["sale", "titleMatch", "flash", "accent", "descMatch"]],
      ["newest", ["flash", "descMatch", "accent", "sale", "titleMatch"]],
      ["best-selling", ["sale", "descMatch", "titleMatch", "accent", "flash"]],
      ["top-rated", ["titleMatch", "accent", "descMatch"]],
    ])("sorts by %s", async (sort, expected) => {
      const result = await list({ sort });
      expect(ids(result).slice(0, expected.length)).toEqual(expected.map((k) => made[k]!.id));
    });

    it("pages with a total", async () => {
      const result = await list({ page: 2 });
      expect(result.total).toBe(5);
      expect(result.products).toEqual([]);
      expect(result.pageCount).toBe(1);
    });
  });

  describe("facets", () => {
    it("count what each choice would show, and the counts match the filtered totals", async () => {
      const result = await list({ q: word });
      const facets = result.facets!;
      expect(facets.brands.map((b) => [b.slug, b.count]).sort()).toEqual([[brandSlugs[0], 2], [brandSlugs[1], 2]].sort());
      expect(facets.conditions).toEqual([
        { value: "NEW", count: 3 },
        { value: "USED", count: 1 },
        { value: "REFURBISHED", count: 1 },
      ]);
      expect(facets.categories).toEqual([expect.objectContaining({ slug: rootSlug, count: 5 })]);

      for (const brand of facets.brands) expect((await list({ q: word, brand: [brand.slug] })).total).toBe(brand.count);
      for (const condition of facets.conditions) expect((await list({ q: word, condition: [condition.value] })).total).toBe(condition.count);
      for (const bucket of facets.prices) {
        const filtered = await list({ q: word, min: centsToPrice(bucket.min), ...(bucket.max ? { max: centsToPrice(bucket.max - 1) } : {}) });
        expect(filtered.total).toBe(bucket.count);
      }
      expect(facets.prices.reduce((sum, b) => sum + b.count, 0)).toBe(result.total);
    });

    it("keep the other values of a facet while one is chosen, and narrow the rest", async () => {
      const result = await list({ q: word, brand: [brandSlugs[0]] });
      expect(result.total).toBe(2);
      expect(result.facets!.brands).toHaveLength(2);
      expect(result.facets!.conditions).toEqual([{ value: "NEW", count: 2 }]);
    });

    it("roll category counts up to the children of the listed category", async () => {
      const result = await listProducts(ZListingQuery.parse({ category: rootSlug, store: storeSlug }));
      expect(result.facets!.categories).toEqual([expect.objectContaining({ slug: childSlug, count: 2 })]);
    });
  });

  describe("query parameters", () => {
    it("read the URL form and refuse bad values with the field named", () => {
      expect(parseListingParams(new URLSearchParams("brand=a,b&condition=used&min=10.5&max=20&stock=1&sale=true&rating=4&sort=newest&page=2"))).toMatchObject({
        brand: ["a", "b"],
        condition: ["USED"],
        min: 1050,
        max: 2000,
        inStock: true,
        onSale: true,
        rating: 4,
        sort: "newest",
        page: 2,
      });
      for (const bad of ["min=abc", "min=1.234", "rating=9", "sort=cheapest", "page=0", "min=30&max=20", "condition=broken"]) {
        expect(() => parseListingParams(new URLSearchParams(bad)), bad).toThrow();
      }
    });
  });
});
