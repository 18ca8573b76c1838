// Mobile API tokens. Access tokens are short-lived HS256 JWTs (sub, sv = the user's session
// version, typ "access") signed with a key derived from AUTH_SECRET for this purpose only, so a
// web session token can never pass as an API token or the other way round. Refresh tokens are
// opaque and stored only as a SHA-256 hash; each rotation keeps the family, and presenting a
// rotated or revoked token again revokes the whole family (it has been stolen, or replayed).
import { createHash, hkdfSync, randomBytes, randomUUID } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { db } from "../db";
import { getEnv } from "../env";
import { AppError, unauthenticated } from "../errors";
import { logger } from "../log";

const log = logger("tokens");

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60;
const ISSUER = "bazaar";
const AUDIENCE = "bazaar-api";
/** HKDF "info": names what the derived key is for. Changing it invalidates every access token. */
const ACCESS_KEY_PURPOSE = "bazaar/api-access-token/v1";

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  tokenType: "Bearer";
}

let cachedKey: { secret: string; key: Uint8Array } | undefined;

function accessKey(): Uint8Array {
  const secret = getEnv().authSecret;
  if (cachedKey?.secret !== secret) {
    cachedKey = { secret, key: new Uint8Array(hkdfSync("sha256", secret, "", ACCESS_KEY_PURPOSE, 32)) };
  }
  return cachedKey.key;
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * `<sessionVersion>.<32 random bytes, base64url>`. The prefix is covered by the stored hash, so it
 * cannot be altered; it lets a refresh fail once the user's session version has moved on, even if
 * whoever bumped it forgot to revoke the refresh tokens.
 */
function newRefreshToken(sessionVersion: number): string {
  return `${sessionVersion}.${randomBytes(32).toString("base64url")}`;
}

async function signAccessToken(userId: string, sessionVersion: number): Promise<string> {
  return new SignJWT({ sv: sessionVersion, typ: "access" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
    .sign(accessKey());
}

/** The user id and session version in a valid, unexpired access token; null for anything else. */
export async function verifyAccessToken(token: string): Promise<{ userId: string; sessionVersion: number } | null> {
  if (typeof token !== "string" || token.length === 0 || token.length > 4096) return null;
  try {
    const { payload } = await jwtVerify(token, accessKey(), { algorithms: ["HS256"], issuer: ISSUER, audience: AUDIENCE, requiredClaims: ["exp", "sub"] });
    if (payload.typ !== "access" || typeof payload.sub !== "string" || !Number.isInteger(payload.sv)) return null;
    return { userId: payload.sub, sessionVersion: payload.sv as number };
  } catch {
    return null;
  }
}

async function activeUser(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, status: true, deletedAt: true, sessionVersion: true } });
  return user && user.status === "ACTIVE" && !user.deletedAt ? user : null;
}

/** A new token family for a user who has just proved who they are (sign-up, sign-in). */
export async function issueTokens({ userId, deviceName }: { userId: string; deviceName?: string | null }): Promise<IssuedTokens> {
  const user = await activeUser(userId);
  if (!user) throw unauthenticated("This account cannot sign in");
  const refreshToken = newRefreshToken(user.sessionVersion);
  await db.refreshToken.create({
    data: {
      userId,
      tokenHash: hashToken(refreshToken),
      familyId: randomUUID(),
      deviceName: deviceName?.slice(0, 100) || null,
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_SECONDS * 1000),
    },
  });
  return { accessToken: await signAccessToken(userId, user.sessionVersion), refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, tokenType: "Bearer" };
}

const invalidRefresh = () => unauthenticated("The refresh token is invalid or has expired; sign in again");

async function revokeFamily(familyId: string): Promise<void> {
  await db.refreshToken.updateMany({ where: { familyId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Exchanges a refresh token for a new pair. The old token is marked rotated with a conditional
 * update inside the transaction, so of two simultaneous refreshes with the same token exactly one
 * wins; the other is treated as reuse and ends the family.
 */
export async function rotateRefreshToken(refreshToken: string): Promise<IssuedTokens> {
  if (typeof refreshToken !== "string" || refreshToken.length === 0 || refreshToken.length > 512) throw invalidRefresh();
  const tokenVersion = Number(refreshToken.split(".", 1)[0]);
  const now = new Date();
  const outcome = await db.$transaction(async (tx) => {
    const row = await tx.refreshToken.findUnique({
      where: { tokenHash: hashToken(refreshToken) },
      include: { user: { select: { status: true, deletedAt: true, sessionVersion: true } } },
    });
    if (!row) return { kind: "unknown" } as const;
    // A rotated token shown again is a replay; a revoked one (signed out) is simply dead.
    if (row.rotatedAt) return { kind: "reuse", familyId: row.familyId, userId: row.userId } as const;
    if (row.revokedAt) return { kind: "dead", familyId: row.familyId } as const;
    const { user } = row;
    if (row.expiresAt <= now || user.status !== "ACTIVE" || user.deletedAt || user.sessionVersion !== tokenVersion) {
      return { kind: "dead", familyId: row.familyId } as const;
    }
    const claimed = await tx.refreshToken.updateMany({ where: { id: row.id, rotatedAt: null, revokedAt: null }, data: { rotatedAt: now } });
    if (claimed.count !== 1) return { kind: "reuse", familyId: row.familyId, userId: row.userId } as const;
    const next = newRefreshToken(user.sessionVersion);
    await tx.refreshToken.create({
      data: {
        userId: row.userId,
        tokenHash: hashToken(next),
        familyId: row.familyId,
        deviceName: row.deviceName,
        expiresAt: new Date(now.getTime() + REFRESH_TOKEN_TTL_SECONDS * 1000),
      },
    });
    return { kind: "rotated", userId: row.userId, sessionVersion: user.sessionVersion, refreshToken: next } as const;
  });

  switch (outcome.kind) {
    case "unknown":
      throw invalidRefresh();
    case "dead":
      // Expired, suspended, or signed out everywhere: nothing in this family may be used again.
      await revokeFamily(outcome.familyId);
      throw invalidRefresh();
    case "reuse":
      // Revoked after the transaction, so the revocation is committed even though we refuse.
      await revokeFamily(outcome.familyId);
      log.warn("refresh token reused: family revoked", { userId: outcome.userId, familyId: outcome.familyId });
      throw invalidRefresh();
    case "rotated":
      return {
        accessToken: await signAccessToken(outcome.userId, outcome.sessionVersion),
        refreshToken: outcome.refreshToken,
        expiresIn: ACCESS_TOKEN_TTL_SECONDS,
        tokenType: "Bearer",
      };
  }
}

/** Ends the family the token belongs to (sign-out on one device). Unknown tokens are ignored. */
export async function revokeRefreshToken(refreshToken: string): Promise<void> {
  if (typeof refreshToken !== "string" || refreshToken.length === 0 || refreshToken.length > 512) return;
  const row = await db.refreshToken.findUnique({ where: { tokenHash: hashToken(refreshToken) }, select: { familyId: true } });
  if (row) await revokeFamily(row.familyId);
}

/** Ends every refresh token the user holds (sign-out everywhere, password change or reset, suspension). */
export async function revokeAllRefreshTokens(userId: string): Promise<void> {
  if (!userId) throw new AppError("BAD_REQUEST", "A user id is required");
  await db.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}
