// sitemap.xml for the catalog, split so no file grows past what crawlers accept (50,000 URLs):
// sitemap 0 holds the home page, categories and storefronts; sitemaps 1…n hold products,
// SITEMAP_CHUNK_SIZE each, in id order. Queries select only what a URL entry needs.
import type { MetadataRoute } from "next";
import { db, type DbTx, type Prisma } from "../db";

export const SITEMAP_CHUNK_SIZE = 10_000;

const visibleProduct = { status: "ACTIVE", store: { status: "APPROVED" } } satisfies Prisma.ProductWhereInput;

/** How many sitemaps a catalog of `productCount` listings needs: one for pages, the rest for products. */
export function sitemapCountFor(productCount: number, chunkSize = SITEMAP_CHUNK_SIZE): number {
  return 1 + Math.ceil(productCount / chunkSize);
}

/** chunkSize: products per sitemap; client: a transaction, to read several parts from one snapshot. */
export interface SitemapOptions {
  chunkSize?: number;
  client?: DbTx;
}

export async function countSitemaps({ chunkSize = SITEMAP_CHUNK_SIZE, client = db }: SitemapOptions = {}): Promise<number> {
  return sitemapCountFor(await client.product.count({ where: visibleProduct }), chunkSize);
}

/** Sitemap ids as generateSitemaps returns them: 0…n. */
export async function sitemapIds(options: SitemapOptions = {}): Promise<{ id: number }[]> {
  return Array.from({ length: await countSitemaps(options) }, (_, id) => ({ id }));
}

/** The entries of sitemap `id`; `baseUrl` is the site's origin without a trailing slash. */
export async function sitemapEntries(id: number, baseUrl: string, { chunkSize = SITEMAP_CHUNK_SIZE, client = db }: SitemapOptions = {}): Promise<MetadataRoute.Sitemap> {
  if (!Number.isSafeInteger(id) || id < 0) return [];
  if (id === 0) {
    const [categories, stores] = await Promise.all([
      client.category.findMany({ select: { slug: true }, orderBy: [{ position: "asc" }, { slug: "asc" }] }),
      client.store.findMany({ where: { status: "APPROVED" }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    ]);
    return [
      { url: `${baseUrl}/`, changeFrequency: "daily", priority: 1 },
      ...categories.map((c) => ({ url: `${baseUrl}/c/${encodeURIComponent(c.slug)}`, changeFrequency: "daily" as const, priority: 0.8 })),
      ...stores.map((s) => ({ url: `${baseUrl}/store/${encodeURIComponent(s.slug)}`, lastModified: s.updatedAt, priority: 0.6 })),
    ];
  }
  const products = await client.product.findMany({
    where: visibleProduct,
    select: { slug: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip: (id - 1) * chunkSize,
    take: chunkSize,
  });
  return products.map((p) => ({ url: `${baseUrl}/p/${encodeURIComponent(p.slug)}`, lastModified: p.updatedAt }));
}

/** Where Next serves part `id` of app/sitemaps/sitemap.ts (generateSitemaps). */
export const sitemapPartPath = (id: number) => `/sitemaps/sitemap/${id}.xml`;

/** The sitemap index listing every sitemap file (served at /sitemap.xml). */
export function sitemapIndexXml(urls: readonly string[]): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `<sitemap><loc>${escape(url)}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}
