// A product: gallery, options with each variant's price and stock, seller, reviews, related listings.
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/catalog/breadcrumbs";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { Suspense } from "react";
import { Countdown } from "@/components/catalog/countdown";
import { Gallery } from "@/components/catalog/gallery";
import { JsonLd } from "@/components/catalog/json-ld";
import { ProductGrid } from "@/components/catalog/product-card";
import { RatingStars } from "@/components/catalog/rating-stars";
import { SellerCard } from "@/components/catalog/seller-card";
import { ProductReviews } from "@/components/reviews/product-reviews";
import { WishlistButton } from "@/components/wishlist/wishlist-button";
import { getActor } from "@/lib/auth";
import { reviveProductPage } from "@/lib/catalog/get-product-page";
import { effectiveVariantPrice } from "@/lib/catalog/pricing";
import { productJsonLd } from "@/lib/catalog/product-json-ld";
import { siteUrl } from "@/lib/catalog/site-url";
import { interactionViewer, recordProductView } from "@/lib/interactions";
import { loadProductBySlug, loadRelatedProducts } from "./load";
import { ProductPurchase, type PurchaseVariant } from "./product-purchase";

// Per-variant stock and the flash sale are shown as they are now; the data loads are cached (load.ts).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(props: Props) {
  const { slug } = await props.params;
  const data = await loadProductBySlug(slug);
  if (!data) notFound();
  return data;
}

const summary = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 160 ? `${flat.slice(0, 157).trimEnd()}…` : flat;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const product = await load(props);
  const url = siteUrl(`/p/${product.slug}`);
  const description = summary(product.description) || `${product.title}, sold by ${product.store.name} on Bazaar`;
  const cover = product.images[0];
  const images = cover ? [{ url: siteUrl(cover.url), alt: cover.alt || product.title }] : [];
  return {
    title: product.title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: "Bazaar", url, title: product.title, description, images },
    twitter: { card: cover ? "summary_large_image" : "summary", title: product.title, description, images: images.map((i) => i.url) },
  };
}

const conditionLabel = { NEW: "New", USED: "Used", REFURBISHED: "Refurbished" } as const;

export default async function ProductPage(props: Props) {
  const data = await load(props);
  const now = new Date();
  const product = reviveProductPage(data, now);
  // Resolved while rendering: after() runs once the response is sent, when cookies are gone.
  const viewer = await interactionViewer(await getActor());
  after(() => recordProductView(product.id, viewer));

  const variants: PurchaseVariant[] = product.variants.map((variant) => ({
    id: variant.id,
    sku: variant.sku,
    title: variant.title,
    size: variant.size,
    color: variant.color,
    material: variant.material,
    regularPriceCents: variant.priceCents,
    salePriceCents: product.flashSale ? effectiveVariantPrice(product, variant.priceCents, now) : null,
    compareAtPriceCents: variant.compareAtPriceCents,
    stockState: variant.stockState,
  }));
  const url = siteUrl(`/p/${product.slug}`);
  const jsonLd = productJsonLd(
    {
      ...product,
      variants: variants.map((v) => ({ sku: v.sku, priceCents: v.salePriceCents ?? v.regularPriceCents, stockState: v.stockState })),
      flashSaleEndsAt: product.flashSale?.endsAt ?? null,
    },
    url,
  );

  return (
    <div className="space-y-12">
      <JsonLd data={jsonLd} />
      <div>
        <Breadcrumbs trail={product.breadcrumbs} current={product.title} />
        <div className="mt-4 grid gap-8 lg:grid-cols-2">
          <section aria-label="Photos">
            <Gallery images={product.images} title={product.title} />
          </section>
          <section aria-label="Details" className="space-y-5">
            <div>
              <p className="text-sm text-stone-500">
                {product.brand ? <>{product.brand.name} · </> : null}
                {conditionLabel[product.condition]}
              </p>
              <h1 className="mt-1 text-3xl font-black tracking-tight">{product.title}</h1>
              <div className="mt-2">
                <a href="#reviews" className="hover:underline">
                  <RatingStars rating={product.rating} count={product.ratingCount} />
                </a>
              </div>
              {product.flashSale ? (
                <p className="mt-3 inline-flex flex-wrap items-center gap-2 rounded-lg bg-accent-700/10 px-3 py-1 text-sm font-semibold text-accent-700">
                  Flash sale
                  <Countdown endsAt={product.flashSale.endsAt.toISOString()} className="font-normal text-stone-700" />
                </p>
              ) : null}
            </div>
            <ProductPurchase
              variants={variants}
              flashSaleEndsAt={product.flashSale?.endsAt.toISOString() ?? null}
              wishlist={<WishlistButton productId={product.id} productTitle={product.title} size="lg" />}
            />
            <SellerCard store={data.store} />
          </section>
        </div>
      </div>

      <section aria-labelledby="description-heading" className="max-w-3xl">
        <h2 id="description-heading" className="text-lg font-bold">About this item</h2>
        <p className="mt-2 whitespace-pre-line text-stone-700">{product.description || "The seller has not written a description."}</p>
      </section>

      <section id="reviews" aria-labelledby="reviews-heading" className="scroll-mt-6">
        <h2 id="reviews-heading" className="text-lg font-bold">Reviews</h2>
        <Suspense fallback={<p className="mt-2 text-sm text-stone-500">Loading reviews…</p>}>
          <ProductReviews productId={product.id} productSlug={product.slug} />
        </Suspense>
      </section>

      <Suspense fallback={null}>
        <RelatedProducts product={{ id: product.id, categoryId: product.category.id }} categoryName={product.category.name} />
      </Suspense>
    </div>
  );
}

async function RelatedProducts({ product, categoryName }: { product: { id: string; categoryId: string }; categoryName: string }) {
  const related = await loadRelatedProducts(product);
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading" className="mb-4 text-lg font-bold">More in {categoryName}</h2>
      <ProductGrid products={related} />
    </section>
  );
}
