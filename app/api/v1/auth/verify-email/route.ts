// POST /api/v1/auth/verify-email — confirm the signed-in user's email address with the 6-digit code
import { NextResponse } from "next/server";
import { ZVerifyEmailInput } from "@/lib/accounts/accounts.schema";
import { verifyEmail } from "@/lib/accounts/email-verification";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext, withAuth } from "@/lib/api/with-auth";

export type PostVerifyEmailResponse = { data: { emailVerified: true } };

export const POST = withAuth(async (request, { actor }) => {
  const { code } = ZVerifyEmailInput.parse(await readJson(request));
  await verifyEmail({ userId: actor.userId, code }, requestContext(request));
  return NextResponse.json({ data: { emailVerified: true } } satisfies PostVerifyEmailResponse);
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
