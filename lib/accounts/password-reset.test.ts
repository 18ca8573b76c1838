import { describe, expect, it } from "vitest";
import { issueTokens } from "../auth/tokens";
import { db } from "../db";
import { authenticateWithPassword } from "./authenticate";
import { requestPasswordReset, resetPassword } from "./password-reset";
import { createAccount, emailCount, freshContext, latestEmail, latestResetToken, refusal, STRONG_PASSWORD, uniqueEmail } from "./test-helpers";

const NEW_PASSWORD = "marble-orchard-compass-77";

describe("[ACCOUNTS] password reset", () => {
  it("emails a 30-minute link; the reset sets the password, ends sessions and tokens, and is audited", async () => {
    const user = await createAccount();
    await db.user.update({ where: { id: user.id }, data: { failedSignInCount: 3, twoFactorEnabledAt: new Date() } });
    const tokens = await issueTokens({ userId: user.id, deviceName: "test phone" });
    await requestPasswordReset({ email: user.email.toUpperCase() }, freshContext());

    const token = await latestResetToken(user.email);
    const stored = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect((stored.expiresAt.getTime() - stored.createdAt.getTime()) / 60_000).toBeCloseTo(30, 0);

    const ctx = freshContext();
    expect(await resetPassword({ token, password: NEW_PASSWORD }, ctx)).toEqual({ userId: user.id });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.sessionVersion).toBe(user.sessionVersion + 1);
    expect(row.failedSignInCount).toBe(0);
    expect(row.twoFactorEnabledAt).not.toBeNull(); // a reset never turns two-factor off
    expect(await db.refreshToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(tokens.refreshToken).toBeTruthy();

    const signedIn = await authenticateWithPassword({ email: user.email, password: NEW_PASSWORD }, freshContext());
    expect(signedIn.twoFactorEnabled).toBe(true);
    expect((await refusal(() => authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, freshContext()))).code).toBe("UNAUTHENTICATED");

    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.password_reset" } })).toBe(1);
    const notice = await latestEmail(user.email, "password-changed");
    expect(notice?.subject).toBe("Your Bazaar password was changed");
    expect(notice?.text).toContain(ctx.ip);
  });

  it("says nothing about addresses without an account, and sends them nothing", async () => {
    const email = uniqueEmail();
    await requestPasswordReset({ email }, freshContext());
    expect(await emailCount(email, "password-reset")).toBe(0);
  });

  it("sends nothing to a suspended account", async () => {
    const user = await createAccount({ status: "SUSPENDED" });
    await requestPasswordReset({ email: user.email }, freshContext());
    expect(await emailCount(user.email, "password-reset")).toBe(0);
  });

  it("refuses a malformed email address", async () => {
    const error = await refusal(() => requestPasswordReset({ email: "nobody@" }, freshContext()));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.fields?.email).toEqual(["Enter a valid email address"]);
  });

  it("refuses a link used once already", async () => {
    const user = await createAccount();
    await requestPasswordReset({ email: user.email }, freshContext());
    const token = await latestResetToken(user.email);
    await resetPassword({ token, password: NEW_PASSWORD }, freshContext());
    const error = await refusal(() => resetPassword({ token, password: "another-long-passphrase-9" }, freshContext()));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/not valid or has already been used/);
  });

  it("refuses an expired link", async () => {
    const user = await createAccount();
    await requestPasswordReset({ email: user.email }, freshContext());
    const token = await latestResetToken(user.email);
    await db.passwordResetToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const error = await refusal(() => resetPassword({ token, password: NEW_PASSWORD }, freshContext()));
    expect(error.message).toBe("This reset link has expired. Ask for a new one.");
  });

  it("refuses a made-up token", async () => {
    const error = await refusal(() => resetPassword({ token: "x".repeat(43), password: NEW_PASSWORD }, freshContext()));
    expect(error.code).toBe("BAD_REQUEST");
    expect((await refusal(() => resetPassword({ token: "short", password: NEW_PASSWORD }, freshContext()))).code).toBe("VALIDATION_FAILED");
  });

  it("refuses a weak password without spending the link", async () => {
    const user = await createAccount();
    await requestPasswordReset({ email: user.email }, freshContext());
    const token = await latestResetToken(user.email);
    for (const weak of ["short", user.email, "password123"]) {
      const error = await refusal(() => resetPassword({ token, password: weak }, freshContext()));
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.fields?.password?.length).toBeGreaterThan(0);
    }
    await resetPassword({ token, password: NEW_PASSWORD }, freshContext());
  });

  it("a new link retires the previous one", async () => {
    const user = await createAccount();
    await requestPasswordReset({ email: user.email }, freshContext());
    const first = await latestResetToken(user.email);
    await requestPasswordReset({ email: user.email }, freshContext());
    const second = await latestResetToken(user.email);
    expect(second).not.toBe(first);
    expect((await refusal(() => resetPassword({ token: first, password: NEW_PASSWORD }, freshContext()))).code).toBe("BAD_REQUEST");
    await resetPassword({ token: second, password: NEW_PASSWORD }, freshContext());
  });

  it("limits reset requests per address, known or not", async () => {
    for (const email of [(await createAccount()).email, uniqueEmail()]) {
      for (let i = 0; i < 3; i++) await requestPasswordReset({ email }, freshContext());
      const error = await refusal(() => requestPasswordReset({ email }, freshContext()));
      expect(error.code).toBe("RATE_LIMITED");
      expect(error.retryAfterSeconds).toBeGreaterThan(0);
    }
  });

  it("limits reset requests per client address", async () => {
    const ctx = freshContext();
    for (let i = 0; i < 10; i++) await requestPasswordReset({ email: uniqueEmail() }, ctx);
    expect((await refusal(() => requestPasswordReset({ email: uniqueEmail() }, ctx))).code).toBe("RATE_LIMITED");
  });

  it("the reset also confirms the address it was sent to", async () => {
    const user = await createAccount({ verified: false });
    await requestPasswordReset({ email: user.email }, freshContext());
    await resetPassword({ token: await latestResetToken(user.email), password: NEW_PASSWORD }, freshContext());
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).not.toBeNull();
  });
});
