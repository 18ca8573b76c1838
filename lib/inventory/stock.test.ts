import { describe, expect, it } from "vitest";
import { db } from "../db";
import { AppError } from "../errors";
import { createProduct, refusal, unique } from "../testing/factories";
import { TX_OPTIONS } from "../orders/record-status";
import { adjustStock, releaseStock, reserveStock, ZStockAdjustmentLine } from "./stock";

// 50 buyers at once queue for the pool's connections: wait as checkout does (TX_OPTIONS), not Prisma's 2 s.
const reserveInOwnTransaction = (lines: { variantId: string; quantity: number }[], reference = unique("order")) =>
  db.$transaction((tx) => reserveStock(tx, lines, { reference }), TX_OPTIONS);

describe("[INVENTORY] stock", () => {
  it("sells exactly the stock there is to 50 simultaneous buyers, and the ledger adds up", async () => {
    const product = await createProduct({ stock: 10 });
    const variant = product.variants[0]!;
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => reserveInOwnTransaction([{ variantId: variant.id, quantity: 1 }])));

    const sold = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(sold).toHaveLength(10);
    expect(refused).toHaveLength(40);
    for (const r of refused) expect(r.reason).toMatchObject({ code: "OUT_OF_STOCK" });

    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(0);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).totalStock).toBe(0);
    const movements = await db.inventoryMovement.findMany({ where: { variantId: variant.id }, orderBy: { stockAfter: "desc" } });
    expect(movements).toHaveLength(10);
    expect(movements.reduce((sum, m) => sum + m.quantity, 0)).toBe(-10);
    expect(movements.map((m) => m.stockAfter)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
  });

  it("takes all lines or none, and says what is left", async () => {
    const plenty = await createProduct({ stock: 5 });
    const scarce = await createProduct({ stock: 2 });
    const error = await refusal(
      reserveInOwnTransaction([
        { variantId: plenty.variants[0]!.id, quantity: 1 },
        { variantId: scarce.variants[0]!.id, quantity: 2 },
        { variantId: scarce.variants[0]!.id, quantity: 1 },
      ]),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("OUT_OF_STOCK");
    expect(error.message).toMatch(/^Only 2 left of /);
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: plenty.variants[0]!.id } })).stock).toBe(5);
    expect(await db.inventoryMovement.count({ where: { variantId: plenty.variants[0]!.id } })).toBe(0);
  });

  it("refuses a variant that is no longer sold", async () => {
    const product = await createProduct({ stock: 5 });
    await db.productVariant.update({ where: { id: product.variants[0]!.id }, data: { active: false } });
    const error = await refusal(reserveInOwnTransaction([{ variantId: product.variants[0]!.id, quantity: 1 }]));
    expect(error).toMatchObject({ code: "OUT_OF_STOCK", message: "An item in your cart is no longer sold" });
  });

  it("never deadlocks when orders take the same variants in opposite orders", async () => {
    const a = await createProduct({ stock: 100 });
    const b = await createProduct({ stock: 100 });
    const [va, vb] = [a.variants[0]!.id, b.variants[0]!.id];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        reserveInOwnTransaction(i % 2 ? [{ variantId: va, quantity: 1 }, { variantId: vb, quantity: 1 }] : [{ variantId: vb, quantity: 1 }, { variantId: va, quantity: 1 }]),
      ),
    );
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: va } })).stock).toBe(80);
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: vb } })).stock).toBe(80);
  });

  it("gives units back with a RETURN entry", async () => {
    const product = await createProduct({ stock: 3 });
    const variantId = product.variants[0]!.id;
    const reference = unique("order");
    await reserveInOwnTransaction([{ variantId, quantity: 3 }], reference);
    await db.$transaction((tx) => releaseStock(tx, [{ variantId, quantity: 3 }], { reference, note: "order cancelled" }));
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock).toBe(3);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).totalStock).toBe(3);
    const ledger = await db.inventoryMovement.findMany({ where: { reference }, orderBy: { createdAt: "asc" } });
    expect(ledger.map((m) => [m.type, m.quantity, m.stockAfter])).toEqual([
      ["OUT", -3, 0],
      ["RETURN", 3, 3],
    ]);
  });
});

describe("[INVENTORY] adjustments", () => {
  const adjust = (lines: { variantId: string; delta: number }[], type: "IN" | "DAMAGE" | "ADJUSTMENT" | "RETURN" = "ADJUSTMENT") =>
    db.$transaction((tx) => adjustStock(tx, lines, { type, reference: unique("adjust"), note: "counted" }));

  it("adds and removes relative to the stock now, so a sale in between is kept", async () => {
    const product = await createProduct({ stock: 10 });
    const variant = product.variants[0]!;
    // A seller opened a form showing 10 and wants 15; meanwhile 3 were sold.
    await reserveInOwnTransaction([{ variantId: variant.id, quantity: 3 }]);
    await adjust([{ variantId: variant.id, delta: 5 }], "IN");
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(12);
    await adjust([{ variantId: variant.id, delta: -2 }], "DAMAGE");
    const movements = await db.inventoryMovement.findMany({ where: { variantId: variant.id }, orderBy: { createdAt: "asc" } });
    expect(movements.map((m) => [m.type, m.quantity, m.stockAfter])).toEqual([
      ["OUT", -3, 7],
      ["IN", 5, 12],
      ["DAMAGE", -2, 10],
    ]);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).totalStock).toBe(10);
  });

  it("never goes below zero: all lines or none", async () => {
    const a = await createProduct({ stock: 2 });
    const b = await createProduct({ stock: 5 });
    const error = await refusal(adjust([{ variantId: b.variants[0]!.id, delta: 1 }, { variantId: a.variants[0]!.id, delta: -3 }]));
    expect(error.message).toMatch(/has 2 in stock: 3 cannot be taken off/);
    expect((await db.productVariant.findUniqueOrThrow({ where: { id: b.variants[0]!.id } })).stock).toBe(5);
    expect(() => ZStockAdjustmentLine.parse({ variantId: "x", delta: 0 })).toThrow();
  });
});
