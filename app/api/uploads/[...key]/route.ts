// GET /api/uploads/<key> — serve a file stored on local disk (embedded uploads mode)
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { notFound } from "@/lib/errors";
import { readLocalUpload } from "@/lib/uploads";

export const GET = withApi<{ key: string[] }>(async (_request, { params }) => {
  const { key } = await params;
  const file = await readLocalUpload(key);
  if (!file) throw notFound("File");
  return new Response(file.body as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.body.byteLength),
      // Keys are random and never reused: the bytes behind a URL never change.
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // Only images are stored; should anything else slip in, it still cannot run script here.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
