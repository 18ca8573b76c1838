// GET /api/session — who is signed in and how many items are in their cart, for the site header.
// Pages don't read the session themselves, so catalog pages can be cached and served to everyone;
// the header fills in these two per-visitor facts in the browser.
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { getActor } from "@/lib/auth";
import { getCartCount } from "@/lib/cart/session";

export interface SessionSummary {
  user: { name: string | null; email: string; role: "BUYER" | "SELLER" | "ADMIN" } | null;
  cartCount: number;
}

export const GET = withApi(async () => {
  const actor = await getActor();
  const body: SessionSummary = {
    user: actor ? { name: actor.name, email: actor.email, role: actor.role } : null,
    cartCount: await getCartCount(actor),
  };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
