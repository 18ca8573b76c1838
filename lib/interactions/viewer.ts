// Who is looking, for interaction records: the signed-in user, else the browser's anonymous cart
// cookie. The cookie's value lets its holder use that cart, so only a hash of it is stored.
import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import type { Actor } from "../auth/actor";
import { CART_COOKIE } from "../cart/session";
import type { InteractionViewer } from "./record-interaction";

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;

export function anonymousInteractionId(cartToken: string): string {
  return createHash("sha256").update(`bazaar-interaction:${cartToken}`).digest("base64url").slice(0, 32);
}

/** Call while rendering (not inside after()): it reads the request's cookies. */
export async function interactionViewer(actor: Actor | null): Promise<InteractionViewer | null> {
  if (actor) return { userId: actor.userId };
  // No try/catch: during a prerender, cookies() throws on purpose to mark the page dynamic.
  const token = (await cookies()).get(CART_COOKIE)?.value;
  return token && TOKEN_PATTERN.test(token) ? { anonymousId: anonymousInteractionId(token) } : null;
}
