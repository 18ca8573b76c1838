// Product interactions (views, cart adds, wishlist saves, purchases) feed recommendations later.
// Recording one is never worth failing the request it follows: errors are logged and swallowed.
// Views are throttled: one viewer refreshing a page records one VIEW per product per half hour.
import { db, type InteractionType } from "../db";
import { logger } from "../log";

const log = logger("interactions");

export const VIEW_THROTTLE_MS = 30 * 60 * 1000;

/** Who interacted: the signed-in user, else an anonymous browser id (see interactionViewer). */
export interface InteractionViewer {
  userId?: string | null;
  anonymousId?: string | null;
}

export async function recordProductInteraction({
  productId,
  type,
  userId,
  anonymousId,
}: { productId: string; type: InteractionType } & InteractionViewer): Promise<void> {
  try {
    const viewer = userId ? { userId } : anonymousId ? { anonymousId } : null;
    if (type === "VIEW") {
      // Without anyone to attribute it to, a view cannot be throttled: it would let a refresh loop
      // inflate a product's popularity.
      if (!viewer) return;
      const since = new Date(Date.now() - VIEW_THROTTLE_MS);
      const recent = await db.productInteraction.findFirst({ where: { ...viewer, productId, type: "VIEW", createdAt: { gte: since } }, select: { id: true } });
      if (recent) return;
    }
    await db.productInteraction.create({ data: { productId, type, userId: userId ?? null, anonymousId: userId ? null : (anonymousId ?? null) } });
  } catch (error) {
    log.warn("product interaction not recorded", { productId, type, error });
  }
}

/**
 * A product page was viewed. Meant for Next's after(): pass the viewer resolved during the render
 * (interactionViewer), since request cookies cannot be read once the response is sent.
 */
export function recordProductView(productId: string, viewer: InteractionViewer | null | undefined): Promise<void> {
  return recordProductInteraction({ productId, type: "VIEW", userId: viewer?.userId, anonymousId: viewer?.anonymousId });
}
