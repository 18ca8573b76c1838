// The two-level category tree for navigation, in display order. Every page's header shows it, so
// it is cached with the catalog (categories change rarely; catalogChanged() refreshes it).
import { remember, versionedKey } from "../cache";
import { db } from "../db";

export interface CategoryNode {
  id: string;
  slug: string;
  name: string;
  imageUrl: string | null;
  children: { id: string; slug: string; name: string }[];
}

export async function listCategoryTree(): Promise<CategoryNode[]> {
  return remember(await versionedKey("catalog", "category-tree"), 300, loadCategoryTree);
}

async function loadCategoryTree(): Promise<CategoryNode[]> {
  const categories = await db.category.findMany({
    select: { id: true, slug: true, name: true, imageUrl: true, parentId: true },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const roots = categories.filter((c) => c.parentId === null);
  return roots.map((root) => ({
    id: root.id,
    slug: root.slug,
    name: root.name,
    imageUrl: root.imageUrl,
    children: categories.filter((c) => c.parentId === root.id).map(({ id, slug, name }) => ({ id, slug, name })),
  }));
}
