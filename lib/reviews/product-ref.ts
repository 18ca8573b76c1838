// Reviews hang off a product the shopper can see: an ACTIVE product of an APPROVED store. The API
// names the product by id or slug; anything else (unknown, draft, suspended store) is NOT_FOUND.
import { db } from "../db";
import { notFound } from "../errors";

export interface ProductRef {
  id: string;
  slug: string;
  storeId: string;
}

export async function findReviewableProduct(idOrSlug: unknown): Promise<ProductRef> {
  if (typeof idOrSlug !== "string" || idOrSlug.length === 0 || idOrSlug.length > 200) throw notFound("Product");
  const product = await db.product.findFirst({
    where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }], status: "ACTIVE", store: { status: "APPROVED" } },
    select: { id: true, slug: true, storeId: true },
  });
  if (!product) throw notFound("Product");
  return product;
}

/** Any product by id or slug, whatever its state: authors may still edit or delete what they wrote. */
export async function findProduct(idOrSlug: unknown): Promise<ProductRef> {
  if (typeof idOrSlug !== "string" || idOrSlug.length === 0 || idOrSlug.length > 200) throw notFound("Product");
  const product = await db.product.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, select: { id: true, slug: true, storeId: true } });
  if (!product) throw notFound("Product");
  return product;
}
