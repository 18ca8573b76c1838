import type { NextConfig } from "next";

// Content Security Policy. Next's hydration needs inline scripts; everything else is same-origin,
// plus product images from UploadThing and realtime sockets (Pusher, or Bazaar's local server on
// 127.0.0.1 in embedded mode). frame-ancestors 'none': Bazaar is never framed.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://utfs.io https://*.ufs.sh",
  "font-src 'self'",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:* wss://*.pusher.com https://*.pusher.com",
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const production = process.env.NODE_ENV === "production";

// Category visits with no filters — just a page number and a sort, or neither — go to a cached
// route (app/(shop)/c/[slug]/v/[page]/[sort]); any filter keeps the dynamic page.
const listingFilters = ["q", "category", "store", "seller", "brand", "condition", "min", "max", "stock", "rating", "sale"];
const noFilters = listingFilters.map((key) => ({ type: "query" as const, key }));
const pageParam = { type: "query" as const, key: "page", value: "(?<page>[1-9][0-9]{0,2})" };
const sortParam = { type: "query" as const, key: "sort", value: "(?<sort>relevance|price-asc|price-desc|newest|best-selling|top-rated)" };
const cachedCategoryRewrites = [
  { source: "/c/:slug", has: [pageParam, sortParam], missing: noFilters, destination: "/c/:slug/v/:page/:sort" },
  { source: "/c/:slug", has: [pageParam], missing: [...noFilters, { type: "query" as const, key: "sort" }], destination: "/c/:slug/v/:page/relevance" },
  { source: "/c/:slug", has: [sortParam], missing: [...noFilters, { type: "query" as const, key: "page" }], destination: "/c/:slug/v/1/:sort" },
  {
    source: "/c/:slug",
    missing: [...noFilters, { type: "query" as const, key: "page" }, { type: "query" as const, key: "sort" }],
    destination: "/c/:slug/v/1/relevance",
  },
];

const nextConfig: NextConfig = {
  // Server-only packages with WebAssembly, native bindings or dynamic requires: load them from
  // node_modules at run time instead of bundling them.
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@prisma/adapter-pg", "sharp", "ws"],
  poweredByHeader: false,
  // Next hashes every HTML response in JavaScript to make an ETag: a fifth of the CPU of serving a
  // cached category page (measured with bench --cpu-prof). Pages carry Cache-Control instead.
  generateEtags: false,
  // Cached catalog pages tell shared caches (a CDN) to serve a stale copy for 5 minutes at most
  // while revalidating; Bazaar's own cache is expired by tag the moment the catalog changes.
  expireTime: 300,
  // `npm test` type-checks the whole project (tsc) before anything else; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // forbidden() renders app/forbidden.tsx with a 403 status.
  experimental: { authInterrupts: true },
  images: {
    // Product images come from our own uploads route, UploadThing's CDN, or shipped demo files.
    remotePatterns: [
      { protocol: "https", hostname: "utfs.io" },
      { protocol: "https", hostname: "*.ufs.sh" },
    ],
  },
  async rewrites() {
    return { beforeFiles: cachedCategoryRewrites, afterFiles: [], fallback: [] };
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "Content-Security-Policy", value: contentSecurityPolicy },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
        ],
      },
    ];
  },
};

export default nextConfig;
