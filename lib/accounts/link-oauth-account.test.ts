import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createUser, unique } from "../testing/factories";
import { linkOAuthAccount } from "./link-oauth-account";

const profile = (overrides: Partial<Parameters<typeof linkOAuthAccount>[0]> = {}) => ({
  provider: "google" as const,
  providerAccountId: unique("g"),
  email: `${unique("oauth")}@example.test`,
  emailVerified: true,
  name: "Grace",
  ...overrides,
});

describe("[ACCOUNTS] Google and GitHub sign-in", () => {
  it("creates a verified buyer on first sign-in and finds the same user next time", async () => {
    const p = profile();
    const first = await linkOAuthAccount(p);
    const again = await linkOAuthAccount(p);
    expect(again.id).toBe(first.id);
    const user = await db.user.findUniqueOrThrow({ where: { id: first.id } });
    expect(user).toMatchObject({ email: p.email, role: "BUYER", passwordHash: null });
    expect(user.emailVerified).not.toBeNull();
  });

  it("links to the existing account with the same verified email", async () => {
    const existing = await createUser();
    const linked = await linkOAuthAccount(profile({ provider: "github", email: existing.email.toUpperCase() }));
    expect(linked.id).toBe(existing.id);
  });

  it("refuses an unverified provider email, so nobody takes over an account by claiming its address", async () => {
    const existing = await createUser();
    await expect(linkOAuthAccount(profile({ email: existing.email, emailVerified: false }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.account.count({ where: { userId: existing.id } })).toBe(0);
  });

  it("refuses suspended users and users with two-factor authentication", async () => {
    const suspended = await createUser();
    await db.user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    await expect(linkOAuthAccount(profile({ email: suspended.email }))).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("suspended") });
    const withTwoFactor = await createUser();
    await db.user.update({ where: { id: withTwoFactor.id }, data: { twoFactorEnabledAt: new Date() } });
    await expect(linkOAuthAccount(profile({ email: withTwoFactor.email }))).rejects.toMatchObject({ message: expect.stringContaining("two-factor") });
  });
});
