import Link from "next/link";
import { Suspense } from "react";
import { getActor } from "@/lib/auth";
import { getCartCount } from "@/lib/cart/session";
import { listCategoryTree } from "@/lib/catalog/list-category-tree";
import { signOutAction } from "@/app/(auth)/actions";
import { SearchBox, SearchBoxFallback } from "./search-box";

export async function SiteHeader() {
  const [actor, categories] = await Promise.all([getActor(), listCategoryTree()]);
  const cartCount = await getCartCount(actor);
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-3 sm:flex-nowrap sm:gap-6">
        <Link href="/" className="text-2xl font-black tracking-tight text-brand-700">
          Bazaar
        </Link>
        <Suspense fallback={<SearchBoxFallback />}>
          <SearchBox />
        </Suspense>
        <nav aria-label="Account" className="ml-auto flex items-center gap-4 text-sm sm:ml-0">
          {actor ? (
            <>
              {actor.role === "SELLER" ? <Link href="/dashboard" className="font-medium hover:text-brand-700">Seller dashboard</Link> : null}
              {actor.role === "ADMIN" ? <Link href="/admin" className="font-medium hover:text-brand-700">Admin</Link> : null}
              <Link href="/account" className="font-medium hover:text-brand-700">Account</Link>
              <span className="hidden text-stone-600 md:inline" data-testid="account-name">
                {actor.name ?? actor.email}
              </span>
              <form action={signOutAction}>
                <button type="submit" className="font-medium hover:text-brand-700">
                  Sign out
                </button>
              </form>
            </>
          ) : (
            <Link href="/sign-in" className="font-medium hover:text-brand-700">
              Sign in
            </Link>
          )}
          <Link href="/cart" className="relative font-medium hover:text-brand-700" aria-label={`Cart, ${cartCount} items`}>
            Cart
            {cartCount > 0 ? (
              <span className="ml-1 rounded-full bg-accent-500 px-1.5 py-0.5 text-xs font-bold text-white" data-testid="cart-count">
                {cartCount}
              </span>
            ) : null}
          </Link>
        </nav>
      </div>
      <nav aria-label="Categories" className="border-t border-stone-100">
        <ul className="mx-auto flex max-w-7xl gap-5 overflow-x-auto px-4 py-2 text-sm text-stone-700">
          {categories.map((category) => (
            <li key={category.id} className="shrink-0">
              <Link href={`/c/${category.slug}`} className="hover:text-brand-700">
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
