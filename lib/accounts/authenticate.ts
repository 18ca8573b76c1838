// Email + password sign-in, shared by next-auth's authorize() and the mobile login. Guessing is
// slowed three ways: a rate limit per client address, one per account, and a temporary lock-out
// after repeated failures (counted on the user row, so it holds across processes and restarts).
import { randomBytes } from "node:crypto";
import { writeAudit } from "../audit/write-audit";
import { hashPassword, verifyPassword } from "../auth/password";
import { enforceRateLimit } from "../cache";
import { db, type Role } from "../db";
import { AppError, fieldErrorsFromZod } from "../errors";
import { ZPasswordSignInInput, type TPasswordSignInInput } from "./accounts.schema";
import type { RequestContext } from "./request-context";
import { minutesFrom, plural, SIGN_IN_LIMITS } from "./sign-in-limits";
import { notifyIfNewDevice } from "./new-device";

export { ZPasswordSignInInput, type TPasswordSignInInput };

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  sessionVersion: number;
  twoFactorEnabled: boolean;
}

const INCORRECT = "Email or password is incorrect";

// A real hash at the real cost, so an unknown email takes as long to refuse as a wrong password.
let dummyHash: Promise<string> | undefined;
const timingDummy = () => (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));

function lockedError(until: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  return new AppError("RATE_LIMITED", `Too many failed sign-ins. This account is locked for ${plural(minutesFrom(seconds), "minute")}.`, {
    retryAfterSeconds: seconds,
  });
}

export async function authenticateWithPassword(input: TPasswordSignInInput, ctx: RequestContext = {}): Promise<AuthenticatedUser> {
  const parsed = ZPasswordSignInInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some fields are invalid", { fields: fieldErrorsFromZod(parsed.error) });
  const { email, password } = parsed.data;

  const slowDown = "Too many sign-in attempts. Try again in a few minutes.";
  if (ctx.ip) await enforceRateLimit({ name: "sign-in:ip", key: ctx.ip, ...SIGN_IN_LIMITS.perIp, message: slowDown });
  await enforceRateLimit({ name: "sign-in:account", key: email, ...SIGN_IN_LIMITS.perAccount, message: slowDown });

  const user = await db.user.findUnique({ where: { email } });
  if (user?.lockedUntil && user.lockedUntil > new Date()) {
    await writeAudit({ actorId: user.id, action: "auth.sign_in_failed", targetType: "user", targetId: user.id, metadata: { reason: "locked" } }, ctx);
    throw lockedError(user.lockedUntil);
  }

  const ok = await verifyPassword(password, user?.passwordHash ?? (await timingDummy()));
  if (!user || !user.passwordHash || user.deletedAt || !ok) {
    if (user && !user.deletedAt) await recordFailedSignIn({ userId: user.id, reason: "password" }, ctx);
    else await writeAudit({ action: "auth.sign_in_failed", metadata: { reason: "unknown_account", email } }, ctx);
    throw new AppError("UNAUTHENTICATED", INCORRECT);
  }
  if (user.status !== "ACTIVE") {
    await writeAudit({ actorId: user.id, action: "auth.sign_in_failed", targetType: "user", targetId: user.id, metadata: { reason: "suspended" } }, ctx);
    throw new AppError("FORBIDDEN", "This account is suspended. Contact support.");
  }
  if (user.failedSignInCount > 0 || user.lockedUntil) {
    await db.user.update({ where: { id: user.id }, data: { failedSignInCount: 0, lockedUntil: null } });
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionVersion: user.sessionVersion,
    twoFactorEnabled: Boolean(user.twoFactorEnabledAt),
  };
}

/**
 * Counts a failed attempt against an existing account (wrong password, or wrong 2FA code after a
 * right password) and locks it once the failures add up. Throws the lock-out error on the attempt
 * that locks, so the person sees why at once.
 */
export async function recordFailedSignIn({ userId, reason }: { userId: string; reason: "password" | "two_factor" }, ctx: RequestContext = {}): Promise<void> {
  // One atomic increment: concurrent guesses cannot each read the same count.
  const { failedSignInCount } = await db.user.update({
    where: { id: userId },
    data: { failedSignInCount: { increment: 1 } },
    select: { failedSignInCount: true },
  });
  await writeAudit({ actorId: userId, action: "auth.sign_in_failed", targetType: "user", targetId: userId, metadata: { reason, failures: failedSignInCount } }, ctx);
  if (failedSignInCount < SIGN_IN_LIMITS.lockAfterFailures) return;
  const until = new Date(Date.now() + SIGN_IN_LIMITS.lockMinutes * 60_000);
  const locked = await db.user.updateMany({
    where: { id: userId, failedSignInCount: { gte: SIGN_IN_LIMITS.lockAfterFailures } },
    data: { lockedUntil: until, failedSignInCount: 0 },
  });
  if (locked.count === 0) return;
  await writeAudit({ actorId: userId, action: "auth.locked_out", targetType: "user", targetId: userId, metadata: { until: until.toISOString(), reason } }, ctx);
  throw lockedError(until);
}

/** After every check passed: the audit entry, and an email when the device is new to this account. */
export async function recordSignIn({ userId }: { userId: string }, ctx: RequestContext = {}): Promise<void> {
  await notifyIfNewDevice({ userId }, ctx);
  await writeAudit({ actorId: userId, action: "auth.sign_in", targetType: "user", targetId: userId }, ctx);
}
