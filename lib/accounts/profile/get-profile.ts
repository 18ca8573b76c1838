// The signed-in user's profile, as the account page and GET /api/v1/me show it.
import type { Actor } from "../../auth/actor";
import { db, type Prisma } from "../../db";
import { unauthenticated } from "../../errors";
import { activeUserId } from "./active-user";

export const profileSelect = {
  id: true,
  email: true,
  name: true,
  phone: true,
  image: true,
  role: true,
  emailVerified: true,
  twoFactorEnabledAt: true,
  createdAt: true,
} as const satisfies Prisma.UserSelect;

type ProfileRow = Prisma.UserGetPayload<{ select: typeof profileSelect }>;

export interface Profile {
  id: string;
  email: string;
  name: string | null;
  phone: string | null;
  avatarUrl: string | null;
  role: string;
  emailVerified: boolean;
  twoFactorEnabled: boolean;
  createdAt: string;
}

export function toProfile(row: ProfileRow): Profile {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    avatarUrl: row.image,
    role: row.role,
    emailVerified: row.emailVerified !== null,
    twoFactorEnabled: row.twoFactorEnabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function getProfile({ actor }: { actor: Actor | null }): Promise<Profile> {
  const userId = await activeUserId(actor, "profile:read");
  const row = await db.user.findUnique({ where: { id: userId }, select: profileSelect });
  if (!row) throw unauthenticated();
  return toProfile(row);
}
