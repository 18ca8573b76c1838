// Who is asking an /api/v1 request: a mobile app with a Bearer access token, or a browser with the
// web session. Both resolve the same Actor. A request that presents a Bearer token is judged on
// that token alone: a bad one is a 401, never a quiet fall-back to whatever cookie came along.
import { db } from "../db";
import { unauthenticated } from "../errors";
import type { Actor } from "./actor";
import { getActor } from "./index";
import { verifyAccessToken } from "./tokens";

const BEARER = /^Bearer +([A-Za-z0-9\-_.~+/]+=*) *$/i;

/** The actor behind the request, or null when it carries neither a Bearer token nor a session. */
export async function getRequestActor(request: Request): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (header === null || header.trim() === "") return getActor();

  const token = BEARER.exec(header)?.[1];
  const claims = token ? await verifyAccessToken(token) : null;
  if (!claims) throw unauthenticated("The access token is invalid or has expired");

  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, status: true, sessionVersion: true, deletedAt: true, emailVerified: true },
  });
  // A suspension or a sign-out everywhere ends the token at once, not when it expires.
  if (!user || user.status !== "ACTIVE" || user.deletedAt || user.sessionVersion !== claims.sessionVersion) {
    throw unauthenticated("The access token is no longer valid; sign in again");
  }
  return { userId: user.id, email: user.email, name: user.name, role: user.role, emailVerified: user.emailVerified !== null };
}
