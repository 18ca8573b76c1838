// [INTERACTIONS] recorded without ever failing the caller; views throttled per viewer.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createActor, createProduct } from "@/lib/testing/factories";
import { recordProductInteraction, recordProductView } from "./record-interaction";
import { anonymousInteractionId } from "./viewer";

const views = (productId: string) => db.productInteraction.count({ where: { productId, type: "VIEW" } });

describe("[INTERACTIONS] product interactions", () => {
  it("records one VIEW per viewer and product per half hour", async () => {
    const product = await createProduct();
    const [a, b] = [await createActor(), await createActor()];
    await recordProductView(product.id, a);
    await recordProductView(product.id, a);
    await recordProductView(product.id, { userId: a.userId });
    expect(await views(product.id)).toBe(1);
    await recordProductView(product.id, b);
    const anonymousId = anonymousInteractionId("a".repeat(32));
    await recordProductView(product.id, { anonymousId });
    await recordProductView(product.id, { anonymousId });
    expect(await views(product.id)).toBe(3);
    // Nobody to attribute it to: not recorded (it could not be throttled).
    await recordProductView(product.id, null);
    expect(await views(product.id)).toBe(3);

    // An older view does not hold back a new one.
    await db.productInteraction.updateMany({ where: { productId: product.id, userId: a.userId }, data: { createdAt: new Date(Date.now() - 31 * 60 * 1000) } });
    await recordProductView(product.id, a);
    expect(await views(product.id)).toBe(4);
  });

  it("stores a hash, never the cart cookie itself, as the anonymous id", () => {
    const token = "b".repeat(40);
    const id = anonymousInteractionId(token);
    expect(id).toHaveLength(32);
    expect(id).not.toContain(token);
    expect(anonymousInteractionId(token)).toBe(id);
  });

  it("never throws into the caller, and logs what went wrong", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await expect(recordProductInteraction({ productId: "no-such-product", type: "WISHLIST", userId: "no-such-user" })).resolves.toBeUndefined();
    await expect(recordProductView("no-such-product", { userId: "no-such-user" })).resolves.toBeUndefined();
    expect(await db.productInteraction.count({ where: { productId: "no-such-product" } })).toBe(0);
    expect(logged.mock.calls.map(([line]) => JSON.parse(String(line)).message)).toEqual(["product interaction not recorded", "product interaction not recorded"]);
    logged.mockRestore();
  });
});
