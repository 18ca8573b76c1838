// Every review change expires cached catalog data (catalogChanged), so one account editing in a
// loop could keep the whole catalog cache cold. Shoppers get a generous hourly budget; moderators
// removing reviews are not limited.
import type { Actor } from "../auth/actor";
import { can } from "../auth/authorize";
import { enforceRateLimit } from "../cache";

export const REVIEW_WRITES_PER_HOUR = 20;

export async function limitReviewWrites(actor: Actor): Promise<void> {
  if (can(actor, "admin:access")) return;
  await enforceRateLimit({
    name: "review-write",
    key: actor.userId,
    limit: REVIEW_WRITES_PER_HOUR,
    windowSeconds: 3600,
    message: "You have changed reviews many times in the last hour. Try again later.",
  });
}
