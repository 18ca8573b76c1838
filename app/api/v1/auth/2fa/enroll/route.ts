// POST /api/v1/auth/2fa/enroll — start two-factor setup: a new secret, its otpauth:// URL and a QR code (off until confirmed)
import { NextResponse } from "next/server";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { startTwoFactorEnrollment } from "@/lib/auth/two-factor";

export type PostTwoFactorEnrollResponse = { data: Awaited<ReturnType<typeof startTwoFactorEnrollment>> };

export const POST = withAuth(async (_request, { actor }) => {
  const data = await startTwoFactorEnrollment({ actor });
  // The secret must not linger in any cache between the server and the app.
  return NextResponse.json({ data } satisfies PostTwoFactorEnrollResponse, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
