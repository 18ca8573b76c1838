import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-white">
      <div className="mx-auto grid max-w-7xl gap-8 px-4 py-10 text-sm text-stone-600 sm:grid-cols-3">
        <div>
          <p className="text-lg font-black text-brand-700">Bazaar</p>
          <p className="mt-2">A marketplace of independent sellers: new, used and refurbished goods.</p>
        </div>
        <div>
          <p className="font-semibold text-stone-900">Shop</p>
          <ul className="mt-2 space-y-1">
            <li><Link href="/" className="hover:text-brand-700">Home</Link></li>
            <li><Link href="/search?q=vintage" className="hover:text-brand-700">Vintage finds</Link></li>
            <li><Link href="/cart" className="hover:text-brand-700">Your cart</Link></li>
          </ul>
        </div>
        <div>
          <p className="font-semibold text-stone-900">Sell</p>
          <ul className="mt-2 space-y-1">
            <li><Link href="/dashboard" className="hover:text-brand-700">Seller dashboard</Link></li>
            <li><Link href="/sign-in" className="hover:text-brand-700">Sign in</Link></li>
            {/* A route handler, not a page: a plain link, so Next does not try to prefetch it. (The lint
                rule mistakes it for a page since app/api/[...path] catches every /api path.) */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <li><a href="/api/docs" className="hover:text-brand-700">API documentation</a></li>
          </ul>
        </div>
      </div>
      <p className="border-t border-stone-100 py-4 text-center text-xs text-stone-500">Bazaar is open-source software.</p>
    </footer>
  );
}
