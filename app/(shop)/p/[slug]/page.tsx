// A product: gallery, price and stock per variant, seller, description.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProductImage } from "@/components/catalog/product-image";
import { RatingStars } from "@/components/catalog/rating-stars";
import { getProductPage } from "@/lib/catalog/get-product-page";
import { effectiveVariantPrice } from "@/lib/catalog/pricing";
import { AppError } from "@/lib/errors";
import { ProductPurchase } from "./product-purchase";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(props: Props) {
  const { slug } = await props.params;
  try {
    return await getProductPage(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const product = await load(props);
  return { title: product.title, description: product.description.slice(0, 160) };
}

const conditionLabel = { NEW: "New", USED: "Used", REFURBISHED: "Refurbished" } as const;

export default async function ProductPage(props: Props) {
  const product = await load(props);
  const now = new Date();
  const variants = product.variants.map((variant) => {
    const price = effectiveVariantPrice(product, variant.priceCents, now);
    return {
      id: variant.id,
      title: variant.title,
      priceCents: price,
      wasPriceCents: price < variant.priceCents ? variant.priceCents : variant.compareAtPriceCents,
      stockState: variant.stockState,
    };
  });
  const [cover, ...rest] = product.images;
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm text-stone-500">
        <ol className="flex flex-wrap gap-1">
          <li><Link href="/" className="hover:text-brand-700">Home</Link></li>
          {product.breadcrumbs.map((crumb) => (
            <li key={crumb.slug} className="before:mr-1 before:content-['/']">
              <Link href={`/c/${crumb.slug}`} className="hover:text-brand-700">{crumb.name}</Link>
            </li>
          ))}
        </ol>
      </nav>
      <div className="mt-4 grid gap-8 lg:grid-cols-2">
        <section aria-label="Photos" className="space-y-3">
          <div className="relative aspect-square overflow-hidden rounded-2xl border border-stone-200 bg-white">
            {cover ? <ProductImage src={cover.url} alt={cover.alt || product.title} sizes="(min-width: 1024px) 50vw, 100vw" priority /> : null}
          </div>
          {rest.length > 0 ? (
            <ul className="grid grid-cols-5 gap-2">
              {rest.map((image) => (
                <li key={image.id} className="relative aspect-square overflow-hidden rounded-lg border border-stone-200 bg-white">
                  <ProductImage src={image.url} alt={image.alt || product.title} sizes="20vw" />
                </li>
              ))}
            </ul>
          ) : null}
        </section>
        <section aria-label="Details" className="space-y-5">
          <div>
            <p className="text-sm text-stone-500">
              {product.brand ? <>{product.brand.name} · </> : null}
              {conditionLabel[product.condition]}
            </p>
            <h1 className="mt-1 text-3xl font-black tracking-tight">{product.title}</h1>
            <div className="mt-2">
              <RatingStars rating={product.rating} count={product.ratingCount} />
            </div>
            {product.flashSale ? (
              <p className="mt-3 inline-block rounded-lg bg-accent-500/10 px-3 py-1 text-sm font-semibold text-accent-500">
                Flash sale until {product.flashSale.endsAt.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
              </p>
            ) : null}
          </div>
          <ProductPurchase variants={variants} />
          <div className="rounded-xl border border-stone-200 bg-white p-4" data-testid="seller-card">
            <p className="text-xs uppercase tracking-wide text-stone-500">Sold by</p>
            <p className="mt-1 font-semibold">{product.store.name}</p>
            <div className="mt-1">
              <RatingStars rating={product.store.rating} count={product.store.ratingCount} />
            </div>
            <p className="mt-1 text-xs text-stone-500">
              Selling on Bazaar since {product.store.createdAt.toLocaleDateString("en-US", { month: "long", year: "numeric" })}
            </p>
          </div>
          <div>
            <h2 className="text-lg font-bold">About this item</h2>
            <p className="mt-2 whitespace-pre-line text-stone-700">{product.description}</p>
          </div>
        </section>
      </div>
    </div>
  );
}
