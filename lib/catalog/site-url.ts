// Absolute URLs for what leaves the site: canonical links, Open Graph, JSON-LD, sitemaps.
import { getEnv } from "../env";

/** The site's origin, without a trailing slash. */
export function siteOrigin(): string {
  return getEnv().appUrl.replace(/\/+$/, "");
}

/** `path` (starting with "/") on this site, or an absolute URL unchanged. */
export function siteUrl(path: string): string {
  return new URL(path, `${siteOrigin()}/`).toString();
}
