// POST /api/webhooks/payments/<provider> — a payment provider reports an event (signed; raw body)
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { AppError } from "@/lib/errors";
import { handlePaymentWebhook } from "@/lib/payments";

// Payment events are small; anything bigger is not one of them.
const MAX_BODY_BYTES = 64 * 1024;

export const POST = withApi<{ provider: string }>(async (request, { params }) => {
  const { provider } = await params;
  // The raw text, byte for byte: the signature covers it, and a re-serialised JSON would not match.
  const rawBody = await request.text();
  if (Buffer.byteLength(rawBody) > MAX_BODY_BYTES) throw new AppError("PAYLOAD_TOO_LARGE", "Webhook body too large");
  const result = await handlePaymentWebhook({ provider, rawBody, headers: request.headers });
  return NextResponse.json(result);
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
