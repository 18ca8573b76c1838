// Resolves who is asking for the current web request. Pages, server actions and route handlers
// call getActor() / requireActor(); use cases receive the Actor and check permissions themselves.
import { cache } from "react";
import { db } from "../db";
import { AppError, unauthenticated } from "../errors";
import type { Actor } from "./actor";
import { auth } from "./next-auth";

export type { Actor } from "./actor";
export { isAdmin } from "./actor";

/** The signed-in, active user, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, status: true, sessionVersion: true, deletedAt: true, emailVerified: true },
  });
  const sessionVersion = (session as { sessionVersion?: number }).sessionVersion ?? 0;
  if (!user || user.status !== "ACTIVE" || user.deletedAt || user.sessionVersion !== sessionVersion) return null;
  return { userId: user.id, email: user.email, name: user.name, role: user.role, emailVerified: user.emailVerified !== null };
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw unauthenticated();
  return actor;
}

export async function requireAdmin(): Promise<Actor> {
  const actor = await requireActor();
  if (actor.role !== "ADMIN") throw new AppError("FORBIDDEN", "Admins only");
  return actor;
}
