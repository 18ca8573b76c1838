import { describe, expect, it } from "vitest";
import { db } from "../db";
import { registerUser } from "./register-user";
import { freshContext, latestCode, refusal, STRONG_PASSWORD, uniqueEmail } from "./test-helpers";

describe("[ACCOUNTS] registerUser", () => {
  it("creates an unverified buyer with a hashed password, audits it and emails a code", async () => {
    const email = uniqueEmail();
    const { userId } = await registerUser({ email: `  ${email.toUpperCase()} `, password: STRONG_PASSWORD, name: " Ada " }, freshContext());
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user).toMatchObject({ email, name: "Ada", role: "BUYER", status: "ACTIVE", emailVerified: null });
    expect(user.passwordHash).toMatch(/^\$2[aby]\$12\$/);
    expect(user.passwordHash).not.toContain(STRONG_PASSWORD);
    expect(await latestCode(email)).toMatch(/^\d{6}$/);
    const stored = await db.emailCode.findFirstOrThrow({ where: { userId } });
    expect(stored.codeHash).not.toBe(await latestCode(email));
    expect(await db.auditLog.count({ where: { actorId: userId, action: "auth.sign_up" } })).toBe(1);
  });

  it("refuses a malformed email address with a field error", async () => {
    const error = await refusal(() => registerUser({ email: "ada@@example", password: STRONG_PASSWORD, name: "Ada" }, freshContext()));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.fields?.email).toEqual(["Enter a valid email address"]);
  });

  it("refuses weak passwords: short, the email itself, common", async () => {
    const email = uniqueEmail();
    const cases: [string, string][] = [
      ["short1!", "Use at least 10 characters"],
      [email, "Don't use your email address as your password"],
      ["password123", "This password is too common: choose one that is harder to guess"],
      ["qwertyuiop", "This password is too common: choose one that is harder to guess"],
    ];
    for (const [password, message] of cases) {
      const error = await refusal(() => registerUser({ email, password, name: "Ada" }, freshContext()));
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.fields?.password).toContain(message);
    }
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("requires a name", async () => {
    const error = await refusal(() => registerUser({ email: uniqueEmail(), password: STRONG_PASSWORD, name: "   " }, freshContext()));
    expect(error.fields?.name).toEqual(["Enter your name"]);
  });

  it("refuses an address that already has an account, on the email field", async () => {
    const email = uniqueEmail();
    await registerUser({ email, password: STRONG_PASSWORD, name: "Ada" }, freshContext());
    const error = await refusal(() => registerUser({ email: email.toUpperCase(), password: STRONG_PASSWORD, name: "Eve" }, freshContext()));
    expect(error.code).toBe("CONFLICT");
    expect(error.fields?.email?.[0]).toMatch(/already exists/);
  });

  it("limits sign-ups per client address", async () => {
    const ctx = freshContext();
    for (let i = 0; i < 10; i++) await registerUser({ email: uniqueEmail(), password: STRONG_PASSWORD, name: "Bot" }, ctx);
    const error = await refusal(() => registerUser({ email: uniqueEmail(), password: STRONG_PASSWORD, name: "Bot" }, ctx));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
  });
});
