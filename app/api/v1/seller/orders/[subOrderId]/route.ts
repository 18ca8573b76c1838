import { NextResponse } from "next/server";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { getStoreOrder, type StoreOrderView } from "@/lib/orders/get-order";

type Params = { subOrderId: string };
export type GetSellerOrderResponse = { data: StoreOrderView };

// GET /api/v1/seller/orders/{subOrderId} — one part of an order as its seller sees it (anyone else: 404)
export const GET = withAuth<Params>(async (_request, { actor, params }) => {
  const data = await getStoreOrder({ actor, subOrderId: params.subOrderId });
  return NextResponse.json({ data } satisfies GetSellerOrderResponse, { headers: { "Cache-Control": "private, no-store" } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
