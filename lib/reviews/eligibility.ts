// Only shoppers who received the product may review it: a sub-order of theirs that contains it has
// been DELIVERED. Paid, shipped, cancelled or refunded orders do not count.
import type { DbTx } from "../db";

export const NOT_ELIGIBLE_MESSAGE = "Only shoppers who received this item can review it";

export async function hasReceivedProduct(tx: DbTx, userId: string, productId: string): Promise<boolean> {
  const item = await tx.orderItem.findFirst({
    where: { productId, subOrder: { status: "DELIVERED", order: { buyerId: userId } } },
    select: { id: true },
  });
  return item !== null;
}
