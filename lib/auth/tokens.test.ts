import { createHash, hkdfSync } from "node:crypto";
import { SignJWT } from "jose";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { createUser } from "@/lib/testing/factories";
import {
  ACCESS_TOKEN_TTL_SECONDS,
  issueTokens,
  revokeAllRefreshTokens,
  revokeRefreshToken,
  rotateRefreshToken,
  verifyAccessToken,
} from "./tokens";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const refusal = (promise: Promise<unknown>) => promise.then(() => expect.fail("expected a refusal"), (error: { code?: string }) => error);

/** Signs a token the way tokens.ts does, with any key and claims: forgeries and wrong-purpose tokens. */
function sign(key: Uint8Array, claims: Record<string, unknown>, userId: string, options: { audience?: string; expiresIn?: string } = {}) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(userId)
    .setIssuer("bazaar")
    .setAudience(options.audience ?? "bazaar-api")
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "15m")
    .sign(key);
}
const derivedKey = () => new Uint8Array(hkdfSync("sha256", getEnv().authSecret, "", "bazaar/api-access-token/v1", 32));

afterEach(() => {
  vi.useRealTimers();
});

describe("[TOKENS] access tokens", () => {
  it("issues an access token that verifies to the user and their session version", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 3 } });
    const tokens = await issueTokens({ userId: user.id, deviceName: "Pixel 9" });
    expect(tokens).toMatchObject({ tokenType: "Bearer", expiresIn: ACCESS_TOKEN_TTL_SECONDS });
    expect(await verifyAccessToken(tokens.accessToken)).toEqual({ userId: user.id, sessionVersion: 3 });
  });

  it("refuses an expired token", async () => {
    const user = await createUser();
    vi.useFakeTimers({ toFake: ["Date"] });
    const { accessToken } = await issueTokens({ userId: user.id });
    vi.setSystemTime(Date.now() + (ACCESS_TOKEN_TTL_SECONDS - 5) * 1000);
    expect(await verifyAccessToken(accessToken)).not.toBeNull();
    vi.setSystemTime(Date.now() + 10_000);
    expect(await verifyAccessToken(accessToken)).toBeNull();
  });

  it("is signed with a derived key: the raw auth secret, another key or a tampered token do not verify", async () => {
    const user = await createUser();
    const claims = { sv: 0, typ: "access" };
    // Positive control: the derivation reproduced here yields tokens that verify.
    expect(await verifyAccessToken(await sign(derivedKey(), claims, user.id))).toEqual({ userId: user.id, sessionVersion: 0 });
    expect(await verifyAccessToken(await sign(new TextEncoder().encode(getEnv().authSecret), claims, user.id))).toBeNull();
    expect(await verifyAccessToken(await sign(new TextEncoder().encode("x".repeat(32)), claims, user.id))).toBeNull();

    const { accessToken } = await issueTokens({ userId: user.id });
    const [header, payload, signature] = accessToken.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), sub: "someone-else" })).toString("base64url");
    expect(await verifyAccessToken(`${header}.${forged}.${signature}`)).toBeNull();
    expect(await verifyAccessToken(`${header}.${payload}.${signature!.slice(0, -2)}xx`)).toBeNull();
  });

  it("refuses tokens made for another purpose, audience or algorithm, and garbage", async () => {
    const user = await createUser();
    expect(await verifyAccessToken(await sign(derivedKey(), { sv: 0, typ: "refresh" }, user.id))).toBeNull();
    expect(await verifyAccessToken(await sign(derivedKey(), { sv: 0 }, user.id))).toBeNull();
    expect(await verifyAccessToken(await sign(derivedKey(), { sv: "0", typ: "access" }, user.id))).toBeNull();
    expect(await verifyAccessToken(await sign(derivedKey(), { sv: 0, typ: "access" }, user.id, { audience: "bazaar-web" }))).toBeNull();
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ sub: user.id, sv: 0, typ: "access", iss: "bazaar", aud: "bazaar-api", exp: 9999999999 })).toString("base64url")}.`;
    expect(await verifyAccessToken(unsigned)).toBeNull();
    for (const junk of ["", "abc", "a.b.c", "x".repeat(5000)]) expect(await verifyAccessToken(junk)).toBeNull();
  });
});

describe("[TOKENS] refresh tokens", () => {
  it("stores only a hash, with a family and a 30-day expiry", async () => {
    const user = await createUser();
    const { refreshToken } = await issueTokens({ userId: user.id, deviceName: "iPhone" });
    expect(refreshToken.split(".")[1]!.length).toBeGreaterThanOrEqual(43); // 32 bytes, base64url
    const rows = await db.refreshToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tokenHash: hash(refreshToken), deviceName: "iPhone", rotatedAt: null, revokedAt: null });
    expect(JSON.stringify(rows)).not.toContain(refreshToken.split(".")[1]);
    const days = (rows[0]!.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });

  it("rotates within the family; reusing the old token revokes the whole family, the newer token too", async () => {
    const user = await createUser();
    const first = await issueTokens({ userId: user.id });
    const second = await rotateRefreshToken(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(await verifyAccessToken(second.accessToken)).toMatchObject({ userId: user.id });
    const third = await rotateRefreshToken(second.refreshToken);

    expect((await refusal(rotateRefreshToken(first.refreshToken))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(rotateRefreshToken(third.refreshToken))).code).toBe("UNAUTHENTICATED");
    const rows = await db.refreshToken.findMany({ where: { userId: user.id } });
    expect(new Set(rows.map((r) => r.familyId)).size).toBe(1);
    expect(rows.every((r) => r.revokedAt)).toBe(true);
  });

  it("lets exactly one of two simultaneous refreshes win; the loser ends the family", async () => {
    const user = await createUser();
    const { refreshToken } = await issueTokens({ userId: user.id });
    const results = await Promise.allSettled([rotateRefreshToken(refreshToken), rotateRefreshToken(refreshToken)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const winner = results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ refreshToken: string }>;
    expect((await refusal(rotateRefreshToken(winner.value.refreshToken))).code).toBe("UNAUTHENTICATED");
  });

  it("keeps other families (other devices) alive when one is revoked", async () => {
    const user = await createUser();
    const phone = await issueTokens({ userId: user.id, deviceName: "phone" });
    const tablet = await issueTokens({ userId: user.id, deviceName: "tablet" });
    await revokeRefreshToken(phone.refreshToken);
    expect((await refusal(rotateRefreshToken(phone.refreshToken))).code).toBe("UNAUTHENTICATED");
    await expect(rotateRefreshToken(tablet.refreshToken)).resolves.toHaveProperty("accessToken");
    await revokeRefreshToken("not-a-token"); // unknown tokens are ignored
  });

  it("revokeAllRefreshTokens ends every family of that user only", async () => {
    const user = await createUser();
    const other = await createUser();
    const a = await issueTokens({ userId: user.id });
    const b = await issueTokens({ userId: user.id });
    const theirs = await issueTokens({ userId: other.id });
    await revokeAllRefreshTokens(user.id);
    for (const t of [a, b]) expect((await refusal(rotateRefreshToken(t.refreshToken))).code).toBe("UNAUTHENTICATED");
    await expect(rotateRefreshToken(theirs.refreshToken)).resolves.toHaveProperty("refreshToken");
  });

  it("refuses expired tokens, suspended or deleted users, a bumped session version, and junk", async () => {
    const expired = await issueTokens({ userId: (await createUser()).id });
    await db.refreshToken.update({ where: { tokenHash: hash(expired.refreshToken) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await refusal(rotateRefreshToken(expired.refreshToken))).code).toBe("UNAUTHENTICATED");

    const suspended = await createUser();
    const s = await issueTokens({ userId: suspended.id });
    await db.user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    expect((await refusal(rotateRefreshToken(s.refreshToken))).code).toBe("UNAUTHENTICATED");
    await db.user.update({ where: { id: suspended.id }, data: { status: "ACTIVE" } });
    expect((await refusal(rotateRefreshToken(s.refreshToken))).code).toBe("UNAUTHENTICATED"); // the family stays dead

    // Bumped without revoking the refresh tokens: the version inside the token still stops it.
    const bumped = await createUser();
    const v = await issueTokens({ userId: bumped.id });
    await db.user.update({ where: { id: bumped.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await refusal(rotateRefreshToken(v.refreshToken))).code).toBe("UNAUTHENTICATED");

    // The version prefix cannot be edited: the hash covers it.
    const edited = await issueTokens({ userId: bumped.id });
    expect((await refusal(rotateRefreshToken(edited.refreshToken.replace(/^\d+\./, "0.")))).code).toBe("UNAUTHENTICATED");
    await expect(rotateRefreshToken(edited.refreshToken)).resolves.toHaveProperty("accessToken");

    for (const junk of ["", "x", "x".repeat(600)]) expect((await refusal(rotateRefreshToken(junk))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(issueTokens({ userId: suspended.id.replace(/.$/, "#") }))).code).toBe("UNAUTHENTICATED");
  });
});
