// A seller's storefront: who they are, their rating and age, then their listings with filters.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ListingView } from "@/components/catalog/listing-view";
import { catalogTags } from "@/lib/catalog/invalidate";
import { listProducts } from "@/lib/catalog/listing";
import { parseListingParamsLeniently } from "@/lib/catalog/listing-query";
import { pageCache } from "@/lib/catalog/page-cache";
import { siteUrl } from "@/lib/catalog/site-url";
import { loadStorefront } from "./load";
import { StoreHeader } from "./store-header";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(props: Props) {
  const { slug } = await props.params;
  const store = await loadStorefront(slug);
  if (!store) notFound();
  return store;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const store = await load(props);
  const url = siteUrl(`/store/${store.slug}`);
  const description = store.description?.replace(/\s+/g, " ").trim().slice(0, 160) || `Shop ${store.name} on Bazaar: ${store.listingCount} listings.`;
  const images = store.logoUrl ? [{ url: siteUrl(store.logoUrl), alt: `${store.name} logo` }] : [];
  return {
    title: store.name,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: "Bazaar", url, title: store.name, description, images },
    twitter: { card: "summary", title: store.name, description, images: images.map((i) => i.url) },
  };
}

export default async function StorePage(props: Props) {
  const store = await load(props);
  const { query: asked, ignored } = parseListingParamsLeniently(await props.searchParams);
  // The storefront is this store's listings, whatever the URL says about stores.
  const query = { ...asked, store: store.slug, seller: undefined };
  const result = await pageCache(["store-listing", JSON.stringify(query)], { tags: [catalogTags.all] }, () => listProducts(query));
  return (
    <div className="space-y-8">
      <StoreHeader store={store} />
      <section aria-label={`Listings from ${store.name}`}>
        <ListingView
          basePath={`/store/${store.slug}`}
          result={result}
          fixed={{ store: true }}
          ignored={ignored}
          emptyMessage={store.listingCount === 0 ? `${store.name} has nothing listed right now.` : undefined}
        />
      </section>
    </div>
  );
}
