// Product and store ratings are denormalised (listings sort and show them), so every review change
// recomputes them from the published reviews in its own transaction. The product row is locked
// first, then its store's: concurrent changes to one product (or one store) queue up, and each
// recomputation runs after the previous change committed, in a statement that sees it. Always in
// that order (product, then store), so two review changes never wait on each other in a cycle.
import type { DbTx } from "../db";
import { notFound } from "../errors";

export interface LockedProduct {
  id: string;
  storeId: string;
  /** ACTIVE and its store APPROVED: shoppers can see it (and review it). */
  visible: boolean;
}

export async function lockProductForReviews(tx: DbTx, productId: string): Promise<LockedProduct> {
  const [product] = await tx.$queryRaw<{ id: string; store_id: string; visible: boolean }[]>`
    SELECT p.id, p.store_id, (p.status = 'ACTIVE' AND s.status = 'APPROVED') AS visible
      FROM products p JOIN stores s ON s.id = p.store_id
     WHERE p.id = ${productId}
       FOR UPDATE OF p`;
  if (!product) throw notFound("Product");
  await tx.$queryRaw`SELECT id FROM stores WHERE id = ${product.store_id} FOR UPDATE`;
  return { id: product.id, storeId: product.store_id, visible: product.visible };
}

/** Average (rounded to 2 decimals) and count of published reviews, for the product and its store. */
export async function refreshRatings(tx: DbTx, product: LockedProduct): Promise<void> {
  await tx.$executeRaw`
    UPDATE products p
       SET (rating_average, rating_count) = (
             SELECT coalesce(round(avg(r.rating)::numeric, 2), 0), count(*)::int
               FROM reviews r WHERE r.product_id = p.id AND r.status = 'PUBLISHED')
     WHERE p.id = ${product.id}`;
  await tx.$executeRaw`
    UPDATE stores s
       SET (rating_average, rating_count) = (
             SELECT coalesce(round(avg(r.rating)::numeric, 2), 0), count(*)::int
               FROM reviews r JOIN products p ON p.id = r.product_id
              WHERE p.store_id = s.id AND r.status = 'PUBLISHED')
     WHERE s.id = ${product.storeId}`;
}
