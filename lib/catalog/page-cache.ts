// Next's data cache for catalog pages: a loader's JSON-safe result, tagged so catalogChanged()
// expires it, and kept at most `revalidate` seconds (flash windows open and close by the clock,
// and a process whose tags were not expired still catches up within that window).
import "server-only";
import { unstable_cache } from "next/cache";

export const CATALOG_PAGE_REVALIDATE_SECONDS = 60;

export interface PageCacheOptions {
  tags: string[];
  revalidate?: number;
}

/**
 * load() through Next's data cache under key. Outside a Next server (tests, scripts) there is no
 * incremental cache, and load() runs directly. Results must be JSON-safe: no Date, no Decimal.
 */
export async function pageCache<T>(key: readonly string[], options: PageCacheOptions, load: () => Promise<T>): Promise<T> {
  const cached = unstable_cache(load, ["bazaar-page", ...key], {
    tags: options.tags,
    revalidate: options.revalidate ?? CATALOG_PAGE_REVALIDATE_SECONDS,
  });
  try {
    return await cached();
  } catch (error) {
    if (error instanceof Error && error.message.includes("incrementalCache missing")) return load();
    throw error;
  }
}
