// POST /api/v1/auth/register — create an account (unverified; a code is emailed) and sign in
import { NextResponse } from "next/server";
import { registerUser } from "@/lib/accounts/register-user";
import { readJson, withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext } from "@/lib/api/with-auth";
import { ZRegisterWithDeviceInput } from "@/lib/auth/auth.schema";
import { issueTokens, type IssuedTokens } from "@/lib/auth/tokens";

export type PostRegisterResponse = { data: IssuedTokens & { userId: string } };

export const POST = withApi(async (request) => {
  const { deviceName, ...input } = ZRegisterWithDeviceInput.parse(await readJson(request));
  const { userId } = await registerUser(input, requestContext(request));
  const tokens = await issueTokens({ userId, deviceName });
  return NextResponse.json({ data: { userId, ...tokens } } satisfies PostRegisterResponse, { status: 201 });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
