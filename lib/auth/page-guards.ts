// Guards for server-rendered pages: anonymous visitors go to sign-in and come back; signed-in
// users without the right role get the 403 page (never a blank page). Every page calls its guard
// itself, since a layout does not run again on client-side navigation.
import { forbidden, redirect } from "next/navigation";
import { db } from "../db";
import type { Actor } from "./actor";
import { can } from "./authorize";
import { getActor } from "./index";

export async function requirePageActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return actor;
}

export async function requireAdminPage(returnTo: string): Promise<Actor> {
  const actor = await requirePageActor(returnTo);
  if (!can(actor, "admin:access")) forbidden();
  return actor;
}

/** An approved seller and their store. */
export async function requireSellerPage(returnTo: string) {
  const actor = await requirePageActor(returnTo);
  const store = await db.store.findUnique({ where: { ownerId: actor.userId }, select: { id: true, name: true, slug: true, status: true, ownerId: true } });
  if (!store || !can(actor, "seller:dashboard", { kind: "store", ownerId: store.ownerId, status: store.status })) forbidden();
  // Selling needs a confirmed address: send the seller to confirm it, then straight back.
  if (!actor.emailVerified) redirect(`/verify-email?callbackUrl=${encodeURIComponent(returnTo)}`);
  return { actor, store };
}
