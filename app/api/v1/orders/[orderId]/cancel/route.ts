import { NextResponse } from "next/server";
import { readOptionalJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { cancelOrder } from "@/lib/orders/change-status";
import { getOrder, type OrderView } from "@/lib/orders/get-order";

type Params = { orderId: string };
export type PostCancelOrderResponse = { data: OrderView };

// POST /api/v1/orders/{orderId}/cancel — cancel every part not yet shipped; answers with the order
// as it is now. The body ({ reason }) is optional.
export const POST = withAuth<Params>(async (request, { actor, params }) => {
  const input = await readOptionalJson(request);
  await cancelOrder({ actor, orderId: params.orderId, input });
  const data = await getOrder({ actor, orderId: params.orderId });
  return NextResponse.json({ data } satisfies PostCancelOrderResponse);
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
