// Who is asking. Every use case takes an actor (or null for anonymous) and checks it itself.
import type { Role } from "../generated/prisma/enums";

export interface Actor {
  userId: string;
  email: string;
  name: string | null;
  role: Role;
  /** Whether the email address is confirmed (checkout, selling and messaging need it: assertVerified). */
  emailVerified?: boolean;
}

export const isAdmin = (actor: Actor | null | undefined): actor is Actor => actor?.role === "ADMIN";
