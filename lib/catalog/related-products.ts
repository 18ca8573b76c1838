// "More like this" on a product page: other listings in the same category, best sellers first.
// One query loads the cards (productCardSelect), however many there are.
import { db } from "../db";
import { productCardSelect, toProductCard, type ProductCard } from "./product-card";

export const RELATED_PRODUCTS_LIMIT = 8;

export async function getRelatedProducts(
  product: { id: string; categoryId: string },
  options: { limit?: number; now?: Date } = {},
): Promise<ProductCard[]> {
  const rows = await db.product.findMany({
    where: { categoryId: product.categoryId, id: { not: product.id }, status: "ACTIVE", store: { status: "APPROVED" } },
    select: productCardSelect,
    orderBy: [{ unitsSold: "desc" }, { id: "asc" }],
    take: Math.min(options.limit ?? RELATED_PRODUCTS_LIMIT, RELATED_PRODUCTS_LIMIT),
  });
  const now = options.now ?? new Date();
  return rows.map((row) => toProductCard(row, now));
}
