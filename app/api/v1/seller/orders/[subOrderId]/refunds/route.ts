import { NextResponse } from "next/server";
import { readOptionalJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { refundSubOrder } from "@/lib/orders/refunds";

type Params = { subOrderId: string };
export type PostSellerOrderRefundResponse = { data: { refundId: string; amountCents: number } };

// POST /api/v1/seller/orders/{subOrderId}/refunds — refund part ({ amountCents }) or, with no
// amount, all that is left of a paid part; the provider is asked in the background
export const POST = withAuth<Params>(async (request, { actor, params }) => {
  const input = await readOptionalJson(request);
  const data = await refundSubOrder({ actor, subOrderId: params.subOrderId, input });
  return NextResponse.json({ data } satisfies PostSellerOrderRefundResponse, { status: 201 });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
