import { describe, expect, it } from "vitest";
import { db } from "../db";
import { authenticateWithPassword, recordFailedSignIn, recordSignIn } from "./authenticate";
import { SIGN_IN_LIMITS } from "./sign-in-limits";
import { createAccount, emailCount, freshContext, refusal, STRONG_PASSWORD, uniqueEmail } from "./test-helpers";

const audits = (userId: string, action: string) => db.auditLog.count({ where: { actorId: userId, action } });

describe("[ACCOUNTS] authenticateWithPassword", () => {
  it("returns the user for the right password, whatever the email's case", async () => {
    const user = await createAccount();
    const result = await authenticateWithPassword({ email: user.email.toUpperCase(), password: STRONG_PASSWORD }, freshContext());
    expect(result).toEqual({ id: user.id, email: user.email, name: "Test Person", role: "BUYER", sessionVersion: 0, twoFactorEnabled: false });
  });

  it("says the same for a wrong password and an unknown email, and audits both", async () => {
    const user = await createAccount();
    const ctx = freshContext();
    const wrong = await refusal(() => authenticateWithPassword({ email: user.email, password: "not-the-password" }, ctx));
    const unknown = await refusal(() => authenticateWithPassword({ email: uniqueEmail(), password: STRONG_PASSWORD }, ctx));
    expect(wrong).toMatchObject({ code: "UNAUTHENTICATED", message: "Email or password is incorrect" });
    expect(unknown).toMatchObject({ code: "UNAUTHENTICATED", message: "Email or password is incorrect" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { actorId: user.id, action: "auth.sign_in_failed" } });
    expect(entry).toMatchObject({ ip: ctx.ip, userAgent: ctx.userAgent, metadata: { reason: "password", failures: 1 } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedSignInCount).toBe(1);
  });

  it("refuses malformed input with field errors", async () => {
    const error = await refusal(() => authenticateWithPassword({ email: "not-an-email", password: "" }, freshContext()));
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(["email", "password"]);
  });

  it("locks the account for 15 minutes after 5 failures, even against the right password", async () => {
    const user = await createAccount();
    for (let i = 1; i < SIGN_IN_LIMITS.lockAfterFailures; i++) {
      expect((await refusal(() => authenticateWithPassword({ email: user.email, password: `wrong-${i}` }, freshContext()))).code).toBe("UNAUTHENTICATED");
    }
    const locking = await refusal(() => authenticateWithPassword({ email: user.email, password: "wrong-5" }, freshContext()));
    expect(locking.code).toBe("RATE_LIMITED");
    expect(locking.message).toMatch(/locked for 15 minutes/);
    expect(locking.retryAfterSeconds).toBeGreaterThan(14 * 60);

    const right = await refusal(() => authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, freshContext()));
    expect(right.code).toBe("RATE_LIMITED");
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(await audits(user.id, "auth.locked_out")).toBe(1);
  });

  it("lets the user in once the lock-out has passed, and clears the failure count", async () => {
    const user = await createAccount();
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000), failedSignInCount: 3 } });
    await authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, freshContext());
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ lockedUntil: null, failedSignInCount: 0 });
  });

  it("refuses a suspended user with the right password, and does not reveal it to a wrong one", async () => {
    const user = await createAccount({ status: "SUSPENDED" });
    const right = await refusal(() => authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, freshContext()));
    expect(right).toMatchObject({ code: "FORBIDDEN", message: "This account is suspended. Contact support." });
    const wrong = await refusal(() => authenticateWithPassword({ email: user.email, password: "not-the-password" }, freshContext()));
    expect(wrong.code).toBe("UNAUTHENTICATED");
  });

  it("refuses deleted accounts and accounts without a password as incorrect", async () => {
    const deleted = await createAccount();
    await db.user.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    expect((await refusal(() => authenticateWithPassword({ email: deleted.email, password: STRONG_PASSWORD }, freshContext()))).code).toBe("UNAUTHENTICATED");
    const oauthOnly = await db.user.create({ data: { email: uniqueEmail() } });
    expect((await refusal(() => authenticateWithPassword({ email: oauthOnly.email, password: STRONG_PASSWORD }, freshContext()))).code).toBe("UNAUTHENTICATED");
  });

  it("rate-limits attempts per account, wherever they come from", async () => {
    const email = uniqueEmail();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.limit; i++) await refusal(() => authenticateWithPassword({ email, password: "guess-guess" }, freshContext()));
    const error = await refusal(() => authenticateWithPassword({ email, password: "guess-guess" }, freshContext()));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("rate-limits attempts per client address, whatever the account", async () => {
    const ctx = freshContext();
    for (let i = 0; i < SIGN_IN_LIMITS.perIp.limit; i++) await refusal(() => authenticateWithPassword({ email: uniqueEmail(), password: "guess-guess" }, ctx));
    const user = await createAccount();
    const error = await refusal(() => authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, ctx));
    expect(error.code).toBe("RATE_LIMITED");
  }, 60_000);

  it("reports two-factor sign-in as enabled", async () => {
    const user = await createAccount();
    await db.user.update({ where: { id: user.id }, data: { twoFactorEnabledAt: new Date() } });
    const result = await authenticateWithPassword({ email: user.email, password: STRONG_PASSWORD }, freshContext());
    expect(result.twoFactorEnabled).toBe(true);
  });
});

describe("[ACCOUNTS] recordFailedSignIn and recordSignIn", () => {
  it("wrong two-factor codes count towards the lock-out", async () => {
    const user = await createAccount();
    for (let i = 1; i < SIGN_IN_LIMITS.lockAfterFailures; i++) await recordFailedSignIn({ userId: user.id, reason: "two_factor" }, freshContext());
    const error = await refusal(() => recordFailedSignIn({ userId: user.id, reason: "two_factor" }, freshContext()));
    expect(error.code).toBe("RATE_LIMITED");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lockedUntil).not.toBeNull();
  });

  it("audits each sign-in and emails about a device the account has not used before", async () => {
    const user = await createAccount();
    const laptop = freshContext("Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0");
    await recordSignIn({ userId: user.id }, laptop);
    expect(await emailCount(user.email, "new-sign-in")).toBe(0); // the first sign-in is not news
    await recordSignIn({ userId: user.id }, laptop);
    expect(await emailCount(user.email, "new-sign-in")).toBe(0);
    const phone = freshContext("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1");
    await recordSignIn({ userId: user.id }, phone);
    expect(await emailCount(user.email, "new-sign-in")).toBe(1);
    const email = await db.emailOutbox.findFirstOrThrow({ where: { to: user.email, template: "new-sign-in" } });
    expect(email.subject).toBe("New sign-in to Bazaar from Safari on iOS");
    expect(email.text).toContain(phone.ip);
    expect(await audits(user.id, "auth.sign_in")).toBe(3);
  });
});
