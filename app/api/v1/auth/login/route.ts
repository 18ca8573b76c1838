// POST /api/v1/auth/login — email + password (+ 2FA code when enrolled) for an access and a refresh token
import { NextResponse } from "next/server";
import { z } from "zod";
import { authenticateWithPassword, recordFailedSignIn, recordSignIn, ZPasswordSignInInput } from "@/lib/accounts/authenticate";
import { readJson, withApi } from "@/lib/api/handler";
import { requestContext } from "@/lib/api/with-auth";
import { issueTokens, type IssuedTokens } from "@/lib/auth/tokens";
import { verifyTwoFactorCode } from "@/lib/auth/two-factor";
import { AppError } from "@/lib/errors";
import { currentRequestId } from "@/lib/log";

const ZLoginInput = ZPasswordSignInInput.extend({
  code: z.string().trim().min(1).max(64).optional(),
  deviceName: z.string().trim().max(100).optional(),
});

export type PostLoginResponse = { data: IssuedTokens & { userId: string } };

export const POST = withApi(async (request) => {
  const { email, password, code, deviceName } = ZLoginInput.parse(await readJson(request));
  const ctx = requestContext(request);
  const user = await authenticateWithPassword({ email, password }, ctx);
  if (user.twoFactorEnabled) {
    // Its own error code, so an app knows to ask for the code and send the same request again.
    if (!code) {
      const error = { code: "TWO_FACTOR_REQUIRED", message: "Enter the code from your authenticator app, or a recovery code", requestId: currentRequestId() ?? "" };
      return NextResponse.json({ error }, { status: 401 });
    }
    if (!(await verifyTwoFactorCode({ userId: user.id, code }))) {
      // A wrong code after the right password counts towards the lock-out like a wrong password.
      await recordFailedSignIn({ userId: user.id, reason: "two_factor" }, ctx);
      const message = "That code is not correct";
      throw new AppError("UNAUTHENTICATED", message, { fields: { code: [message] } });
    }
  }
  await recordSignIn({ userId: user.id }, ctx);
  const tokens = await issueTokens({ userId: user.id, deviceName });
  return NextResponse.json({ data: { userId: user.id, ...tokens } } satisfies PostLoginResponse);
});
