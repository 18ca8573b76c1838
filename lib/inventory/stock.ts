// Stock changes that sell or give back units, inside the caller's transaction. A sale is one
// conditional UPDATE per variant (… WHERE stock >= quantity): the check and the decrement are one
// statement, so simultaneous checkouts can never take the same unit twice, and the CHECK
// (stock >= 0) backs it up. Every change is written to the ledger with the stock after it.
// Variants are taken in id order, so two orders sharing variants cannot deadlock each other.
import "server-only";
import { z } from "zod";
import { refreshProductSummaries } from "../catalog/refresh-product-summary";
import type { DbTx, InventoryMovementType } from "../db";
import { AppError } from "../errors";

export const ZStockLine = z.object({ variantId: z.string().min(1), quantity: z.number().int().min(1).max(999) });
export type StockLine = z.infer<typeof ZStockLine>;

export interface StockChange {
  variantId: string;
  productId: string;
  /** Units moved: positive for sales and returns; signed (+ added, − removed) for adjustments. */
  quantity: number;
  stockAfter: number;
}

/** Why a seller changes stock by hand: restock, damage, correction (a count), return. */
export const stockAdjustmentTypes = ["IN", "DAMAGE", "ADJUSTMENT", "RETURN"] as const satisfies readonly InventoryMovementType[];
export type StockAdjustmentType = (typeof stockAdjustmentTypes)[number];

export const ZStockAdjustmentLine = z.object({
  variantId: z.string().min(1),
  /** Units to add (positive) or remove (negative). */
  delta: z.number().int().min(-1_000_000).max(1_000_000).refine((delta) => delta !== 0, "Enter a change other than 0"),
});
export type StockAdjustmentLine = z.infer<typeof ZStockAdjustmentLine>;

interface Movement {
  /** What the units are for, e.g. "order:<id>": the ledger groups by it. */
  reference: string;
  actorId?: string | null;
  note?: string;
}

/** Sums quantities per variant and orders by id: one UPDATE per variant, always in the same order. */
function merge(lines: readonly StockLine[]): StockLine[] {
  const byVariant = new Map<string, number>();
  for (const line of z.array(ZStockLine).min(1).parse(lines)) byVariant.set(line.variantId, (byVariant.get(line.variantId) ?? 0) + line.quantity);
  return [...byVariant].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([variantId, quantity]) => ({ variantId, quantity }));
}

/**
 * Takes the units off sale. All lines or none: the first line without enough stock throws
 * OUT_OF_STOCK (naming the SKU and what is left), and the caller's transaction rolls back.
 * Call catalogChanged({ productIds }) after the transaction commits.
 */
export async function reserveStock(tx: DbTx, lines: readonly StockLine[], movement: Movement): Promise<StockChange[]> {
  const changes: StockChange[] = [];
  for (const line of merge(lines)) {
    const [taken] = await tx.$queryRaw<{ product_id: string; stock: number }[]>`
      UPDATE product_variants SET stock = stock - ${line.quantity}, updated_at = now()
      WHERE id = ${line.variantId} AND active AND stock >= ${line.quantity}
      RETURNING product_id, stock`;
    if (!taken) throw await outOfStock(tx, line);
    changes.push({ variantId: line.variantId, productId: taken.product_id, quantity: line.quantity, stockAfter: taken.stock });
  }
  await record(tx, changes, "OUT", movement);
  return changes;
}

/**
 * Puts units back on sale (a cancelled order, an expired reservation, a return). The caller makes
 * sure it happens once per order, with a conditional status change in the same transaction.
 */
export async function releaseStock(tx: DbTx, lines: readonly StockLine[], movement: Movement & { type?: "RETURN" | "ADJUSTMENT" }): Promise<StockChange[]> {
  const changes: StockChange[] = [];
  for (const line of merge(lines)) {
    const [returned] = await tx.$queryRaw<{ product_id: string; stock: number }[]>`
      UPDATE product_variants SET stock = stock + ${line.quantity}, updated_at = now()
      WHERE id = ${line.variantId}
      RETURNING product_id, stock`;
    // A variant deleted since the sale has nowhere to go back to; the order keeps its snapshot.
    if (returned) changes.push({ variantId: line.variantId, productId: returned.product_id, quantity: line.quantity, stockAfter: returned.stock });
  }
  await record(tx, changes, movement.type ?? "RETURN", movement);
  return changes;
}

/**
 * Changes stock by a signed amount per variant, relative to what is there now: a sale committed
 * between a seller loading a form and saving it is never undone by the save. Variants in id order,
 * all or none: a change that would leave less than zero throws (naming the SKU and its stock), and
 * the caller's transaction rolls back. The caller checks the variants are the actor's to change.
 */
export async function adjustStock(tx: DbTx, lines: readonly StockAdjustmentLine[], movement: Movement & { type: StockAdjustmentType }): Promise<StockChange[]> {
  const byVariant = new Map<string, number>();
  for (const line of z.array(ZStockAdjustmentLine).min(1).parse(lines)) byVariant.set(line.variantId, (byVariant.get(line.variantId) ?? 0) + line.delta);
  const changes: StockChange[] = [];
  for (const [variantId, delta] of [...byVariant].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (delta === 0) continue;
    const [changed] = await tx.$queryRaw<{ product_id: string; stock: number }[]>`
      UPDATE product_variants SET stock = stock + ${delta}, updated_at = now()
      WHERE id = ${variantId} AND stock + ${delta} >= 0
      RETURNING product_id, stock`;
    if (!changed) {
      const variant = await tx.productVariant.findUnique({ where: { id: variantId }, select: { sku: true, stock: true } });
      if (!variant) throw new AppError("NOT_FOUND", "Variant not found");
      throw new AppError("UNPROCESSABLE", `${variant.sku} has ${variant.stock} in stock: ${-delta} cannot be taken off`, {
        fields: { [variantId]: [`Only ${variant.stock} in stock`] },
      });
    }
    changes.push({ variantId, productId: changed.product_id, quantity: delta, stockAfter: changed.stock });
  }
  await record(tx, changes, movement.type, movement);
  return changes;
}

async function record(tx: DbTx, changes: StockChange[], type: InventoryMovementType, movement: Movement): Promise<void> {
  if (changes.length === 0) return;
  const sign = type === "OUT" ? -1 : 1;
  await tx.inventoryMovement.createMany({
    data: changes.map((change) => ({
      variantId: change.variantId,
      type,
      quantity: sign * change.quantity,
      stockAfter: change.stockAfter,
      reference: movement.reference,
      actorId: movement.actorId ?? null,
      note: movement.note ?? null,
    })),
  });
  // Listings filter on the product's total stock: keep it in step in the same transaction.
  await refreshProductSummaries(tx, [...new Set(changes.map((change) => change.productId))]);
}

async function outOfStock(tx: DbTx, line: StockLine): Promise<AppError> {
  const variant = await tx.productVariant.findUnique({ where: { id: line.variantId }, select: { sku: true, stock: true, active: true, product: { select: { title: true } } } });
  if (!variant || !variant.active) {
    return new AppError("OUT_OF_STOCK", "An item in your cart is no longer sold", { fields: { [line.variantId]: ["No longer available"] } });
  }
  const left = Math.max(0, variant.stock);
  const message = left === 0 ? `${variant.product.title} (${variant.sku}) is sold out` : `Only ${left} left of ${variant.product.title} (${variant.sku})`;
  return new AppError("OUT_OF_STOCK", message, { fields: { [line.variantId]: [left === 0 ? "Sold out" : `Only ${left} left`] } });
}
