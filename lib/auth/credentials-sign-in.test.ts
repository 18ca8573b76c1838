// The web sign-in's authorize step, as next-auth calls it: password, then the second factor.
import { Secret, TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { createAccount, freshContext, STRONG_PASSWORD } from "../accounts/test-helpers";
import { db } from "../db";
import { authorizeCredentials, SignInRefused, TWO_FACTOR_REQUIRED } from "./credentials-sign-in";
import { confirmTwoFactorEnrollment, startTwoFactorEnrollment } from "./two-factor";

async function refused(raw: Record<string, string>) {
  try {
    await authorizeCredentials(raw, freshContext());
  } catch (error) {
    expect(error).toBeInstanceOf(SignInRefused);
    return error as SignInRefused;
  }
  throw new Error("expected the sign-in to be refused");
}

describe("[AUTH] authorizeCredentials", () => {
  it("signs in with the right password and records the sign-in", async () => {
    const user = await createAccount();
    const ctx = freshContext();
    expect(await authorizeCredentials({ email: user.email, password: STRONG_PASSWORD }, ctx)).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      sessionVersion: 0,
    });
    expect(await db.auditLog.findFirst({ where: { actorId: user.id, action: "auth.sign_in" } })).toMatchObject({ ip: ctx.ip });
  });

  it("refuses with the message to show and next-auth's short code", async () => {
    const user = await createAccount();
    const wrong = await refused({ email: user.email, password: "not-the-password" });
    expect(wrong.code).toBe("unauthenticated");
    expect(wrong.appError.message).toBe("Email or password is incorrect");
    const malformed = await refused({ email: "nope", password: "" });
    expect(malformed.appError.message).toBe("Email or password is incorrect");
    const suspended = await createAccount({ status: "SUSPENDED" });
    const blocked = await refused({ email: suspended.email, password: STRONG_PASSWORD });
    expect(blocked.code).toBe("forbidden");
    expect(blocked.appError.message).toBe("This account is suspended. Contact support.");
    expect(await db.auditLog.count({ where: { actorId: suspended.id, action: "auth.sign_in" } })).toBe(0);
  });

  it("passes a lock-out through with its Retry-After", async () => {
    const user = await createAccount();
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + 10 * 60_000) } });
    const locked = await refused({ email: user.email, password: STRONG_PASSWORD });
    expect(locked.code).toBe("rate_limited");
    expect(locked.appError.retryAfterSeconds).toBeGreaterThan(9 * 60);
  });

  it("asks for the second factor, refuses a wrong one, accepts a TOTP code, and a recovery code only once", async () => {
    const user = await createAccount();
    const actor = { userId: user.id, email: user.email, name: user.name, role: user.role };
    const { secret } = await startTwoFactorEnrollment({ actor });
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
    // Enrol with the previous step's code, so the current one is still unused for the sign-in below.
    const { recoveryCodes } = await confirmTwoFactorEnrollment({ actor, code: totp.generate({ timestamp: Date.now() - 30_000 }) });
    const password = { email: user.email, password: STRONG_PASSWORD };

    const missing = await refused(password);
    expect(missing.code).toBe(TWO_FACTOR_REQUIRED);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.sign_in" } })).toBe(0);

    const current = totp.generate();
    const wrong = await refused({ ...password, code: current === "000000" ? "111111" : "000000" });
    expect(wrong.appError.fields?.code?.[0]).toMatch(/That code is not right/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedSignInCount).toBe(1);

    await authorizeCredentials({ ...password, code: current }, freshContext());
    await authorizeCredentials({ ...password, code: recoveryCodes[0]! }, freshContext());
    const reused = await refused({ ...password, code: recoveryCodes[0]! });
    expect(reused.appError.fields?.code).toBeDefined();
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.sign_in" } })).toBe(2);
  });
});
