// The signed-in user's own row: every profile use case starts here, asks the authorization module,
// and refuses a deleted or suspended account (whose token may not have expired yet).
import type { Actor } from "../../auth/actor";
import { authorize, type Action, type ResourceFor } from "../../auth/authorize";
import { db } from "../../db";
import { unauthenticated } from "../../errors";

type SelfAction = { [A in Action]: ResourceFor<A> extends { kind: "user" } ? A : never }[Action];

export async function activeUserId(actor: Actor | null | undefined, action: SelfAction): Promise<string> {
  authorize(actor, action, { kind: "user", userId: actor?.userId ?? "" });
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { id: true, deletedAt: true, status: true } });
  if (!user || user.deletedAt || user.status !== "ACTIVE") throw unauthenticated();
  return user.id;
}
