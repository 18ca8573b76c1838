import Link from "next/link";
import { Suspense } from "react";
import { listCategoryTree } from "@/lib/catalog/list-category-tree";
import { HeaderAccount } from "./header-account";
import { SearchBox, SearchBoxFallback } from "./search-box";

export async function SiteHeader() {
  const categories = await listCategoryTree();
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-3 sm:flex-nowrap sm:gap-6">
        <Link href="/" className="text-2xl font-black tracking-tight text-brand-700">
          Bazaar
        </Link>
        <Suspense fallback={<SearchBoxFallback />}>
          <SearchBox />
        </Suspense>
        <HeaderAccount />
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
