// Email verification with a six-digit code: stored as a keyed hash, valid 10 minutes, 5 wrong
// tries per code, and sending is throttled per account and per client address.
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { writeAudit } from "../audit/write-audit";
import { enforceRateLimit } from "../cache";
import { db } from "../db";
import { queueEmail } from "../email";
import { getEnv } from "../env";
import { AppError, notFound } from "../errors";
import { ZEmailCode } from "./accounts.schema";
import type { RequestContext } from "./request-context";

export const EMAIL_CODE_TTL_MINUTES = 10;
export const EMAIL_CODE_MAX_ATTEMPTS = 5;
export const RESEND_LIMITS = {
  /** One code a minute per account, five an hour. */
  perMinute: { limit: 1, windowSeconds: 60 },
  perHour: { limit: 5, windowSeconds: 60 * 60 },
  perIp: { limit: 20, windowSeconds: 60 * 60 },
} as const;

export { ZEmailCode };

// Keyed by the app secret and the user: a million possible codes are trivial to hash offline otherwise.
function hashCode(userId: string, code: string): string {
  return createHmac("sha256", getEnv().authSecret).update(`email-code:${userId}:${code}`).digest("hex");
}

const codeError = (message: string) => new AppError("BAD_REQUEST", message, { fields: { code: [message] } });

export async function sendEmailVerificationCode({ userId }: { userId: string }, ctx: RequestContext = {}): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, emailVerified: true, deletedAt: true } });
  if (!user || user.deletedAt) throw notFound("Account");
  if (user.emailVerified) throw new AppError("CONFLICT", "Your email address is already verified");

  const wait = (seconds: number) => `You can ask for another code in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  // One code a minute is an exact cooldown from the newest code: a sliding-window limiter with a
  // limit of 1 lets a second request through just after a window boundary.
  const latest = await db.emailCode.findFirst({
    where: { userId, purpose: "VERIFY_EMAIL" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const cooldownMs = RESEND_LIMITS.perMinute.windowSeconds * 1000;
  const sinceLatest = latest ? Date.now() - latest.createdAt.getTime() : Number.POSITIVE_INFINITY;
  if (sinceLatest < cooldownMs) {
    const retryAfterSeconds = Math.max(1, Math.ceil((cooldownMs - sinceLatest) / 1000));
    throw new AppError("RATE_LIMITED", `We just sent you a code. ${wait(retryAfterSeconds)}`, { retryAfterSeconds });
  }
  for (const [name, limits] of [["email-code:hour", RESEND_LIMITS.perHour]] as const) {
    try {
      await enforceRateLimit({ name, key: userId, ...limits });
    } catch (error) {
      if (error instanceof AppError && error.retryAfterSeconds) {
        throw new AppError("RATE_LIMITED", `We just sent you a code. ${wait(error.retryAfterSeconds)}`, { retryAfterSeconds: error.retryAfterSeconds });
      }
      throw error;
    }
  }
  if (ctx.ip) await enforceRateLimit({ name: "email-code:ip", key: ctx.ip, ...RESEND_LIMITS.perIp, message: "Too many codes requested. Try again later." });

  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await db.$transaction([
    // Only the newest code counts: a resend retires the ones before it.
    db.emailCode.deleteMany({ where: { userId, purpose: "VERIFY_EMAIL", consumedAt: null } }),
    db.emailCode.create({
      data: { userId, purpose: "VERIFY_EMAIL", codeHash: hashCode(userId, code), expiresAt: new Date(Date.now() + EMAIL_CODE_TTL_MINUTES * 60_000) },
    }),
  ]);
  await queueEmail({
    to: user.email,
    template: "email-verification-code",
    props: { name: user.name ?? user.email, code, expiresInMinutes: EMAIL_CODE_TTL_MINUTES },
  });
  await writeAudit({ actorId: userId, action: "auth.email_code_sent", targetType: "user", targetId: userId }, ctx);
}

export async function verifyEmail({ userId, code }: { userId: string; code: string }, ctx: RequestContext = {}): Promise<void> {
  const parsed = ZEmailCode.safeParse(code);
  if (!parsed.success) throw codeError(parsed.error.issues[0]?.message ?? "Enter the code from the email");

  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerified: true, deletedAt: true } });
  if (!user || user.deletedAt) throw notFound("Account");
  if (user.emailVerified) return;

  const row = await db.emailCode.findFirst({ where: { userId, purpose: "VERIFY_EMAIL", consumedAt: null }, orderBy: { createdAt: "desc" } });
  if (!row) throw codeError("There is no code waiting for you. Send a new one.");
  if (row.expiresAt <= new Date()) throw codeError("This code has expired. Send a new one.");

  // Count the try before comparing, atomically, so parallel guesses cannot exceed the limit.
  const counted = await db.emailCode.updateMany({
    where: { id: row.id, attempts: { lt: EMAIL_CODE_MAX_ATTEMPTS }, consumedAt: null },
    data: { attempts: { increment: 1 } },
  });
  if (counted.count === 0) throw codeError("Too many wrong codes. Send a new one.");

  const expected = Buffer.from(row.codeHash, "hex");
  const given = Buffer.from(hashCode(userId, parsed.data), "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    await writeAudit({ actorId: userId, action: "auth.email_code_failed", targetType: "user", targetId: userId }, ctx);
    const left = EMAIL_CODE_MAX_ATTEMPTS - (row.attempts + 1);
    throw codeError(left > 0 ? `That code is not right. ${left} ${left === 1 ? "try" : "tries"} left.` : "That code is not right. Send a new one.");
  }

  const now = new Date();
  await db.$transaction([
    db.emailCode.update({ where: { id: row.id }, data: { consumedAt: now } }),
    db.user.update({ where: { id: userId }, data: { emailVerified: now } }),
  ]);
  await writeAudit({ actorId: userId, action: "auth.email_verified", targetType: "user", targetId: userId }, ctx);
}
