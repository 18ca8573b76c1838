// Embedded-mode storage: files in a directory on this machine, served by /api/uploads/<key>.
// Keys are generated here (random hex + extension), so no part of a path ever comes from a user.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { db } from "../db";
import { getEnv } from "../env";

const KEY_PATTERN = /^[a-f0-9]{32}\.(?:jpg|png|webp)$/;

export const newLocalKey = (extension: string) => `${randomBytes(16).toString("hex")}.${extension}`;

export const localUrl = (key: string) => `/api/uploads/${key}`;

/** The file's path, or null for anything that is not a key we could have generated. */
function pathFor(dir: string, key: string): string | null {
  if (!KEY_PATTERN.test(key)) return null;
  const root = path.resolve(dir);
  const file = path.resolve(root, key);
  // Belt and braces: the pattern already excludes separators and dots-only names.
  return path.dirname(file) === root ? file : null;
}

export async function writeLocalFile(dir: string, key: string, bytes: Uint8Array): Promise<void> {
  const file = pathFor(dir, key);
  if (!file) throw new Error(`Refusing to write an invalid upload key: ${key}`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bytes, { flag: "wx", mode: 0o644 });
}

export async function removeLocalFile(dir: string, key: string): Promise<void> {
  const file = pathFor(dir, key);
  if (file) await rm(file, { force: true });
}

export interface LocalFile {
  body: Uint8Array;
  contentType: string;
}

/** A locally stored upload for the serving route, or null (bad key, unknown key, other mode, missing file). */
export async function readLocalUpload(segments: string[]): Promise<LocalFile | null> {
  const uploads = getEnv().uploads;
  const key = segments.length === 1 ? segments[0] : undefined;
  if (uploads.mode !== "local" || !key) return null;
  const file = pathFor(uploads.dir, key);
  if (!file) return null;
  const row = await db.upload.findUnique({ where: { key }, select: { contentType: true, provider: true } });
  if (!row || row.provider !== "local") return null;
  try {
    return { body: new Uint8Array(await readFile(/* turbopackIgnore: true */ file)), contentType: row.contentType };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
