// Sign-up with email and password. The account starts unverified: it can browse and fill a cart,
// and a six-digit code is on its way to confirm the address.
import { writeAudit } from "../audit/write-audit";
import { hashPassword } from "../auth/password";
import { enforceRateLimit } from "../cache";
import { db } from "../db";
import { AppError, fieldErrorsFromZod } from "../errors";
import { logger } from "../log";
import { ZRegisterInput, type TRegisterInput } from "./accounts.schema";
import { sendEmailVerificationCode } from "./email-verification";
import type { RequestContext } from "./request-context";

const log = logger("accounts");

export { ZRegisterInput, type TRegisterInput };

const SIGN_UPS_PER_IP = { limit: 10, windowSeconds: 60 * 60 };
const TAKEN = "An account with this email already exists. Sign in instead, or reset your password.";

export async function registerUser(input: TRegisterInput, ctx: RequestContext = {}): Promise<{ userId: string }> {
  const parsed = ZRegisterInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrorsFromZod(parsed.error) });
  const { email, password, name } = parsed.data;
  if (ctx.ip) await enforceRateLimit({ name: "sign-up:ip", key: ctx.ip, ...SIGN_UPS_PER_IP, message: "Too many sign-ups from your network. Try again later." });

  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("CONFLICT", TAKEN, { fields: { email: [TAKEN] } });
  }
  const passwordHash = await hashPassword(password);
  let userId: string;
  try {
    ({ id: userId } = await db.user.create({ data: { email, name, passwordHash }, select: { id: true } }));
  } catch (error) {
    // Two sign-ups with the same address at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", TAKEN, { fields: { email: [TAKEN] } });
    throw error;
  }
  await writeAudit({ actorId: userId, action: "auth.sign_up", targetType: "user", targetId: userId }, ctx);
  try {
    await sendEmailVerificationCode({ userId }, ctx);
  } catch (error) {
    // The account exists either way; the verify page offers to send the code again.
    log.warn("verification code not sent at sign-up", { userId, error });
  }
  return { userId };
}
