// Name and phone. The email changes through its own verified flow, never here.
import type { Actor } from "../../auth/actor";
import { db } from "../../db";
import { activeUserId } from "./active-user";
import { profileSelect, toProfile, type Profile } from "./get-profile";
import { parseInput, ZUpdateProfileInput, type TUpdateProfileInput } from "./profile.schema";

export async function updateProfile({ actor, input }: { actor: Actor | null; input: TUpdateProfileInput | unknown }): Promise<Profile> {
  const userId = await activeUserId(actor, "profile:update");
  const { name, phone } = parseInput(ZUpdateProfileInput, input);
  const row = await db.user.update({
    where: { id: userId },
    data: { ...(name !== undefined ? { name } : {}), ...(phone !== undefined ? { phone } : {}) },
    select: profileSelect,
  });
  return toProfile(row);
}
