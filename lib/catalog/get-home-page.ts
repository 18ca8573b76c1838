// Data for the storefront home page: featured and newest listings plus category navigation.
import { db } from "../db";
import { listCategoryTree } from "./list-category-tree";
import { productCardSelect, toProductCard } from "./product-card";

export async function getHomePage() {
  const visible = { status: "ACTIVE" as const, store: { status: "APPROVED" as const } };
  const [featured, newest, categories] = await Promise.all([
    db.product.findMany({ where: { ...visible, featured: true }, select: productCardSelect, orderBy: { unitsSold: "desc" }, take: 8 }),
    db.product.findMany({ where: visible, select: productCardSelect, orderBy: [{ publishedAt: "desc" }, { id: "asc" }], take: 12 }),
    listCategoryTree(),
  ]);
  const now = new Date();
  return {
    featured: featured.map((row) => toProductCard(row, now)),
    newest: newest.map((row) => toProductCard(row, now)),
    categories,
  };
}
