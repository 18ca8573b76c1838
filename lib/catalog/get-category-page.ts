// A category page: breadcrumbs, sub-categories, and the listings of the category and all its
// descendants, newest first, paginated with a total count.
import { z } from "zod";
import { db } from "../db";
import { notFound } from "../errors";
import { productCardSelect, toProductCard } from "./product-card";

export const PAGE_SIZE = 24;

export const ZCategoryPageInput = z.object({
  slug: z.string().min(1).max(120),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});
export type TCategoryPageInput = z.infer<typeof ZCategoryPageInput>;

export async function getCategoryPage(input: TCategoryPageInput) {
  const { slug, page } = ZCategoryPageInput.parse(input);
  const category = await db.category.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      parent: { select: { slug: true, name: true, parent: { select: { slug: true, name: true } } } },
      children: { select: { id: true, slug: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
    },
  });
  if (!category) throw notFound("Category");

  // The tree is two levels deep today; walking one more level keeps this right if it grows to three.
  const childIds = category.children.map((c) => c.id);
  const grandchildren = childIds.length
    ? await db.category.findMany({ where: { parentId: { in: childIds } }, select: { id: true } })
    : [];
  const categoryIds = [category.id, ...childIds, ...grandchildren.map((c) => c.id)];

  const where = { status: "ACTIVE" as const, store: { status: "APPROVED" as const }, categoryId: { in: categoryIds } };
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      select: productCardSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    db.product.count({ where }),
  ]);

  const breadcrumbs: { slug: string; name: string }[] = [];
  if (category.parent?.parent) breadcrumbs.push(category.parent.parent);
  if (category.parent) breadcrumbs.push({ slug: category.parent.slug, name: category.parent.name });

  const now = new Date();
  return {
    category: { slug: category.slug, name: category.name, description: category.description },
    breadcrumbs,
    children: category.children,
    products: rows.map((row) => toProductCard(row, now)),
    page,
    pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    total,
  };
}
