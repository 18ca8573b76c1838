// GET /api/v1/products/{slug} — one active product with its variants, images and seller
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { getProductPage } from "@/lib/catalog/get-product-page";
import { effectiveVariantPrice } from "@/lib/catalog/pricing";
import { ZProductParams } from "@/lib/catalog/product.schema";

async function load(slug: string) {
  const product = await getProductPage(slug);
  const now = new Date();
  return {
    id: product.id,
    slug: product.slug,
    title: product.title,
    description: product.description,
    condition: product.condition,
    brand: product.brand,
    breadcrumbs: product.breadcrumbs,
    rating: { average: product.rating, count: product.ratingCount },
    flashSale: product.flashSale ? { priceCents: product.flashSale.priceCents, endsAt: product.flashSale.endsAt.toISOString() } : null,
    images: product.images.map(({ url, alt }) => ({ url, alt })),
    variants: product.variants.map((v) => ({
      id: v.id,
      sku: v.sku,
      title: v.title,
      options: { size: v.size, color: v.color, material: v.material },
      priceCents: effectiveVariantPrice(product, v.priceCents, now),
      regularPriceCents: v.priceCents,
      compareAtPriceCents: v.compareAtPriceCents,
      stock: v.stockState,
    })),
    store: { slug: product.store.slug, name: product.store.name, rating: { average: product.store.rating, count: product.store.ratingCount } },
  };
}

export type GetProductResponse = { data: Awaited<ReturnType<typeof load>> };

export const GET = withApi<{ slug: string }>(async (_request, context) => {
  const { slug } = ZProductParams.parse(await context.params);
  return NextResponse.json({ data: await load(slug) } satisfies GetProductResponse);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
