// POST /api/v1/auth/2fa/confirm — turn two-factor on with a current code; answers the 10 recovery codes, shown only this once
import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext, withAuth } from "@/lib/api/with-auth";
import { confirmTwoFactorEnrollment, ZTwoFactorCodeInput } from "@/lib/auth/two-factor";

export type PostTwoFactorConfirmResponse = { data: { recoveryCodes: string[] } };

export const POST = withAuth(async (request, { actor }) => {
  const { code } = ZTwoFactorCodeInput.parse(await readJson(request));
  const data = await confirmTwoFactorEnrollment({ actor, code }, requestContext(request));
  return NextResponse.json({ data } satisfies PostTwoFactorConfirmResponse, { headers: { "Cache-Control": "no-store" } });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
