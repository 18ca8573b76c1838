// GET /api/v1/products — the catalog listing: the same filters, sorts and pages as the web
// listing (q, category, store, seller, brand, condition, min, max, stock, rating, sale, sort, page).
import { NextResponse } from "next/server";
import { readQuery, withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { listProducts } from "@/lib/catalog/listing";
import { parseListingParams, ZListingOptions } from "@/lib/catalog/listing-query";
import { toListingResponse } from "@/lib/catalog/listing-response";

export const GET = withApi(async (request) => {
  const query = parseListingParams(request.nextUrl.searchParams);
  const { facets } = readQuery(request, ZListingOptions);
  const result = await listProducts(query, { facets });
  return NextResponse.json(toListingResponse(result));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
