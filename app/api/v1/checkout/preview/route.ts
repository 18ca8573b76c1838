import { NextResponse } from "next/server";
import { readOptionalJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { previewCheckout } from "@/lib/checkout/preview-checkout";
import type { CheckoutQuote } from "@/lib/checkout/quote";

export type PostCheckoutPreviewResponse = { data: CheckoutQuote };

// POST /api/v1/checkout/preview — what placing the order would cost now: per seller, shipping options, coupon, tax, problems
export const POST = withAuth(async (request, { actor }) => {
  const data = await previewCheckout({ actor, input: await readOptionalJson(request) });
  return NextResponse.json({ data } satisfies PostCheckoutPreviewResponse, { headers: { "Cache-Control": "private, no-store" } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
