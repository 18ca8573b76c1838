// "End sessions": bump the user's session version (web JWTs and mobile access tokens carry it and
// are refused once it differs) and revoke every refresh token, so nothing outlives the change.
import { revokeAllRefreshTokens } from "../auth/tokens";
import { db, type DbTx } from "../db";

/** Bumps the version inside the caller's transaction; revoke refresh tokens once it commits. */
export async function bumpSessionVersion(tx: DbTx, userId: string): Promise<number> {
  const { sessionVersion } = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return sessionVersion;
}

export async function endAllSessions(userId: string): Promise<number> {
  const sessionVersion = await bumpSessionVersion(db, userId);
  await revokeAllRefreshTokens(userId);
  return sessionVersion;
}
