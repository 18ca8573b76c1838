// A product page: gallery, variants with options, price and stock, seller, breadcrumbs.
// loadProductPage returns JSON-safe data (dates as ISO strings) so pages can cache it;
// reviveProductPage turns it back into dates and adds what depends on the clock (the flash sale).
import { db } from "../db";
import { notFound } from "../errors";
import { isFlashSaleOpen } from "./product-card";

export type StockState = { kind: "in-stock" } | { kind: "low"; left: number } | { kind: "sold-out" };

export function stockState(stock: number, lowStockThreshold: number): StockState {
  if (stock <= 0) return { kind: "sold-out" };
  if (stock <= lowStockThreshold) return { kind: "low", left: stock };
  return { kind: "in-stock" };
}

/** The product behind a slug, whatever its status: visibility is checked when the page loads. */
export async function findProductIdBySlug(slug: string): Promise<string | null> {
  const product = await db.product.findUnique({ where: { slug }, select: { id: true } });
  return product?.id ?? null;
}

export async function loadProductPage(productId: string) {
  const product = await db.product.findFirst({
    where: { id: productId, status: "ACTIVE", store: { status: "APPROVED" } },
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      condition: true,
      priceCents: true,
      flashSalePriceCents: true,
      flashSaleStartsAt: true,
      flashSaleEndsAt: true,
      ratingAverage: true,
      ratingCount: true,
      unitsSold: true,
      updatedAt: true,
      brand: { select: { name: true, slug: true } },
      category: { select: { id: true, slug: true, name: true, parent: { select: { slug: true, name: true } } } },
      store: { select: { id: true, slug: true, name: true, logoUrl: true, ratingAverage: true, ratingCount: true, createdAt: true } },
      images: { select: { id: true, url: true, alt: true }, orderBy: { position: "asc" } },
      variants: {
        where: { active: true },
        orderBy: [{ position: "asc" }, { priceCents: "asc" }],
        select: {
          id: true,
          sku: true,
          title: true,
          size: true,
          color: true,
          material: true,
          priceCents: true,
          compareAtPriceCents: true,
          stock: true,
          lowStockThreshold: true,
        },
      },
    },
  });
  if (!product) throw notFound("Product");

  const { ratingAverage, store, category, variants, ...rest } = product;
  return {
    ...rest,
    flashSaleStartsAt: product.flashSaleStartsAt?.toISOString() ?? null,
    flashSaleEndsAt: product.flashSaleEndsAt?.toISOString() ?? null,
    updatedAt: product.updatedAt.toISOString(),
    rating: Number(ratingAverage),
    category: { id: category.id, slug: category.slug, name: category.name },
    breadcrumbs: [...(category.parent ? [category.parent] : []), { slug: category.slug, name: category.name }],
    store: {
      id: store.id,
      slug: store.slug,
      name: store.name,
      logoUrl: store.logoUrl,
      rating: Number(store.ratingAverage),
      ratingCount: store.ratingCount,
      createdAt: store.createdAt.toISOString(),
    },
    variants: variants.map(({ lowStockThreshold, ...v }) => ({ ...v, stockState: stockState(v.stock, lowStockThreshold) })),
  };
}

export type ProductPageData = Awaited<ReturnType<typeof loadProductPage>>;

const toDate = (iso: string | null) => (iso === null ? null : new Date(iso));

/** Dates back from their ISO form, and the flash sale as it stands at `now`. */
export function reviveProductPage(data: ProductPageData, now = new Date()) {
  const revived = {
    ...data,
    flashSaleStartsAt: toDate(data.flashSaleStartsAt),
    flashSaleEndsAt: toDate(data.flashSaleEndsAt),
    updatedAt: new Date(data.updatedAt),
    store: { ...data.store, createdAt: new Date(data.store.createdAt) },
  };
  const flashSale = isFlashSaleOpen(revived, now)
    ? { priceCents: revived.flashSalePriceCents!, endsAt: revived.flashSaleEndsAt! }
    : null;
  return { ...revived, flashSale };
}

export type ProductPage = ReturnType<typeof reviveProductPage>;

/** One active product of an approved store, by slug; NOT_FOUND otherwise. */
export async function getProductPage(slug: string, now = new Date()): Promise<ProductPage> {
  const productId = await findProductIdBySlug(slug);
  if (!productId) throw notFound("Product");
  return reviveProductPage(await loadProductPage(productId), now);
}
