import { hkdfSync } from "node:crypto";
import { SignJWT } from "jose";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { createUser } from "@/lib/testing/factories";

// The web session (next-auth) needs a live Next request; here it is whatever the test sets.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth", () => ({ getActor: async () => session.actor }));

const { getRequestActor } = await import("./request-actor");
const { ACCESS_TOKEN_TTL_SECONDS, issueTokens } = await import("./tokens");

const request = (authorization?: string) =>
  new Request("http://localhost/api/v1/auth/me", { headers: authorization === undefined ? {} : { authorization } });
const refusal = (promise: Promise<unknown>) => promise.then(() => expect.fail("expected a refusal"), (error: { code?: string }) => error);
const cookieActor: Actor = { userId: "cookie-user", email: "cookie@example.test", name: null, role: "ADMIN" };

beforeEach(() => {
  session.actor = null;
});
afterEach(() => {
  vi.useRealTimers();
});

describe("[AUTH] getRequestActor", () => {
  it("resolves a Bearer token to the same actor shape as the web session", async () => {
    const user = await createUser({ role: "SELLER", name: "Sam" });
    const { accessToken } = await issueTokens({ userId: user.id });
    expect(await getRequestActor(request(`Bearer ${accessToken}`))).toEqual({ userId: user.id, email: user.email, name: "Sam", role: "SELLER", emailVerified: true });
    await db.user.update({ where: { id: user.id }, data: { emailVerified: null } });
    expect(await getRequestActor(request(`Bearer ${accessToken}`))).toMatchObject({ emailVerified: false });
    expect(await getRequestActor(request(`bearer  ${accessToken}`))).toMatchObject({ userId: user.id });
  });

  it("falls back to the web session only when no Authorization header is sent", async () => {
    expect(await getRequestActor(request())).toBeNull();
    session.actor = cookieActor;
    expect(await getRequestActor(request())).toEqual(cookieActor);
    expect(await getRequestActor(request(""))).toEqual(cookieActor);
  });

  it("answers 401 for a malformed, forged or wrong-purpose token, even with a valid session cookie", async () => {
    session.actor = cookieActor;
    const user = await createUser();
    const { accessToken, refreshToken } = await issueTokens({ userId: user.id });
    const rawSecretToken = await new SignJWT({ sv: 0, typ: "access" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(user.id)
      .setIssuer("bazaar")
      .setAudience("bazaar-api")
      .setExpirationTime("15m")
      .sign(new TextEncoder().encode(getEnv().authSecret));
    const key = new Uint8Array(hkdfSync("sha256", getEnv().authSecret, "", "bazaar/api-access-token/v1", 32));
    const wrongPurpose = await new SignJWT({ sv: 0, typ: "email-verification" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(user.id)
      .setIssuer("bazaar")
      .setAudience("bazaar-api")
      .setExpirationTime("15m")
      .sign(key);
    for (const header of [
      "Bearer",
      "Bearer ",
      "Basic dXNlcjpwYXNz",
      `Token ${accessToken}`,
      `Bearer ${accessToken}x`,
      `Bearer ${refreshToken}`,
      `Bearer ${rawSecretToken}`,
      `Bearer ${wrongPurpose}`,
      `Bearer ${accessToken} ${accessToken}`,
    ]) {
      const error = await refusal(getRequestActor(request(header)));
      expect(error, header).toMatchObject({ code: "UNAUTHENTICATED", status: 401 });
    }
  });

  it("answers 401 for an expired token", async () => {
    const user = await createUser();
    vi.useFakeTimers({ toFake: ["Date"] });
    const { accessToken } = await issueTokens({ userId: user.id });
    vi.setSystemTime(Date.now() + (ACCESS_TOKEN_TTL_SECONDS + 1) * 1000);
    expect(await refusal(getRequestActor(request(`Bearer ${accessToken}`)))).toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("stops a token at once when the session version is bumped, the user is suspended or deleted", async () => {
    for (const change of [{ sessionVersion: { increment: 1 } }, { status: "SUSPENDED" as const }, { deletedAt: new Date() }]) {
      const user = await createUser();
      const { accessToken } = await issueTokens({ userId: user.id });
      expect(await getRequestActor(request(`Bearer ${accessToken}`))).toMatchObject({ userId: user.id });
      await db.user.update({ where: { id: user.id }, data: change });
      expect(await refusal(getRequestActor(request(`Bearer ${accessToken}`))), JSON.stringify(change)).toMatchObject({ code: "UNAUTHENTICATED" });
    }
  });
});
