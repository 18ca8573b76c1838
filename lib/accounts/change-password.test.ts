import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { assertVerified } from "../auth/require-verified";
import { issueTokens } from "../auth/tokens";
import { db } from "../db";
import { authenticateWithPassword } from "./authenticate";
import { changePassword, signOutEverywhere } from "./change-password";
import { createAccount, freshContext, latestEmail, refusal, STRONG_PASSWORD } from "./test-helpers";

const NEW_PASSWORD = "copper-meadow-whistle-31";
const actorOf = (user: { id: string; email: string; name: string | null; role: Actor["role"] }): Actor => ({ userId: user.id, email: user.email, name: user.name, role: user.role });

describe("[ACCOUNTS] changePassword", () => {
  it("changes the password, ends other sessions and tokens, audits and emails", async () => {
    const user = await createAccount();
    await issueTokens({ userId: user.id });
    const { sessionVersion } = await changePassword({ actor: actorOf(user), currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD }, freshContext());
    expect(sessionVersion).toBe(user.sessionVersion + 1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(sessionVersion);
    expect(await db.refreshToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    await authenticateWithPassword({ email: user.email, password: NEW_PASSWORD }, freshContext());
    expect(await db.auditLog.count({ where: { actorId: user.id, action: "auth.password_changed" } })).toBe(1);
    expect((await latestEmail(user.email, "password-changed"))?.text).toContain("changed from your account settings");
  });

  it("refuses a wrong current password on its field, and limits the tries", async () => {
    const user = await createAccount();
    for (let i = 0; i < 5; i++) {
      const error = await refusal(() => changePassword({ actor: actorOf(user), currentPassword: `wrong-${i}`, newPassword: NEW_PASSWORD }, freshContext()));
      expect(error.fields?.currentPassword).toEqual(["Your current password is not right"]);
    }
    const error = await refusal(() => changePassword({ actor: actorOf(user), currentPassword: STRONG_PASSWORD, newPassword: NEW_PASSWORD }, freshContext()));
    expect(error.code).toBe("RATE_LIMITED");
  });

  it("refuses weak new passwords and the current one again", async () => {
    const user = await createAccount();
    const cases: [string, string][] = [
      ["tooshort", "Use at least 10 characters"],
      [user.email, "Don't use your email address as your password"],
      ["1234567890", "This password is too common: choose one that is harder to guess"],
      [STRONG_PASSWORD, "Choose a password different from your current one"],
    ];
    for (const [newPassword, message] of cases) {
      const error = await refusal(() => changePassword({ actor: actorOf(user), currentPassword: STRONG_PASSWORD, newPassword }, freshContext()));
      expect(error.fields?.newPassword).toContain(message);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(0);
  });
});

describe("[ACCOUNTS] signOutEverywhere", () => {
  it("bumps the session version, revokes refresh tokens and audits", async () => {
    const user = await createAccount();
    await issueTokens({ userId: user.id });
    const ctx = freshContext();
    const { sessionVersion } = await signOutEverywhere({ actor: actorOf(user) }, ctx);
    expect(sessionVersion).toBe(1);
    expect(await db.refreshToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { actorId: user.id, action: "auth.signed_out_everywhere" } })).toMatchObject({ ip: ctx.ip });
  });
});

describe("[ACCOUNTS] assertVerified", () => {
  it("lets verified actors through and refuses the rest", () => {
    const base = { userId: "u1", email: "a@example.test", name: null, role: "BUYER" as const };
    expect(() => assertVerified({ ...base, emailVerified: true })).not.toThrow();
    for (const actor of [{ ...base, emailVerified: false }, base]) {
      expect(() => assertVerified(actor)).toThrow("Verify your email address first");
    }
  });
});
