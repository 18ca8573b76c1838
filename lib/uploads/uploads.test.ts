// [UPLOADS] local mode: the real checks, the real disk, the real serving route.
import { refusal } from "@/lib/testing/factories";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/uploads/[...key]/route";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { deleteUpload, storeUpload } from "@/lib/uploads";

// A real 1×1 PNG.
const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const WEBP = new Uint8Array([...Buffer.from("RIFF"), 0x1a, 0, 0, 0, ...Buffer.from("WEBPVP8 "), 0, 0, 0, 0]);
const PDF = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
const SVG = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
const TEXT = new TextEncoder().encode("just some notes, not an image\n");

let owner: Actor;
let stranger: Actor;
let admin: Actor;

async function makeUser(role: "BUYER" | "ADMIN" = "BUYER"): Promise<Actor> {
  const email = `uploads-${randomBytes(6).toString("hex")}@test.local`;
  const user = await db.user.create({ data: { email, role } });
  return { userId: user.id, email, name: null, role };
}

async function serve(keyPath: string, segments?: string[]) {
  const request = new NextRequest(`http://localhost/api/uploads/${keyPath}`);
  return GET(request, { params: Promise.resolve({ key: segments ?? keyPath.split("/") }) });
}


const uploadDir = () => {
  const uploads = getEnv().uploads;
  if (uploads.mode !== "local") throw new Error("these tests expect local uploads mode");
  return uploads.dir;
};
const filesOnDisk = async () => (existsSync(uploadDir()) ? (await readdir(uploadDir())).length : 0);

beforeAll(async () => {
  [owner, stranger, admin] = await Promise.all([makeUser(), makeUser(), makeUser("ADMIN")]);
});

afterAll(async () => {
  // Through the real delete path, so the test directory does not collect megabytes per run.
  const rows = await db.upload.findMany({ where: { ownerId: owner.userId }, select: { id: true } });
  for (const row of rows) await deleteUpload({ id: row.id, actor: owner });
});

describe("[UPLOADS] storing and serving", () => {
  it("stores a PNG and serves it back with its type and long-lived caching", async () => {
    const upload = await storeUpload({ data: new Blob([PNG]), filename: "../../photo.jpg", purpose: "product-image", ownerId: owner.userId });
    expect(upload).toMatchObject({ ownerId: owner.userId, purpose: "product-image", contentType: "image/png", size: PNG.byteLength, provider: "local" });
    // The key is ours: random hex and the extension of what the file really is, nothing of the sender's name.
    expect(upload.key).toMatch(/^[a-f0-9]{32}\.png$/);
    expect(upload.url).toBe(`/api/uploads/${upload.key}`);

    const response = await serve(upload.key);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it("accepts JPEG and WebP from a Uint8Array or a File, and ignores a generic declared type", async () => {
    const jpeg = await storeUpload({ data: JPEG, filename: "a.jpeg", declaredType: "image/jpg", purpose: "avatar", ownerId: owner.userId });
    expect(jpeg.contentType).toBe("image/jpeg");
    expect(jpeg.key).toMatch(/\.jpg$/);
    const webp = await storeUpload({
      data: new File([WEBP], "logo.webp", { type: "application/octet-stream" }),
      filename: "logo.webp",
      declaredType: "application/octet-stream",
      purpose: "store-logo",
      ownerId: owner.userId,
    });
    expect(webp.contentType).toBe("image/webp");
    expect(webp.key).toMatch(/\.webp$/);
  });
});

describe("[UPLOADS] refusals happen before anything is stored", () => {
  it.each([
    ["a text file named .png", TEXT, "notes.png", "image/png", /not a recognised image.*JPEG, PNG, WebP/],
    ["a PDF", PDF, "invoice.pdf", "application/pdf", /PDF file.*JPEG, PNG, WebP/],
    ["an SVG (can carry script)", SVG, "logo.svg", "image/svg+xml", /SVG file.*JPEG, PNG, WebP/],
    ["a PNG declared as JPEG", PNG, "photo.jpg", "image/jpeg", /sent as image\/jpeg but its content is PNG/],
  ])("refuses %s with 415", async (_name, data, filename, declaredType, message) => {
    const before = await filesOnDisk();
    const error = await refusal(storeUpload({ data, filename, declaredType, purpose: "store-logo", ownerId: owner.userId }));
    expect(error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    expect(error.status).toBe(415);
    expect(error.message).toMatch(message);
    expect(await filesOnDisk()).toBe(before);
  });

  it.each([
    ["store-logo", 2],
    ["avatar", 5],
    ["product-image", 8],
  ] as const)("refuses a %s over %i MB with 413, naming the limit", async (purpose, megabytes) => {
    const limit = megabytes * 1024 * 1024;
    const big = new Uint8Array(limit + 1);
    big.set(PNG);
    const error = await refusal(storeUpload({ data: new Blob([big]), filename: "big.png", purpose, ownerId: owner.userId }));
    expect(error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(error.message).toContain(`${megabytes} MB`);

    const atLimit = new Uint8Array(limit);
    atLimit.set(PNG);
    const stored = await storeUpload({ data: atLimit, filename: "ok.png", purpose, ownerId: owner.userId });
    expect(stored.size).toBe(limit);
  });

  it("refuses an empty file with 400 and an unknown purpose with 400", async () => {
    const empty = await refusal(storeUpload({ data: new Blob([]), filename: "empty.png", purpose: "avatar", ownerId: owner.userId }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.message).toMatch(/empty/);
    const purpose = await refusal(storeUpload({ data: PNG, filename: "x.png", purpose: "banner", ownerId: owner.userId }));
    expect(purpose.code).toBe("BAD_REQUEST");
  });
});

describe("[UPLOADS] the serving route only serves keys it generated", () => {
  it.each([
    ["..", [".."]],
    ["../../etc/passwd", ["..", "..", "etc", "passwd"]],
    ["%2e%2e%2f%2e%2e%2fetc%2fpasswd", ["../../etc/passwd"]],
    ["nested path", ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.png"]],
    ["an unexpected extension", ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.svg"]],
    ["a well-formed key that is not stored", [`${"0".repeat(32)}.png`]],
  ])("answers 404 for %s", async (keyPath, segments) => {
    const response = await serve(encodeURI(keyPath), segments);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
  });

  it("does not serve a file on disk that has no upload row", async () => {
    const key = `${randomBytes(16).toString("hex")}.png`;
    const file = path.join(uploadDir(), key);
    await writeFile(file, PNG);
    try {
      expect((await serve(key)).status).toBe(404);
    } finally {
      await rm(file);
    }
  });
});

describe("[UPLOADS] deleting", () => {
  it("lets the owner or an admin delete, nobody else", async () => {
    const mine = await storeUpload({ data: PNG, filename: "a.png", purpose: "avatar", ownerId: owner.userId });
    const file = path.join(uploadDir(), mine.key);
    expect(existsSync(file)).toBe(true);

    expect((await refusal(deleteUpload({ id: mine.id, actor: stranger }))).code).toBe("FORBIDDEN");
    expect((await refusal(deleteUpload({ id: mine.id, actor: null }))).code).toBe("UNAUTHENTICATED");
    expect(existsSync(file)).toBe(true);

    await deleteUpload({ id: mine.id, actor: owner });
    expect(existsSync(file)).toBe(false);
    expect(await db.upload.findUnique({ where: { id: mine.id } })).toBeNull();
    expect((await serve(mine.key)).status).toBe(404);
    expect((await refusal(deleteUpload({ id: mine.id, actor: owner }))).code).toBe("NOT_FOUND");

    const other = await storeUpload({ data: PNG, filename: "b.png", purpose: "avatar", ownerId: owner.userId });
    await deleteUpload({ id: other.id, actor: admin });
    expect(existsSync(path.join(uploadDir(), other.key))).toBe(false);
  });
});
