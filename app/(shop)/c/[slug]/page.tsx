// A category: its sub-categories and every listing in it and below it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProductGrid } from "@/components/catalog/product-card";
import { Pagination } from "@/components/ui/pagination";
import { getCategoryPage } from "@/lib/catalog/get-category-page";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string }> };

async function load(props: Props) {
  const [{ slug }, { page }] = await Promise.all([props.params, props.searchParams]);
  try {
    return await getCategoryPage({ slug, page: Number(page ?? 1) });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { category } = await load(props);
  return { title: category.name, description: category.description ?? `Shop ${category.name} on Bazaar` };
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
            <li key={child.id}>
              <Link href={`/c/${child.slug}`} className="inline-block rounded-full border border-stone-300 bg-white px-3 py-1 text-sm hover:border-brand-500 hover:text-brand-700">
                {child.name}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-6 text-sm text-stone-600" data-testid="result-count">
        {data.total === 1 ? "1 listing" : `${data.total.toLocaleString("en-US")} listings`}
      </p>
      <div className="mt-3">
        {data.products.length > 0 ? <ProductGrid products={data.products} priorityCount={4} /> : <p className="text-stone-600">Nothing listed here yet.</p>}
      </div>
      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(page) => `/c/${category.slug}?page=${page}`} />
    </div>
  );
}
