import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct, createStore } from "../testing/factories";
import { countSitemaps, sitemapCountFor, sitemapEntries, sitemapIds, sitemapIndexXml, sitemapPartPath, SITEMAP_CHUNK_SIZE } from "./sitemap-entries";

const BASE = "https://bazaar.test";
const visible = { status: "ACTIVE" as const, store: { status: "APPROVED" as const } };

describe("[SEO] sitemap", () => {
  it("needs one sitemap for pages and one per chunk of products", () => {
    expect(SITEMAP_CHUNK_SIZE).toBe(10_000);
    expect(sitemapCountFor(0)).toBe(1);
    expect(sitemapCountFor(1)).toBe(2);
    expect(sitemapCountFor(10_000)).toBe(2);
    expect(sitemapCountFor(10_001)).toBe(3);
    expect(sitemapCountFor(100_000)).toBe(11);
    expect(sitemapCountFor(7, 3)).toBe(4);
  });

  it("lists the home page, categories and approved storefronts in sitemap 0", async () => {
    const { store } = await createStore();
    const { store: pending } = await createStore({ status: "PENDING" });
    const category = await createCategory();

    const entries = await sitemapEntries(0, BASE);
    const urls = entries.map((e) => e.url);

    expect(urls[0]).toBe(`${BASE}/`);
    expect(urls).toContain(`${BASE}/c/${category.slug}`);
    expect(urls).toContain(`${BASE}/store/${store.slug}`);
    expect(urls).not.toContain(`${BASE}/store/${pending.slug}`);
    expect(urls.some((u) => u.includes("/p/"))).toBe(false);
  });

  it("splits visible products into full chunks, each product once, with its last change", async () => {
    const { store } = await createStore();
    const { store: suspended } = await createStore({ status: "SUSPENDED" });
    const mine = await Promise.all(Array.from({ length: 5 }, () => createProduct({ storeId: store.id })));
    const draft = await createProduct({ storeId: store.id, status: "DRAFT" });
    const hidden = await createProduct({ storeId: suspended.id });

    // One snapshot for the count and every part: other tests add and remove products meanwhile.
    const { total, chunkSize, ids, count, chunks, past, nonsense } = await db.$transaction(
      async (client) => {
        const total = await client.product.count({ where: visible });
        const chunkSize = Math.max(2, Math.ceil(total / 4));
        const ids = await sitemapIds({ chunkSize, client });
        const count = await countSitemaps({ chunkSize, client });
        const chunks: Awaited<ReturnType<typeof sitemapEntries>>[] = [];
        for (const { id } of ids.slice(1)) chunks.push(await sitemapEntries(id, BASE, { chunkSize, client }));
        const past = await sitemapEntries(ids.length + 5, BASE, { chunkSize, client });
        const nonsense = await sitemapEntries(Number.NaN, BASE, { chunkSize, client });
        return { total, chunkSize, ids, count, chunks, past, nonsense };
      },
      { isolationLevel: "RepeatableRead", timeout: 30_000 },
    );
    expect(ids.map((s) => s.id)).toEqual(Array.from({ length: sitemapCountFor(total, chunkSize) }, (_, i) => i));
    expect(count).toBe(ids.length);
    chunks.slice(0, -1).forEach((chunk) => expect(chunk).toHaveLength(chunkSize));
    expect(chunks.at(-1)!.length).toBeGreaterThan(0);
    expect(chunks.at(-1)!.length).toBeLessThanOrEqual(chunkSize);
    expect(chunks.flat()).toHaveLength(total);
    // Past the last part, and nonsense ids, there is nothing.
    expect(past).toEqual([]);
    expect(nonsense).toEqual([]);

    const urls = chunks.flat().map((e) => e.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const product of mine) expect(urls.filter((u) => u === `${BASE}/p/${product.slug}`)).toHaveLength(1);
    expect(urls).not.toContain(`${BASE}/p/${draft.slug}`);
    expect(urls).not.toContain(`${BASE}/p/${hidden.slug}`);

    const entry = chunks.flat().find((e) => e.url === `${BASE}/p/${mine[0]!.slug}`);
    expect(entry?.lastModified).toEqual(mine[0]!.updatedAt);
  });

  it("writes a sitemap index of the parts", () => {
    expect(sitemapPartPath(3)).toBe("/sitemaps/sitemap/3.xml");
    const xml = sitemapIndexXml([`${BASE}${sitemapPartPath(0)}`, `${BASE}/sitemaps/sitemap/1.xml?a=1&b=2`]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(`<sitemap><loc>${BASE}/sitemaps/sitemap/0.xml</loc></sitemap>`);
    expect(xml).toContain("1.xml?a=1&amp;b=2");
    expect(xml.match(/<sitemap>/g)).toHaveLength(2);
  });
});
