import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { placeOrder, type PlacedOrder } from "@/lib/checkout/place-order";
import { publicOrigin } from "@/lib/http/public-origin";
import { withIdempotency } from "@/lib/idempotency/with-idempotency";

export type PostCheckoutResponse = { data: PlacedOrder };

// POST /api/v1/checkout — place the cart as an order and start its payment. Needs an Idempotency-Key:
// a retry with the same key and body gets the first answer again (Idempotent-Replayed: true),
// never a second order; the same key with another body is a 422.
export const POST = withAuth(async (request, { actor }) => {
  const key = request.headers.get("idempotency-key") ?? "";
  const body = await readJson(request);
  const result = await withIdempotency({ scope: `checkout:${actor.userId}`, key, request: body }, async () => ({
    status: 201,
    body: { data: await placeOrder({ actor, input: body, origin: publicOrigin(request.headers) }) } satisfies PostCheckoutResponse,
  }));
  return NextResponse.json(result.body, { status: result.status, headers: { "Idempotent-Replayed": String(result.replayed) } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
