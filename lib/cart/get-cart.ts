// Reads a cart with what changed since each item was added (price, stock), grouped by seller.
import { db } from "../db";
import { effectiveVariantPrice } from "../catalog/pricing";
import { cartWhere, type CartOwner } from "./cart-owner";

export async function getCart(owner: CartOwner, now = new Date()) {
  const cart = await db.cart.findFirst({
    where: cartWhere(owner),
    select: {
      id: true,
      items: {
        orderBy: { addedAt: "asc" },
        select: {
          id: true,
          quantity: true,
          unitPriceCents: true,
          variant: {
            select: {
              id: true,
              title: true,
              sku: true,
              priceCents: true,
              stock: true,
              active: true,
              product: {
                select: {
                  slug: true,
                  title: true,
                  status: true,
                  priceCents: true,
                  flashSalePriceCents: true,
                  flashSaleStartsAt: true,
                  flashSaleEndsAt: true,
                  images: { select: { url: true, alt: true }, orderBy: { position: "asc" }, take: 1 },
                  store: { select: { id: true, name: true, slug: true, status: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const items = (cart?.items ?? []).map((item) => {
    const { variant } = item;
    const { product } = variant;
    const available = variant.active && product.status === "ACTIVE" && product.store.status === "APPROVED";
    const unitPriceCents = effectiveVariantPrice(product, variant.priceCents, now);
    return {
      id: item.id,
      quantity: item.quantity,
      variantId: variant.id,
      variantTitle: variant.title,
      sku: variant.sku,
      productSlug: product.slug,
      productTitle: product.title,
      image: product.images[0] ?? null,
      store: product.store,
      unitPriceCents,
      priceWhenAddedCents: item.unitPriceCents,
      priceChanged: item.unitPriceCents !== unitPriceCents,
      stock: available ? variant.stock : 0,
      available,
      lineTotalCents: unitPriceCents * item.quantity,
    };
  });
  const sellers = [...new Map(items.map((i) => [i.store.id, i.store])).values()].map((store) => ({
    store,
    items: items.filter((i) => i.store.id === store.id),
  }));
  return {
    id: cart?.id ?? null,
    sellers,
    itemCount: items.reduce((sum, i) => sum + i.quantity, 0),
    subtotalCents: items.filter((i) => i.available).reduce((sum, i) => sum + i.lineTotalCents, 0),
  };
}

export type CartView = Awaited<ReturnType<typeof getCart>>;

/** Item count for the header badge; cheap. */
export async function getCartCountFor(owner: CartOwner | null): Promise<number> {
  if (!owner) return 0;
  const result = await db.cartItem.aggregate({ where: { cart: cartWhere(owner) }, _sum: { quantity: true } });
  return result._sum.quantity ?? 0;
}

