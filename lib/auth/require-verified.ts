// Checking out, selling and messaging need a confirmed email address; browsing and the cart do not.
import { AppError } from "../errors";
import type { Actor } from "./actor";

export const VERIFY_FIRST = "Verify your email address first";

/** Throws FORBIDDEN unless the actor's email is verified (an actor without the flag counts as unverified). */
export function assertVerified(actor: Actor & { emailVerified?: boolean }): void {
  if (actor.emailVerified !== true) throw new AppError("FORBIDDEN", VERIFY_FIRST);
}
