// Password reset by emailed link: a random token (only its hash is stored), valid 30 minutes,
// single use. Asking is silent about whether the account exists. Resetting ends every session and
// refresh token; it does not touch two-factor sign-in, which is still asked for at the next sign-in.
import { createHash, randomBytes } from "node:crypto";
import { writeAudit } from "../audit/write-audit";
import { hashPassword } from "../auth/password";
import { revokeAllRefreshTokens } from "../auth/tokens";
import { enforceRateLimit } from "../cache";
import { db } from "../db";
import { queueEmail } from "../email";
import { getEnv } from "../env";
import { AppError, fieldErrorsFromZod } from "../errors";
import { bumpSessionVersion } from "./end-sessions";
import { ZRequestPasswordResetInput, ZResetPasswordInput } from "./accounts.schema";
import { passwordProblems } from "./password-policy";
import type { RequestContext } from "./request-context";
import { formatWhen } from "./sign-in-limits";

export const RESET_TTL_MINUTES = 30;
const RESET_LIMITS = {
  perAccount: { limit: 3, windowSeconds: 15 * 60 },
  perIp: { limit: 10, windowSeconds: 60 * 60 },
} as const;

export { ZRequestPasswordResetInput, ZResetPasswordInput };

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const linkError = (message: string) => new AppError("BAD_REQUEST", message, { fields: { token: [message] } });

export async function requestPasswordReset(input: { email: string }, ctx: RequestContext = {}): Promise<void> {
  const parsed = ZRequestPasswordResetInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrorsFromZod(parsed.error) });
  const { email } = parsed.data;
  const tooMany = "Too many reset requests. Try again in a few minutes.";
  if (ctx.ip) await enforceRateLimit({ name: "password-reset:ip", key: ctx.ip, ...RESET_LIMITS.perIp, message: tooMany });
  // Keyed by the address whether or not it has an account, so the limit reveals nothing either.
  await enforceRateLimit({ name: "password-reset:account", key: email, ...RESET_LIMITS.perAccount, message: tooMany });

  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, status: true, deletedAt: true } });
  if (!user || user.deletedAt || user.status !== "ACTIVE") return;

  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    // A new link retires the unused ones before it.
    db.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } }),
    db.passwordResetToken.create({ data: { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESET_TTL_MINUTES * 60_000) } }),
  ]);
  const resetUrl = `${getEnv().appUrl}/reset-password?token=${encodeURIComponent(token)}`;
  await queueEmail({ to: email, template: "password-reset", props: { name: user.name ?? email, resetUrl, expiresInMinutes: RESET_TTL_MINUTES } });
  await writeAudit({ actorId: user.id, action: "auth.password_reset_requested", targetType: "user", targetId: user.id }, ctx);
}

export async function resetPassword(input: { token: string; password: string }, ctx: RequestContext = {}): Promise<{ userId: string }> {
  const parsed = ZResetPasswordInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrorsFromZod(parsed.error) });
  const { token, password } = parsed.data;

  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, email: true, name: true, status: true, deletedAt: true, emailVerified: true } } },
  });
  if (!row || row.usedAt || row.user.deletedAt) throw linkError("This reset link is not valid or has already been used. Ask for a new one.");
  if (row.expiresAt <= new Date()) throw linkError("This reset link has expired. Ask for a new one.");
  if (row.user.status !== "ACTIVE") throw new AppError("FORBIDDEN", "This account is suspended. Contact support.");

  const problems = passwordProblems(password, row.user.email);
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", "Choose a stronger password", { fields: { password: problems } });

  const passwordHash = await hashPassword(password);
  const userId = row.user.id;
  await db.$transaction(async (tx) => {
    // Spend the link first: of two submissions racing, only one gets past this line.
    const spent = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
    if (spent.count === 0) throw linkError("This reset link is not valid or has already been used. Ask for a new one.");
    await tx.passwordResetToken.deleteMany({ where: { userId, usedAt: null } });
    await tx.user.update({
      where: { id: userId },
      // The link came to this address, so it is verified now too; a lock-out has served its purpose.
      data: { passwordHash, failedSignInCount: 0, lockedUntil: null, emailVerified: row.user.emailVerified ?? new Date() },
    });
    await bumpSessionVersion(tx, userId);
  });
  await revokeAllRefreshTokens(userId);
  await writeAudit({ actorId: userId, action: "auth.password_reset", targetType: "user", targetId: userId }, ctx);
  await queueEmail({
    to: row.user.email,
    template: "password-changed",
    props: { name: row.user.name ?? row.user.email, how: "reset", when: formatWhen(new Date()), ip: ctx.ip ?? "an unknown address", resetUrl: `${getEnv().appUrl}/forgot-password` },
  });
  return { userId };
}
