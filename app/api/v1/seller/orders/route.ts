import { NextResponse } from "next/server";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { listStoreOrders, type StoreOrderListPage } from "@/lib/orders/get-order";

export type GetSellerOrdersResponse = {
  data: StoreOrderListPage["subOrders"];
  /** Sub-orders per status across the whole store, whatever the filter. */
  counts: StoreOrderListPage["counts"];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
};

// GET /api/v1/seller/orders — the caller's store's parts of orders, newest first, by status
export const GET = withAuth(async (request, { actor }) => {
  const query = request.nextUrl.searchParams;
  const page = await listStoreOrders({
    actor,
    query: { status: query.get("status") ?? undefined, page: query.get("page") ?? undefined, pageSize: query.get("pageSize") ?? undefined },
  });
  const body: GetSellerOrdersResponse = {
    data: page.subOrders,
    counts: page.counts,
    pagination: { page: page.page, pageSize: page.pageSize, total: page.total, pageCount: page.pageCount },
  };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
