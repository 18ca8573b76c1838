// Finds or creates the owner's cart and locks its row for the rest of the transaction, so that
// concurrent changes to one cart (two tabs, a double click) apply one after the other instead of
// overwriting each other's quantities.
import { randomUUID } from "node:crypto";
import type { DbTx } from "../db";
import type { CartOwner } from "./cart-owner";

export async function lockCart(tx: DbTx, owner: CartOwner): Promise<string> {
  const userId = "userId" in owner ? owner.userId : null;
  const token = "anonymousToken" in owner ? owner.anonymousToken : null;
  await tx.$executeRaw`
    INSERT INTO carts (id, user_id, anonymous_token, created_at, updated_at)
    VALUES (${randomUUID()}, ${userId}, ${token}, now(), now())
    ON CONFLICT DO NOTHING`;
  const rows = userId
    ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM carts WHERE user_id = ${userId} FOR UPDATE`
    : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM carts WHERE anonymous_token = ${token} FOR UPDATE`;
  return rows[0]!.id;
}
