// Whether .next holds a production build of the current sources. `npm start` and the storefront
// benchmark (bench/storefront.ts) both rebuild when it does not, and agree through the same marker.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** A fingerprint of everything that goes into a build, so a stale .next is rebuilt. */
export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        hash.update(`${path.relative(root, full)}:${stat.size}:${stat.mtimeMs}\n`);
      }
    }
  };
  for (const dir of ["app", "components", "lib", "emails", "inngest", "public"]) walk(path.join(root, dir));
  for (const file of ["next.config.ts", "instrumentation.ts", "package-lock.json", "tsconfig.json", "package.json"]) {
    if (existsSync(path.join(root, file))) hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

const markerPath = (root: string) => path.join(root, ".next", "bazaar-build-fingerprint");

/** True when .next was built from sources with this fingerprint. */
export function isBuildCurrent(root: string, fingerprint: string): boolean {
  const marker = markerPath(root);
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(marker) && readFileSync(marker, "utf8") === fingerprint;
}

/** Call after a successful `next build` with the fingerprint taken before it started. */
export function recordBuild(root: string, fingerprint: string): void {
  writeFileSync(markerPath(root), fingerprint);
}
