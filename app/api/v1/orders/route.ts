import { NextResponse } from "next/server";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { listOrders, type OrderListPage } from "@/lib/orders/get-order";

export type GetOrdersResponse = {
  data: OrderListPage["orders"];
  pagination: { page: number; pageSize: number; total: number; pageCount: number };
};

// GET /api/v1/orders — the caller's orders, newest first
export const GET = withAuth(async (request, { actor }) => {
  const query = request.nextUrl.searchParams;
  const page = await listOrders({ actor, query: { page: query.get("page") ?? undefined, pageSize: query.get("pageSize") ?? undefined } });
  const body: GetOrdersResponse = { data: page.orders, pagination: { page: page.page, pageSize: page.pageSize, total: page.total, pageCount: page.pageCount } };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
