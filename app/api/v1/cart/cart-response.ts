// The answer every /api/v1/cart route gives: the caller's account cart as it is after the change.
import { NextResponse } from "next/server";
import { getCart, type CartView } from "@/lib/cart/get-cart";

export type CartResponse = { data: CartView };

export async function cartResponse(userId: string, status = 200): Promise<NextResponse<CartResponse>> {
  const body: CartResponse = { data: await getCart({ userId }) };
  return NextResponse.json(body, { status, headers: { "Cache-Control": "private, no-store" } });
}
