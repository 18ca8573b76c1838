// A category page: breadcrumbs, sub-categories, and the filterable listing of the category and
// everything below it.
import "server-only";
import { db } from "../db";
import { notFound } from "../errors";
import { listProducts } from "./listing";
import type { ListingQuery } from "./listing-query";

export async function getCategoryPage(slug: string, query: ListingQuery) {
  const category = await db.category.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      description: true,
      imageUrl: true,
      parent: { select: { slug: true, name: true, parent: { select: { slug: true, name: true } } } },
      children: { select: { slug: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
    },
  });
  if (!category) throw notFound("Category");

  const breadcrumbs: { slug: string; name: string }[] = [];
  if (category.parent?.parent) breadcrumbs.push(category.parent.parent);
  if (category.parent) breadcrumbs.push({ slug: category.parent.slug, name: category.parent.name });

  const listing = await listProducts({ ...query, category: slug });
  return {
    category: { slug: category.slug, name: category.name, description: category.description, imageUrl: category.imageUrl },
    breadcrumbs,
    children: category.children,
    listing,
  };
}

export type CategoryPage = Awaited<ReturnType<typeof getCategoryPage>>;
