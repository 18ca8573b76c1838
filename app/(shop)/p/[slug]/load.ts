// The product page's data through Next's data cache: tagged with the catalog and the product, so
// catalogChanged() expires it when the product, its stock or its price change.
import "server-only";
import { cache } from "react";
import { findProductIdBySlug, loadProductPage, type ProductPageData } from "@/lib/catalog/get-product-page";
import { catalogTags } from "@/lib/catalog/invalidate";
import { pageCache } from "@/lib/catalog/page-cache";
import { getRelatedProducts } from "@/lib/catalog/related-products";
import { AppError } from "@/lib/errors";

/** The page's data, or null for an unknown or hidden product. Once per request (page and metadata). */
export const loadProductBySlug = cache(async (slug: string): Promise<ProductPageData | null> => {
  // Slugs are tagged with the whole catalog only; the product's own tag needs its id first.
  const productId = await pageCache(["product-id", slug], { tags: [catalogTags.all] }, () => findProductIdBySlug(slug));
  if (!productId) return null;
  return pageCache(["product-page", productId], { tags: [catalogTags.all, catalogTags.product(productId)] }, async () => {
    try {
      return await loadProductPage(productId);
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    }
  });
});

export function loadRelatedProducts(product: { id: string; categoryId: string }) {
  return pageCache(["related-products", product.id], { tags: [catalogTags.all, catalogTags.product(product.id)] }, () =>
    getRelatedProducts(product),
  );
}
