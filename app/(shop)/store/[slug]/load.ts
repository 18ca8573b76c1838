// The storefront header through Next's data cache, expired with the catalog (catalogChanged).
import "server-only";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { catalogTags } from "@/lib/catalog/invalidate";
import { pageCache } from "@/lib/catalog/page-cache";
import { getStorefront, type Storefront } from "@/lib/stores/get-storefront";

/** The store, or null for an unknown or unapproved one. Once per request (page and metadata). */
export const loadStorefront = cache((slug: string): Promise<Storefront | null> =>
  pageCache(["storefront", slug], { tags: [catalogTags.all] }, async () => {
    try {
      return await getStorefront(slug);
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    }
  }),
);
