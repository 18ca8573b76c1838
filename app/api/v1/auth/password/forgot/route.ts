// POST /api/v1/auth/password/forgot — email a reset link; the answer is the same whether or not the account exists
import { NextResponse } from "next/server";
import { requestPasswordReset, ZRequestPasswordResetInput } from "@/lib/accounts/password-reset";
import { readJson, withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext } from "@/lib/api/with-auth";

export type PostForgotPasswordResponse = { data: { message: string } };

export const POST = withApi(async (request) => {
  const input = ZRequestPasswordResetInput.parse(await readJson(request));
  await requestPasswordReset(input, requestContext(request));
  const message = "If an account uses that address, a link to reset its password is on its way.";
  return NextResponse.json({ data: { message } } satisfies PostForgotPasswordResponse, { status: 202 });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
