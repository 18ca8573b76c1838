// GET /robots.txt — crawlers may read the catalog; accounts, carts, checkout, dashboards and the API stay out.
import type { MetadataRoute } from "next";
import { requestPublicOrigin } from "@/lib/http/public-origin";

// Read at request time: the site's address is APP_URL, or the allowed host the crawler asked.
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: [
      {
        userAgent: "*",
        // Product photos are served from /api/uploads; the more specific allow wins over /api.
        allow: ["/", "/api/uploads/"],
        disallow: ["/account", "/cart", "/checkout", "/dashboard", "/admin", "/api", "/pay"],
      },
    ],
    sitemap: `${await requestPublicOrigin()}/sitemap.xml`,
  };
}
