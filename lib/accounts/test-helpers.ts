// Helpers for the accounts integration tests: fresh users with a known password, a client address
// of their own (rate limits are per address), and the newest email an address received.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../auth/password";
import { db, type UserStatus } from "../db";
import { drainJobs } from "../jobs";

export const STRONG_PASSWORD = "violet-harbour-lantern-42";

export const uniqueEmail = (tag = "acct") => `${tag}-${randomUUID().slice(0, 8)}@example.test`;

/** A private client context: rate limits keyed by address never collide between tests. */
export const freshContext = (userAgent = "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0") => ({
  ip: `10.${rand()}.${rand()}.${rand()}`,
  userAgent,
});
const rand = () => Math.floor(Math.random() * 254) + 1;

export async function createAccount(options: { password?: string; verified?: boolean; status?: UserStatus; email?: string } = {}) {
  return db.user.create({
    data: {
      email: options.email ?? uniqueEmail(),
      name: "Test Person",
      // A low cost keeps the tests quick; verification reads the cost from the hash.
      passwordHash: await hashPassword(options.password ?? STRONG_PASSWORD, 4),
      emailVerified: options.verified === false ? null : new Date(),
      status: options.status ?? "ACTIVE",
    },
  });
}

/** The newest email of that template sent to the address, once queued jobs have run. */
export async function latestEmail(to: string, template: string) {
  await drainJobs();
  return db.emailOutbox.findFirst({ where: { to, template }, orderBy: { createdAt: "desc" } });
}

export async function emailCount(to: string, template: string) {
  await drainJobs();
  return db.emailOutbox.count({ where: { to, template } });
}

/** The code inside the newest verification email. */
export async function latestCode(to: string): Promise<string> {
  const email = await latestEmail(to, "email-verification-code");
  const code = email?.subject.match(/^(\d{6}) is your Bazaar verification code$/)?.[1];
  if (!code) throw new Error(`no verification code was sent to ${to}`);
  return code;
}

/** The token inside the newest password reset email. */
export async function latestResetToken(to: string): Promise<string> {
  const email = await latestEmail(to, "password-reset");
  const token = email?.text.match(/reset-password\?token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no reset link was sent to ${to}`);
  return token;
}

/** Runs fn and returns the AppError it threw (fails the test when it does not throw). */
export async function refusal(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    return error as { code: string; message: string; fields?: Record<string, string[]>; retryAfterSeconds?: number };
  }
  throw new Error("expected a refusal, but it succeeded");
}
