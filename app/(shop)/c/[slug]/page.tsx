// A category: its sub-categories and every listing in it and below it, with filters and sorts.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/catalog/listing-view";
import { getCategoryPage } from "@/lib/catalog/get-category-page";
import { catalogTags } from "@/lib/catalog/invalidate";
import { listingHref, parseListingParamsLeniently } from "@/lib/catalog/listing-query";
import { pageCache } from "@/lib/catalog/page-cache";
import { AppError } from "@/lib/errors";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

async function load(props: Props) {
  const [{ slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const { query, ignored } = parseListingParamsLeniently(searchParams);
  try {
    const data = await pageCache(["category", slug, JSON.stringify(query)], { tags: [catalogTags.all] }, () => getCategoryPage(slug, query));
    return { ...data, ignored };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { category, listing } = await load(props);
  const filtered = Object.keys(listing.query).some((key) => key !== "page" && key !== "category" && listing.query[key as keyof typeof listing.query] !== undefined);
  return {
    title: category.name,
    description: category.description ?? `Shop ${category.name} on Bazaar: ${listing.total.toLocaleString("en-US")} listings`,
    alternates: { canonical: `/c/${category.slug}` },
    // Filtered and sorted variations of a category are for shoppers, not for search engines.
    robots: filtered ? { index: false, follow: true } : undefined,
  };
}

export default async function CategoryPage(props: Props) {
  const data = await load(props);
  const { category } = data;
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/" className="hover:text-brand-700">Home</Link>
          </li>
          {data.breadcrumbs.map((crumb) => (
            <li key={crumb.slug} className="before:mr-1 before:content-['/']">
              <Link href={`/c/${crumb.slug}`} className="hover:text-brand-700">{crumb.name}</Link>
            </li>
          ))}
          <li aria-current="page" className="text-stone-800 before:mr-1 before:content-['/']">{category.name}</li>
        </ol>
      </nav>
      <h1 className="mt-2 text-3xl font-black tracking-tight">{category.name}</h1>
      {category.description ? <p className="mt-1 max-w-2xl text-stone-600">{category.description}</p> : null}
      {data.children.length > 0 ? (
        <ul className="mt-4 flex flex-wrap gap-2" aria-label="Sub-categories">
          {data.children.map((child) => (
            <li key={child.slug}>
              <Link href={`/c/${child.slug}`} className="inline-block rounded-full border border-stone-300 bg-white px-3 py-1 text-sm hover:border-brand-500 hover:text-brand-700">
                {child.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <ListingView
        basePath={`/c/${category.slug}`}
        result={data.listing}
        fixed={{ category: true }}
        categoryHref={(slug, query) => listingHref(`/c/${slug}`, query)}
        ignored={data.ignored}
        emptyMessage="Nothing listed here matches these filters yet."
      />
    </div>
  );
}
