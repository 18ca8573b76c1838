// What next-auth's Credentials authorize() does, kept free of next-auth's Next.js glue so it runs
// (and is tested) anywhere: password checks (rate limits, lock-out, suspension), then the second
// factor when the user has one, then the sign-in record. A refusal is a SignInRefused carrying the
// AppError the person should see; next-auth passes it through to the sign-in action untouched.
// CredentialsSignin comes from @auth/core, the class next-auth itself re-exports.
import { CredentialsSignin } from "@auth/core/errors";
import { ZPasswordSignInInput } from "../accounts/authenticate";
import type { RequestContext } from "../accounts/request-context";
import { signInWithPassword } from "../accounts/sign-in-with-password";
import { AppError, toAppError } from "../errors";
import { logger } from "../log";

const log = logger("auth");

export const TWO_FACTOR_REQUIRED = "two_factor_required";

export class SignInRefused extends CredentialsSignin {
  readonly appError: AppError;
  constructor(appError: AppError, code = appError.code.toLowerCase()) {
    super(appError.message);
    this.appError = appError;
    // next-auth puts this in the redirect URL: a short reason, never the message.
    this.code = code;
  }
}

export interface SignedInUser {
  id: string;
  email: string;
  name: string | null;
  sessionVersion: number;
}

function codeFrom(raw: Partial<Record<string, unknown>>): string | undefined {
  const value = typeof raw.code === "string" ? raw.code.trim() : "";
  return value ? value.slice(0, 64) : undefined;
}

export async function authorizeCredentials(raw: Partial<Record<string, unknown>>, ctx: RequestContext): Promise<SignedInUser> {
  try {
    const parsed = ZPasswordSignInInput.safeParse(raw);
    if (!parsed.success) throw new AppError("UNAUTHENTICATED", "Email or password is incorrect");
    const user = await signInWithPassword({ ...parsed.data, code: codeFrom(raw) }, ctx);
    return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
  } catch (error) {
    if (error instanceof SignInRefused) throw error;
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") log.error("sign-in failed", { error });
    throw new SignInRefused(appError, appError.code === "TWO_FACTOR_REQUIRED" ? TWO_FACTOR_REQUIRED : undefined);
  }
}
