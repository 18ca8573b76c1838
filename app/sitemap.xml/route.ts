// GET /sitemap.xml — the sitemap index: one entry per part of the catalog sitemap (/sitemaps/sitemap/{id}.xml).
import { sitemapIds, sitemapIndexXml, sitemapPartPath } from "@/lib/catalog/sitemap-entries";
import { publicOrigin } from "@/lib/http/public-origin";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const origin = publicOrigin(request.headers);
  const ids = await sitemapIds();
  return new Response(sitemapIndexXml(ids.map(({ id }) => `${origin}${sitemapPartPath(id)}`)), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=0, must-revalidate" },
  });
}
