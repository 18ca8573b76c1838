// Scalar's API reference, as the self-contained browser bundle its npm package ships
// (@scalar/api-reference, dist/browser/standalone.js). Served by Bazaar itself rather than a CDN,
// so the docs work offline and under the site's Content-Security-Policy (script-src 'self').
import { readFile } from "node:fs/promises";
import path from "node:path";

const packageDir = path.join(process.cwd(), "node_modules", "@scalar", "api-reference");

let loaded: Promise<{ version: string; script: Buffer }> | undefined;

/** Read once per server process: the file is 5 MB and never changes while the server runs. */
export function scalarBundle(): Promise<{ version: string; script: Buffer }> {
  loaded ??= (async () => {
    const [manifest, script] = await Promise.all([
      readFile(path.join(packageDir, "package.json"), "utf8"),
      readFile(path.join(packageDir, "dist", "browser", "standalone.js")),
    ]);
    return { version: (JSON.parse(manifest) as { version: string }).version, script };
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
