// A complete password sign-in, the same for the web (next-auth) and the mobile API: the password
// checks (rate limits, lock-out, suspension), then the second factor when the account has one,
// then the sign-in record. The caller only turns the result into a session or tokens.
import { AppError } from "../errors";
import { verifyTwoFactorCode } from "../auth/two-factor";
import { authenticateWithPassword, recordFailedSignIn, recordSignIn, type AuthenticatedUser } from "./authenticate";
import type { RequestContext } from "./request-context";

export async function signInWithPassword(
  { email, password, code }: { email: string; password: string; code?: string },
  ctx: RequestContext,
): Promise<AuthenticatedUser> {
  const user = await authenticateWithPassword({ email, password }, ctx);
  if (user.twoFactorEnabled) {
    if (!code) throw new AppError("TWO_FACTOR_REQUIRED", "Enter the code from your authenticator app, or a recovery code");
    if (!(await verifyTwoFactorCode({ userId: user.id, code }))) {
      // A wrong code after the right password counts towards the lock-out like a wrong password.
      await recordFailedSignIn({ userId: user.id, reason: "two_factor" }, ctx);
      const message = "That code is not right. Try the current code, or a recovery code.";
      throw new AppError("UNAUTHENTICATED", message, { fields: { code: [message] } });
    }
  }
  await recordSignIn({ userId: user.id }, ctx);
  return user;
}
