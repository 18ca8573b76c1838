// Changing the password from a signed-in account (the current password is asked again), and
// signing out of every device. Both end all other sessions: the caller keeps its own web session
// alive by carrying the returned session version (lib/auth/next-auth.ts continueSession).
import { z } from "zod";
import { writeAudit } from "../audit/write-audit";
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { revokeAllRefreshTokens } from "../auth/tokens";
import { enforceRateLimit } from "../cache";
import { db } from "../db";
import { queueEmail } from "../email";
import { getEnv } from "../env";
import { AppError, fieldErrorsFromZod, unauthenticated } from "../errors";
import { bumpSessionVersion, endAllSessions } from "./end-sessions";
import { passwordProblems } from "./password-policy";
import type { RequestContext } from "./request-context";
import { formatWhen } from "./sign-in-limits";

export const ZChangePasswordInput = z.object({
  currentPassword: z.string({ error: "Enter your current password" }).min(1, "Enter your current password").max(200),
  newPassword: z.string({ error: "Choose a new password" }),
});

const ATTEMPTS = { limit: 5, windowSeconds: 15 * 60 };

export async function changePassword(
  { actor, currentPassword, newPassword }: { actor: Actor; currentPassword: string; newPassword: string },
  ctx: RequestContext = {},
): Promise<{ sessionVersion: number }> {
  if (!actor) throw unauthenticated();
  const parsed = ZChangePasswordInput.safeParse({ currentPassword, newPassword });
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrorsFromZod(parsed.error) });
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { id: true, email: true, name: true, passwordHash: true, status: true, deletedAt: true } });
  if (!user || user.deletedAt || user.status !== "ACTIVE") throw unauthenticated();
  if (!user.passwordHash) {
    throw new AppError("BAD_REQUEST", "Your account has no password yet. Use “Forgot password” to set one.");
  }
  // A stolen session must not become a way to guess the password.
  await enforceRateLimit({ name: "change-password", key: user.id, ...ATTEMPTS, message: "Too many attempts. Try again in a few minutes." });
  if (!(await verifyPassword(parsed.data.currentPassword, user.passwordHash))) {
    await writeAudit({ actorId: user.id, action: "auth.password_change_failed", targetType: "user", targetId: user.id }, ctx);
    throw new AppError("VALIDATION_FAILED", "Your current password is not right", { fields: { currentPassword: ["Your current password is not right"] } });
  }
  const problems = passwordProblems(parsed.data.newPassword, user.email);
  if (parsed.data.newPassword === parsed.data.currentPassword) problems.push("Choose a password different from your current one");
  if (problems.length > 0) throw new AppError("VALIDATION_FAILED", "Choose a stronger password", { fields: { newPassword: problems } });

  const passwordHash = await hashPassword(parsed.data.newPassword);
  const sessionVersion = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    return bumpSessionVersion(tx, user.id);
  });
  await revokeAllRefreshTokens(user.id);
  await writeAudit({ actorId: user.id, action: "auth.password_changed", targetType: "user", targetId: user.id }, ctx);
  await queueEmail({
    to: user.email,
    template: "password-changed",
    props: { name: user.name ?? user.email, how: "changed", when: formatWhen(new Date()), ip: ctx.ip ?? "an unknown address", resetUrl: `${getEnv().appUrl}/forgot-password` },
  });
  return { sessionVersion };
}

/** Ends every web session and mobile token of the actor, this one included. */
export async function signOutEverywhere({ actor }: { actor: Actor }, ctx: RequestContext = {}): Promise<{ sessionVersion: number }> {
  if (!actor) throw unauthenticated();
  const sessionVersion = await endAllSessions(actor.userId);
  await writeAudit({ actorId: actor.userId, action: "auth.signed_out_everywhere", targetType: "user", targetId: actor.userId }, ctx);
  return { sessionVersion };
}
