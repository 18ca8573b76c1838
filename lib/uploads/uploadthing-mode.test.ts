// [UPLOADS] UploadThing mode: the real UploadThing SDK (key generation, URL signing, multipart PUT)
// against a local stand-in for its ingest and API servers, which checks the SDK's signature the way
// UploadThing does. The SDK's own UPLOADTHING_INGEST_URL / UPLOADTHING_API_URL point it here.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/uploads/[...key]/route";
import { db } from "@/lib/db";
import { getEnv, resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { deleteUpload, storeUpload } from "@/lib/uploads";
import { NextRequest } from "next/server";

const apiKey = `sk_test_${randomBytes(16).toString("hex")}`;
const appId = "bazaartest";

interface Received {
  key: string;
  name: string;
  type: string;
  bytes: Uint8Array;
}
const received: Received[] = [];
const deleted: string[] = [];
let server: Server;

function validSignature(rawUrl: string): boolean {
  const match = /&signature=([^&]*)$/.exec(rawUrl);
  if (!match) return false;
  const signed = rawUrl.slice(0, match.index);
  const expected = Buffer.from(`hmac-sha256=${createHmac("sha256", apiKey).update(signed).digest("hex")}`);
  const given = Buffer.from(decodeURIComponent(match[1]!));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function startStandIn(): Promise<string> {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const base = `http://${req.headers.host}`;
    const url = new URL(req.url ?? "/", base);
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "PUT") {
      if (!validSignature(`${base}${req.url}`) || Number(url.searchParams.get("expires")) < Date.now()) return reply(403, { error: "Invalid signature" });
      const form = await new Request(url, { method: "PUT", headers: req.headers as HeadersInit, body: Buffer.concat(chunks) }).formData();
      const file = form.get("file") as File;
      const key = url.pathname.slice(1);
      // The SDK sends the file's name in the signed URL; the multipart part is a nameless blob.
      received.push({ key, name: decodeURIComponent(url.searchParams.get("x-ut-file-name") ?? ""), type: file.type, bytes: new Uint8Array(await file.arrayBuffer()) });
      const ufsUrl = `https://${appId}.ufs.sh/f/${key}`;
      return reply(200, { url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: createHash("md5").update(Buffer.concat(chunks)).digest("hex") });
    }
    if (req.method === "POST" && url.pathname === "/v6/deleteFiles") {
      if (req.headers["x-uploadthing-api-key"] !== apiKey) return reply(401, { error: "Invalid API key" });
      const { fileKeys } = JSON.parse(Buffer.concat(chunks).toString()) as { fileKeys: string[] };
      deleted.push(...fileKeys);
      return reply(200, { success: true, deletedCount: fileKeys.length });
    }
    reply(404, { error: "not found" });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

const PNG = Uint8Array.from(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
);
let ownerId: string;

beforeAll(async () => {
  const standIn = await startStandIn();
  process.env.UPLOADTHING_TOKEN = Buffer.from(JSON.stringify({ apiKey, appId, regions: ["sea1"] })).toString("base64");
  process.env.UPLOADTHING_INGEST_URL = standIn;
  process.env.UPLOADTHING_API_URL = standIn;
  resetEnvForTests();
  expect(getEnv().uploads.mode).toBe("uploadthing");
  ownerId = (await db.user.create({ data: { email: `ut-${randomBytes(6).toString("hex")}@test.local` } })).id;
});

afterAll(async () => {
  for (const name of ["UPLOADTHING_TOKEN", "UPLOADTHING_INGEST_URL", "UPLOADTHING_API_URL"]) delete process.env[name];
  resetEnvForTests();
  await new Promise((resolve) => server.close(resolve));
});

describe("[UPLOADS] UploadThing mode", () => {
  it("uploads through the SDK and stores UploadThing's key and URL", async () => {
    const upload = await storeUpload({ data: new Blob([PNG]), filename: "../evil name.png", purpose: "product-image", ownerId });
    expect(received).toHaveLength(1);
    const [sent] = received;
    expect(sent!.type).toBe("image/png");
    expect(sent!.bytes).toEqual(PNG);
    expect(sent!.name).toMatch(/^product-image-[a-f0-9]{16}\.png$/);
    expect(upload).toMatchObject({ key: sent!.key, url: `https://${appId}.ufs.sh/f/${sent!.key}`, provider: "uploadthing", contentType: "image/png" });

    // Files on UploadThing are served by its CDN, never by our route.
    const response = await GET(new NextRequest(`http://localhost/api/uploads/${upload.key}`), { params: Promise.resolve({ key: [upload.key] }) });
    expect(response.status).toBe(404);

    await deleteUpload({ id: upload.id, actor: { userId: ownerId, email: "x@test.local", name: null, role: "BUYER" } });
    expect(deleted).toEqual([upload.key]);
  });

  it("applies the same checks before anything reaches UploadThing", async () => {
    const before = received.length;
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    await expect(storeUpload({ data: svg, filename: "logo.png", purpose: "store-logo", ownerId })).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    const big = new Uint8Array(2 * 1024 * 1024 + 1);
    big.set(PNG);
    await expect(storeUpload({ data: big, filename: "logo.png", purpose: "store-logo", ownerId })).rejects.toBeInstanceOf(AppError);
    expect(received.length).toBe(before);
  });

  it("reports a refused upload as a retryable error, and stores no row", async () => {
    const token = process.env.UPLOADTHING_TOKEN;
    process.env.UPLOADTHING_TOKEN = Buffer.from(JSON.stringify({ apiKey: "sk_test_wrong", appId, regions: ["sea1"] })).toString("base64");
    resetEnvForTests();
    try {
      const count = await db.upload.count({ where: { ownerId } });
      await expect(storeUpload({ data: PNG, filename: "a.png", purpose: "avatar", ownerId })).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
      expect(await db.upload.count({ where: { ownerId } })).toBe(count);
    } finally {
      process.env.UPLOADTHING_TOKEN = token;
      resetEnvForTests();
    }
  });
});
