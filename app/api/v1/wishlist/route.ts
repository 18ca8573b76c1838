import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import type { ProductCard } from "@/lib/catalog/product-card";
import { addToWishlist, listWishlist } from "@/lib/wishlist";

export type GetWishlistResponse = {
  data: ProductCard[];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
};
export type PostWishlistResponse = { data: { productId: string; added: boolean } };

// GET /api/v1/wishlist — the caller's saved products on sale, most recently saved first
export const GET = withAuth(async (request, { actor }) => {
  const query = request.nextUrl.searchParams;
  const page = await listWishlist({ actor, page: query.get("page") ?? undefined, pageSize: query.get("pageSize") ?? undefined });
  const body: GetWishlistResponse = { data: page.products, pagination: { page: page.page, pageSize: page.pageSize, total: page.total, pageCount: page.pageCount } };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
});

// POST /api/v1/wishlist — save a product; saving it again is fine (`added: false`)
export const POST = withAuth(async (request, { actor }) => {
  const data = await addToWishlist({ actor, input: await readJson(request) });
  return NextResponse.json({ data } satisfies PostWishlistResponse);
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
