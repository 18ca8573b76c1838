import { NextResponse } from "next/server";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { getOrder, type OrderView } from "@/lib/orders/get-order";

type Params = { orderId: string };
export type GetOrderResponse = { data: OrderView };

// GET /api/v1/orders/{orderId} — one of the caller's orders in full (anyone else's is a 404)
export const GET = withAuth<Params>(async (_request, { actor, params }) => {
  const data = await getOrder({ actor, orderId: params.orderId });
  return NextResponse.json({ data } satisfies GetOrderResponse, { headers: { "Cache-Control": "private, no-store" } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
