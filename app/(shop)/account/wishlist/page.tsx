// The wishlist: saved products that are on sale, most recently saved first. A heart tapped here
// un-saves at once; the card stays until the page is reloaded, so a slip is one tap to undo.
import type { Metadata } from "next";
import Link from "next/link";
import { ProductGrid } from "@/components/catalog/product-card";
import { Pagination } from "@/components/ui/pagination";
import { requirePageActor } from "@/lib/auth/page-guards";
import { pageFromUrl } from "@/lib/pagination";
import { listWishlist } from "@/lib/wishlist";
import { AccountHeading, AccountNav } from "../account-nav";

export const metadata: Metadata = { title: "Your wishlist", robots: { index: false } };

type Props = { searchParams: Promise<{ page?: string }> };

export default async function WishlistPage(props: Props) {
  const { page: pageParam } = await props.searchParams;
  const actor = await requirePageActor(`/account/wishlist${pageParam ? `?page=${encodeURIComponent(pageParam)}` : ""}`);
  const wishlist = await listWishlist({ actor, page: pageFromUrl(pageParam) });
  return (
    <div className="mx-auto max-w-5xl">
      <AccountHeading title="Wishlist" description="Products you saved with the heart, to come back to later." />
      <AccountNav current="/account/wishlist" />
      {wishlist.total === 0 ? (
        <div className="rounded-xl border border-dashed border-stone-300 bg-white p-8 text-center">
          <p className="font-semibold">Your wishlist is empty.</p>
          <p className="mt-1 text-sm text-stone-600">Tap the heart on any product to save it here.</p>
          <Link href="/" className="mt-4 inline-block rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            Start browsing
          </Link>
        </div>
      ) : (
        <>
          <p className="mb-4 text-sm text-stone-600" data-testid="wishlist-count">
            {wishlist.total} saved {wishlist.total === 1 ? "product" : "products"}
          </p>
          {wishlist.products.length > 0 ? (
            <ProductGrid products={wishlist.products} />
          ) : (
            <p className="text-sm text-stone-600">
              This page is past the end of your wishlist. <Link href="/account/wishlist" className="font-medium text-brand-700 hover:underline">Go to the first page</Link>
            </p>
          )}
          <Pagination page={wishlist.page} pageCount={wishlist.pageCount} hrefFor={(page) => (page === 1 ? "/account/wishlist" : `/account/wishlist?page=${page}`)} />
        </>
      )}
    </div>
  );
}
