// POST /api/v1/auth/login — email + password (+ 2FA code when enrolled) for an access and a refresh token
import { NextResponse } from "next/server";
import { signInWithPassword } from "@/lib/accounts/sign-in-with-password";
import { readJson, withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext } from "@/lib/api/with-auth";
import { ZLoginInput } from "@/lib/auth/auth.schema";
import { issueTokens, type IssuedTokens } from "@/lib/auth/tokens";

export type PostLoginResponse = { data: IssuedTokens & { userId: string } };

export const POST = withApi(async (request) => {
  const { email, password, code, deviceName } = ZLoginInput.parse(await readJson(request));
  // 401 TWO_FACTOR_REQUIRED tells the app to ask for the code and send the same request again.
  const user = await signInWithPassword({ email, password, code }, requestContext(request));
  const tokens = await issueTokens({ userId: user.id, deviceName });
  return NextResponse.json({ data: { userId: user.id, ...tokens } } satisfies PostLoginResponse);
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
