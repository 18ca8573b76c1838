// One call for "the catalog changed": listings, search results and product pages that show the
// product must stop serving the old price, stock, rating or text. Two caches hold catalog data:
// the cache module (versioned keys under "catalog", shared by every instance through Redis) and
// Next's data cache for pages (tagged with catalogTags). Both are invalidated here.
import "server-only";
import { revalidateTag } from "next/cache";
import { bumpCacheVersion } from "../cache";
import { logger } from "../log";

const log = logger("catalog");

export const catalogTags = {
  /** Every listing, search result, facet count and the home page. */
  all: "catalog",
  product: (productId: string) => `product:${productId}`,
  store: (storeId: string) => `store:${storeId}`,
} as const;

export interface CatalogChange {
  productIds?: readonly string[];
  storeIds?: readonly string[];
}

export async function catalogChanged(change: CatalogChange = {}): Promise<void> {
  await bumpCacheVersion("catalog");
  const tags = [
    catalogTags.all,
    ...(change.productIds ?? []).map(catalogTags.product),
    ...(change.storeIds ?? []).map(catalogTags.store),
  ];
  for (const tag of tags) expireTag(tag);
}

function expireTag(tag: string): void {
  try {
    // Expire now rather than serve one stale copy: a shopper must not see a price that changed.
    revalidateTag(tag, { expire: 0 });
  } catch (error) {
    // Outside a Next request (tests, scripts, in-process jobs) there is no page cache to expire;
    // pages cached by this process still expire within their revalidate window (see page-cache.ts).
    if (error instanceof Error && error.message.includes("static generation store missing")) return;
    log.warn("page cache tag not expired", { tag, error });
  }
}
