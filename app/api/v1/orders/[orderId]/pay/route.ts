import { NextResponse } from "next/server";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { payForOrder } from "@/lib/checkout/place-order";
import { publicOrigin } from "@/lib/http/public-origin";

type Params = { orderId: string };
export type PostPayOrderResponse = { data: { checkoutUrl: string } };

// POST /api/v1/orders/{orderId}/pay — a fresh payment page for an order still awaiting payment
export const POST = withAuth<Params>(async (request, { actor, params }) => {
  const { checkoutUrl } = await payForOrder({ actor, orderId: params.orderId, origin: publicOrigin(request.headers) });
  return NextResponse.json({ data: { checkoutUrl } } satisfies PostPayOrderResponse);
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
