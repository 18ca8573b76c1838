// Reads a cart with what changed since each item was added (price, stock), grouped by seller, and
// the coupon on it evaluated against the cart as it is now.
import { db, type DbTx } from "../db";
import { effectiveVariantPrice } from "../catalog/pricing";
import { evaluateCoupon } from "../coupons/evaluate-coupon";
import { cartWhere, type CartOwner } from "./cart-owner";
import { cartSelect } from "./cart-select";
import { MAX_ITEM_QUANTITY } from "./limits";

/** Said when a code is applied to, or kept on, a cart with nothing that can be bought. */
export const EMPTY_CART_COUPON_MESSAGE = "Add something to your cart before using a coupon code";

/** The owner's cart and its items at today's prices; `client` may be a transaction. */
export async function loadCartItems(client: DbTx, owner: CartOwner, now = new Date()) {
  const cart = await client.cart.findFirst({ where: cartWhere(owner), select: cartSelect });
  const items = (cart?.items ?? []).map((item) => {
    const { variant } = item;
    const { product } = variant;
    const { store } = product;
    const available = variant.active && product.status === "ACTIVE" && store.status === "APPROVED";
    const unitPriceCents = effectiveVariantPrice(product, variant.priceCents, now);
    const stock = available ? variant.stock : 0;
    return {
      id: item.id,
      quantity: item.quantity,
      variantId: variant.id,
      productId: product.id,
      variantTitle: variant.title,
      sku: variant.sku,
      productSlug: product.slug,
      productTitle: product.title,
      image: product.images[0] ?? null,
      store,
      unitPriceCents,
      priceWhenAddedCents: item.unitPriceCents,
      priceChanged: item.unitPriceCents !== unitPriceCents,
      stock,
      /** What a quantity picker may offer: the stock, up to the per-item cap. */
      maxQuantity: Math.min(stock, MAX_ITEM_QUANTITY),
      available,
      lineTotalCents: unitPriceCents * item.quantity,
    };
  });
  return { id: cart?.id ?? null, couponCode: cart?.couponCode ?? null, items };
}

type CartItemView = Awaited<ReturnType<typeof loadCartItems>>["items"][number];

/** What a coupon is evaluated against: the lines that can be bought. */
export function couponLines(items: CartItemView[]) {
  return items.filter((i) => i.available).map((i) => ({ storeId: i.store.id, lineTotalCents: i.lineTotalCents }));
}

export type CartCoupon =
  | { code: string; discountCents: number; discountByStore: Record<string, number> }
  | { code: string; error: string };

export async function getCart(owner: CartOwner, now = new Date()) {
  const { id, couponCode, items } = await loadCartItems(db, owner, now);
  const sellers = [...new Map(items.map((i) => [i.store.id, i.store])).values()].map((store) => ({
    store,
    items: items.filter((i) => i.store.id === store.id),
  }));
  // Only account carts hold codes (limits are per user). A code that stopped applying is reported
  // with its reason, so the shopper learns why the discount went away.
  let coupon: CartCoupon | null = null;
  if (couponCode && "userId" in owner) {
    const lines = couponLines(items);
    if (lines.length === 0) {
      coupon = { code: couponCode, error: EMPTY_CART_COUPON_MESSAGE };
    } else {
      const result = await evaluateCoupon(db, { code: couponCode, userId: owner.userId, lines, now });
      coupon = result.ok
        ? { code: result.coupon.code, discountCents: result.discountCents, discountByStore: result.discountByStore }
        : { code: couponCode, error: result.message };
    }
  }
  return {
    id,
    sellers,
    itemCount: items.reduce((sum, i) => sum + i.quantity, 0),
    subtotalCents: items.filter((i) => i.available).reduce((sum, i) => sum + i.lineTotalCents, 0),
    coupon,
  };
}

export type CartView = Awaited<ReturnType<typeof getCart>>;

/** Item count for the header badge; cheap. */
export async function getCartCountFor(owner: CartOwner | null): Promise<number> {
  if (!owner) return 0;
  const result = await db.cartItem.aggregate({ where: { cart: cartWhere(owner) }, _sum: { quantity: true } });
  return result._sum.quantity ?? 0;
}
