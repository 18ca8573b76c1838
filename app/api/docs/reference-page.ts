// The HTML page around Scalar's API reference, shared by /api/docs (interactive) and /api/redoc
// (read-only). Everything it loads comes from this server: the bundle from /api/docs/scalar.js,
// the document from /api/v1/openapi.json, and no fonts (Scalar's default fonts come from its CDN).
// The mount point must not have the id "api-reference": the bundle mounts a reference with its
// default configuration (fonts from its CDN included) into that element by itself when it loads.
import { scalarBundle } from "./scalar-bundle";

export interface ReferenceOptions {
  title: string;
  /** "modern": sidebar, and "Test Request" sends calls from the page. "classic": one long page. */
  layout: "modern" | "classic";
  /** Hide every way of sending a request: a reference to read. */
  readOnly: boolean;
}

export async function referencePage({ title, layout, readOnly }: ReferenceOptions): Promise<Response> {
  const { version } = await scalarBundle();
  const configuration = {
    url: "/api/v1/openapi.json",
    layout,
    // The page's own origin, whatever APP_URL says: the CSP lets the page call only this server.
    servers: [{ url: "/api/v1", description: "This Bazaar server" }],
    authentication: { preferredSecurityScheme: "bearerAuth" },
    // Nothing the page does may leave this server.
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    showDeveloperTools: "never",
    hideClientButton: readOnly,
    hideTestRequestButton: readOnly,
    documentDownloadType: "json",
  };
  // JSON inside a <script>: escape "<" so no value can close the tag.
  const json = JSON.stringify(configuration).replace(/</g, "\\u003c");
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>${title}</title>
  </head>
  <body>
    <noscript>The API reference needs JavaScript. The OpenAPI document itself is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</noscript>
    <div id="reference"></div>
    <script src="/api/docs/scalar.js?v=${encodeURIComponent(version)}"></script>
    <script>Scalar.createApiReference("#reference", ${json});</script>
  </body>
</html>
`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
