// GET /api/v1/search — full-text product search with facets (mode=products, the default) or a
// search of sellers by store name (mode=stores). Takes the listing's filters too.
import { after, NextResponse } from "next/server";
import { readQuery } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withOptionalAuth } from "@/lib/api/with-auth";
import { listProducts } from "@/lib/catalog/listing";
import { parseListingParams } from "@/lib/catalog/listing-query";
import { toListingResponse } from "@/lib/catalog/listing-response";
import { logSearch } from "@/lib/search/log-search";
import { ZSearchMode } from "@/lib/search/search.schema";
import { searchStores } from "@/lib/search/search-stores";

export const GET = withOptionalAuth(async (request, { actor }) => {
  const params = request.nextUrl.searchParams;
  const { mode } = readQuery(request, ZSearchMode);
  const query = parseListingParams(params);
  const q = query.q ?? "";
  if (mode === "stores") {
    const result = await searchStores({ q, page: query.page });
    return NextResponse.json({ data: result.stores, meta: { mode, q, total: result.total, page: result.page, pageCount: result.pageCount } });
  }
  const result = await listProducts(query);
  if (q && query.page === 1) after(() => logSearch({ query: q, resultCount: result.total, userId: actor?.userId ?? null }));
  return NextResponse.json(toListingResponse(result));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
