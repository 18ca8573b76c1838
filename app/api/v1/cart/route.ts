import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { cartResponse, type CartResponse } from "./cart-response";

export type GetCartResponse = CartResponse;

// GET /api/v1/cart — the caller's cart by seller, at today's prices, with its coupon evaluated
export const GET = withAuth(async (_request, { actor }) => cartResponse(actor.userId));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
