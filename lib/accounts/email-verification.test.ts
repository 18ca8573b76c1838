import { describe, expect, it, vi } from "vitest";
import { db } from "../db";
import { EMAIL_CODE_MAX_ATTEMPTS, sendEmailVerificationCode, verifyEmail } from "./email-verification";
import { registerUser } from "./register-user";
import { createAccount, emailCount, freshContext, latestCode, refusal, STRONG_PASSWORD, uniqueEmail } from "./test-helpers";

async function newUnverified() {
  const email = uniqueEmail("verify");
  const ctx = freshContext();
  const { userId } = await registerUser({ email, password: STRONG_PASSWORD, name: "Ada" }, ctx);
  return { email, userId, ctx, code: await latestCode(email) };
}

const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("[ACCOUNTS] email verification", () => {
  it("the emailed code verifies the address once", async () => {
    const { userId, code, ctx } = await newUnverified();
    await verifyEmail({ userId, code }, ctx);
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { actorId: userId, action: "auth.email_verified" } })).toBe(1);
    // Verifying again is harmless; asking for a new code is refused.
    await verifyEmail({ userId, code }, ctx);
    expect((await refusal(() => sendEmailVerificationCode({ userId }, freshContext()))).code).toBe("CONFLICT");
  });

  it("refuses a code that is not 6 digits without counting an attempt", async () => {
    const { userId } = await newUnverified();
    for (const bad of ["12345", "1234567", "abcdef", ""]) {
      const error = await refusal(() => verifyEmail({ userId, code: bad }));
      expect(error.fields?.code?.[0]).toMatch(/6 digits|Enter the code/);
    }
    expect((await db.emailCode.findFirstOrThrow({ where: { userId } })).attempts).toBe(0);
  });

  it("counts wrong codes down and gives up after 5, even for the right code", async () => {
    const { userId, code } = await newUnverified();
    for (let i = 1; i <= EMAIL_CODE_MAX_ATTEMPTS; i++) {
      const error = await refusal(() => verifyEmail({ userId, code: wrong(code) }));
      expect(error.fields?.code?.[0]).toMatch(/That code is not right/);
      if (i < EMAIL_CODE_MAX_ATTEMPTS) expect(error.message).toContain(`${EMAIL_CODE_MAX_ATTEMPTS - i}`);
    }
    const error = await refusal(() => verifyEmail({ userId, code }));
    expect(error.fields?.code).toEqual(["Too many wrong codes. Send a new one."]);
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerified).toBeNull();
  });

  it("refuses an expired code", async () => {
    const { userId, code } = await newUnverified();
    await db.emailCode.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const error = await refusal(() => verifyEmail({ userId, code }));
    expect(error.fields?.code).toEqual(["This code has expired. Send a new one."]);
  });

  it("stores only a hash, valid for 10 minutes", async () => {
    const { userId, code } = await newUnverified();
    const row = await db.emailCode.findFirstOrThrow({ where: { userId } });
    expect(row.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.codeHash).not.toContain(code);
    const minutes = (row.expiresAt.getTime() - row.createdAt.getTime()) / 60_000;
    expect(minutes).toBeGreaterThan(9.9);
    expect(minutes).toBeLessThan(10.1);
  });

  it("throttles resends: refused right after sign-up's code, allowed a minute later; the new code replaces the old", async () => {
    const { userId, email, code } = await newUnverified();
    const error = await refusal(() => sendEmailVerificationCode({ userId }, freshContext()));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await emailCount(email, "email-verification-code")).toBe(1);

    // The limiter's clock is Date: move it past the minute instead of waiting.
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      await sendEmailVerificationCode({ userId }, freshContext());
    } finally {
      vi.useRealTimers();
    }
    expect(await emailCount(email, "email-verification-code")).toBe(2);
    const second = await latestCode(email);
    if (second !== code) {
      const stale = await refusal(() => verifyEmail({ userId, code }));
      expect(stale.fields?.code?.[0]).toMatch(/That code is not right/);
    }
    await verifyEmail({ userId, code: second });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerified).not.toBeNull();
  });

  it("limits codes to five an hour per account", async () => {
    const user = await createAccount({ verified: false });
    vi.useFakeTimers({ toFake: ["Date"] });
    // The limiter weighs the previous fixed window in (a sliding window, as Upstash's): start at the
    // top of an hour so the six sends fall in one window whatever the time of day.
    const start = Math.ceil(Date.now() / 3_600_000) * 3_600_000;
    try {
      for (let i = 0; i < 5; i++) {
        vi.setSystemTime(start + i * 61_000);
        await sendEmailVerificationCode({ userId: user.id }, freshContext());
      }
      vi.setSystemTime(start + 5 * 61_000);
      const error = await refusal(() => sendEmailVerificationCode({ userId: user.id }, freshContext()));
      expect(error.code).toBe("RATE_LIMITED");
    } finally {
      vi.useRealTimers();
    }
    expect(await emailCount(user.email, "email-verification-code")).toBe(5);
  });
});
