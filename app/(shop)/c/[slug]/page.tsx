// A category with filters from the URL. Visits with only a page number and a sort (or nothing)
// are rewritten to the cached route under v/ (next.config.ts); this route renders the rest.
import type { Metadata } from "next";
import { parseListingParamsLeniently } from "@/lib/catalog/listing-query";
import { CategoryView, categoryMetadata } from "./category-view";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function read(props: Props) {
  const [{ slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  return { slug, ...parseListingParamsLeniently(searchParams) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { slug, query } = await read(props);
  return categoryMetadata(slug, query);
}

export default async function CategoryPage(props: Props) {
  const { slug, query, ignored } = await read(props);
  return <CategoryView slug={slug} query={query} ignored={ignored} />;
}
