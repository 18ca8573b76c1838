// What the site header shows about the visitor: who is signed in and how many items their cart
// holds. Served by GET /api/session and loaded in the browser, so pages render nothing per visitor.
import type { Actor } from "../auth/actor";
import { getCartCount } from "../cart/session";

export interface SessionSummary {
  user: { name: string | null; email: string; role: Actor["role"] } | null;
  cartCount: number;
}

export async function getSessionSummary(actor: Actor | null): Promise<SessionSummary> {
  return {
    user: actor ? { name: actor.name, email: actor.email, role: actor.role } : null,
    cartCount: await getCartCount(actor),
  };
}
