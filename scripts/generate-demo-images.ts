// Writes the demo product illustrations (flat SVG drawings on soft gradients) to public/demo/.
// The output is committed; run again after changing a drawing: `npx tsx scripts/generate-demo-images.ts`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_PICTURES, renderPicture } from "./seed/images";

const outDir = path.resolve(import.meta.dirname, "..", "public", "demo");
mkdirSync(outDir, { recursive: true });

const names = new Set<string>();
let bytes = 0;
for (const picture of DEMO_PICTURES) {
  if (names.has(picture.name)) throw new Error(`Two demo pictures are named ${picture.name}`);
  names.add(picture.name);
  const svg = renderPicture(picture) + "\n";
  bytes += Buffer.byteLength(svg);
  writeFileSync(path.join(outDir, `${picture.name}.svg`), svg);
}

// Drawings that were renamed or removed would otherwise linger in the committed output.
for (const file of readdirSync(outDir)) {
  if (file.endsWith(".svg") && !names.has(file.slice(0, -4))) rmSync(path.join(outDir, file));
}

console.log(`Wrote ${names.size} demo images (${Math.round(bytes / 1024)} KB) to ${path.relative(process.cwd(), outDir)}`);
