// A product page: gallery, variants with price and stock, seller, breadcrumbs.
import { db } from "../db";
import { notFound } from "../errors";
import { isFlashSaleOpen } from "./product-card";

export type StockState = { kind: "in-stock" } | { kind: "low"; left: number } | { kind: "sold-out" };

export function stockState(stock: number, lowStockThreshold: number): StockState {
  if (stock <= 0) return { kind: "sold-out" };
  if (stock <= lowStockThreshold) return { kind: "low", left: stock };
  return { kind: "in-stock" };
}

export async function getProductPage(slug: string) {
  const product = await db.product.findFirst({
    where: { slug, status: "ACTIVE", store: { status: "APPROVED" } },
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
      brand: { select: { name: true, slug: true } },
      category: { select: { slug: true, name: true, parent: { select: { slug: true, name: true } } } },
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

  const flashSale = isFlashSaleOpen(product)
    ? { priceCents: product.flashSalePriceCents!, endsAt: product.flashSaleEndsAt! }
    : null;
  const breadcrumbs = [
    ...(product.category.parent ? [product.category.parent] : []),
    { slug: product.category.slug, name: product.category.name },
  ];
  return {
    ...product,
    rating: Number(product.ratingAverage),
    store: { ...product.store, rating: Number(product.store.ratingAverage) },
    flashSale,
    breadcrumbs,
    variants: product.variants.map((v) => ({ ...v, stockState: stockState(v.stock, v.lowStockThreshold) })),
  };
}

export type ProductPage = Awaited<ReturnType<typeof getProductPage>>;
