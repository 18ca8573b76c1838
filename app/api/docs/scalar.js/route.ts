// GET /api/docs/scalar.js — Scalar's browser bundle for the API reference pages
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { scalarBundle } from "../scalar-bundle";

export const GET = withApi(async (request) => {
  const { version, script } = await scalarBundle();
  // The pages ask for ?v=<version>: a new Scalar release is a new URL, so browsers may keep this one.
  const versioned = request.nextUrl.searchParams.get("v") === version;
  return new Response(new Uint8Array(script), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300",
    },
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
