// GET /robots.txt — crawlers may read the catalog; accounts, carts, checkout, dashboards and the API stay out.
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/catalog/site-url";

// Read at request time: the site's address comes from the running server's environment.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        // Product photos are served from /api/uploads; the more specific allow wins over /api.
        allow: ["/", "/api/uploads/"],
        disallow: ["/account", "/cart", "/checkout", "/dashboard", "/admin", "/api", "/pay"],
      },
    ],
    sitemap: siteUrl("/sitemap.xml"),
  };
}
