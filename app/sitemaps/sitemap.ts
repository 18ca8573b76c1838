// GET /sitemaps/sitemap/{id}.xml — one part of the catalog sitemap; /sitemap.xml is the index of the parts.
import type { MetadataRoute } from "next";
import { sitemapEntries, sitemapIds } from "@/lib/catalog/sitemap-entries";
import { requestPublicOrigin } from "@/lib/http/public-origin";
import { logger } from "@/lib/log";

export const dynamic = "force-dynamic";

const log = logger("sitemap");

export async function generateSitemaps() {
  try {
    return await sitemapIds();
  } catch (error) {
    // `next build` lists the parts too, and may run where no database is up; requests list them
    // again, so an answer of just the first part only affects the build's own list.
    log.warn("sitemap parts not counted", { error });
    return [{ id: 0 }];
  }
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(Number(await props.id), await requestPublicOrigin());
}
