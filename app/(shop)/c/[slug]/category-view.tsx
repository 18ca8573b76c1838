// A category page's content, shared by the dynamic route (any filters, from the URL) and the
// cached one (just a page number and a sort, which is what most visits are).
import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/catalog/listing-view";
import { getCategoryPage } from "@/lib/catalog/get-category-page";
import { catalogTags } from "@/lib/catalog/invalidate";
import { listingHref, type ListingQuery } from "@/lib/catalog/listing-query";
import { pageCache } from "@/lib/catalog/page-cache";
import { AppError } from "@/lib/errors";

export async function loadCategory(slug: string, query: ListingQuery) {
  try {
    return await pageCache(["category", slug, JSON.stringify(query)], { tags: [catalogTags.all] }, () => getCategoryPage(slug, query));
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function categoryMetadata(slug: string, query: ListingQuery): Promise<Metadata> {
  const { category, listing } = await loadCategory(slug, query);
  const filtered = Object.entries(listing.query).some(([key, value]) => key !== "page" && key !== "category" && value !== undefined);
  return {
    title: category.name,
    description: category.description ?? `Shop ${category.name} on Bazaar: ${listing.total.toLocaleString("en-US")} listings`,
    alternates: { canonical: `/c/${category.slug}` },
    // Filtered and sorted variations of a category are for shoppers, not for search engines.
    robots: filtered ? { index: false, follow: true } : undefined,
  };
}

export async function CategoryView({ slug, query, ignored = [] }: { slug: string; query: ListingQuery; ignored?: string[] }) {
  const data = await loadCategory(slug, query);
  const { category } = data;
  return (
    <div>
      <Breadcrumbs trail={data.breadcrumbs} current={category.name} />
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
        categoryHref={(childSlug, childQuery) => listingHref(`/c/${childSlug}`, childQuery)}
        ignored={ignored}
        emptyMessage="Nothing listed here matches these filters yet."
      />
    </div>
  );
}
