// GET /api/v1/search/suggest?q= — autocomplete: products, categories and stores as you type
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { refuseOtherMethods } from "@/lib/api/method-not-allowed";
import { suggest } from "@/lib/search/suggest";

export const GET = withApi(async (request) => {
  const params = request.nextUrl.searchParams;
  const data = await suggest({ q: params.get("q") ?? "", limit: params.get("limit") ?? undefined });
  return NextResponse.json({ data }, { headers: { "Cache-Control": "public, max-age=60" } });
});

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
