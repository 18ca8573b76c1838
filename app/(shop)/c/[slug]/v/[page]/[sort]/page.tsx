// The cached category page: /c/<slug>, /c/<slug>?page=N and ?sort=… are rewritten here
// (next.config.ts), rendered once per page and sort, and served to everyone until the catalog
// changes (catalogChanged() expires the "catalog" tag) or at most a minute passes.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ZListingQuery, type ListingQuery } from "@/lib/catalog/listing-query";
import { CategoryView, categoryMetadata } from "../../../category-view";

export const revalidate = 60;
export const dynamicParams = true;
/** Nothing is built ahead: each page is rendered on its first visit, then cached. */
export async function generateStaticParams(): Promise<{ slug: string; page: string; sort: string }[]> {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string; sort: string }> };

async function read(props: Props): Promise<{ slug: string; query: ListingQuery }> {
  const { slug, page, sort } = await props.params;
  const parsed = ZListingQuery.safeParse({ page, sort: sort === "relevance" ? undefined : sort });
  if (!parsed.success) notFound();
  return { slug, query: parsed.data };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, query } = await read(props);
  return categoryMetadata(slug, query);
}

export default async function CachedCategoryPage(props: Props) {
  const { slug, query } = await read(props);
  return <CategoryView slug={slug} query={query} />;
}
