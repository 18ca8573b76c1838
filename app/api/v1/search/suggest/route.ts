// GET /api/v1/search/suggest?q= — autocomplete: products, categories and stores as you type
import { NextResponse } from "next/server";
import { readQuery, withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { ZSuggestInput } from "@/lib/search/search.schema";
import { suggest } from "@/lib/search/suggest";

export const GET = withApi(async (request) => {
  const data = await suggest(readQuery(request, ZSuggestInput));
  return NextResponse.json({ data }, { headers: { "Cache-Control": "public, max-age=60" } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
