// The price of a checkout, worked out in one place for the summary page, the API preview and the
// order itself: per seller, the goods, the chosen shipping method (flat rate, free over the store's
// threshold), the seller's share of the coupon and the destination country's tax; then the sums.
// Tax is charged on the goods after discount (shipping is not taxed), rounded per seller parcel.
import "server-only";
import { loadCartItems } from "../cart/get-cart";
import { evaluateCoupon } from "../coupons/evaluate-coupon";
import { normalizeCouponCode } from "../coupons/refusals";
import type { DbTx } from "../db";

export const CURRENCY = "USD";

export interface QuoteLine {
  cartItemId: string;
  variantId: string;
  productId: string;
  productSlug: string;
  productTitle: string;
  variantTitle: string;
  sku: string;
  imageUrl: string | null;
  quantity: number;
  unitPriceCents: number;
  lineTotalCents: number;
  /** Units on sale now (0 when the item can no longer be bought). */
  stock: number;
  available: boolean;
}

export interface ShippingOption {
  /** null: the store has not set up shipping methods and ships free by standard post. */
  id: string | null;
  name: string;
  rateCents: number;
  freeOverCents: number | null;
  minDays: number;
  maxDays: number;
  /** What it costs for this parcel (0 over the free-shipping threshold). */
  costCents: number;
}

export interface SellerQuote {
  store: { id: string; name: string; slug: string };
  lines: QuoteLine[];
  shippingOptions: ShippingOption[];
  shipping: ShippingOption;
  subtotalCents: number;
  shippingCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
}

export interface CheckoutQuote {
  currency: string;
  sellers: SellerQuote[];
  subtotalCents: number;
  shippingCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  tax: { country: string; label: string; rateBps: number } | null;
  coupon: { id: string; code: string; discountCents: number } | null;
  /** Why the code given does not apply, in the shopper's words. */
  couponError: string | null;
  /** What must be fixed before the order can be placed (unavailable items, too few in stock). */
  problems: string[];
}

const DEFAULT_SHIPPING = { id: null, name: "Standard shipping", rateCents: 0, freeOverCents: null, minDays: 3, maxDays: 7 } as const;

/** The cart's lines at today's prices and stock, read as the cart page reads them. */
export async function loadCartLines(tx: DbTx, userId: string, now = new Date()): Promise<{ cartId: string | null; couponCode: string | null; lines: (QuoteLine & { store: SellerQuote["store"] })[] }> {
  const cart = await loadCartItems(tx, { userId }, now);
  const lines = cart.items.map((item) => ({
    cartItemId: item.id,
    variantId: item.variantId,
    productId: item.productId,
    productSlug: item.productSlug,
    productTitle: item.productTitle,
    variantTitle: item.variantTitle,
    sku: item.sku,
    imageUrl: item.image?.url ?? null,
    quantity: item.quantity,
    unitPriceCents: item.unitPriceCents,
    lineTotalCents: item.lineTotalCents,
    stock: item.stock,
    available: item.available,
    store: { id: item.store.id, name: item.store.name, slug: item.store.slug },
  }));
  return { cartId: cart.id, couponCode: cart.couponCode, lines };
}

/** Tax in cents on an amount at a rate in basis points, rounded half up. */
export function taxOn(amountCents: number, rateBps: number): number {
  return amountCents <= 0 || rateBps <= 0 ? 0 : Math.round((amountCents * rateBps) / 10_000);
}

export function shippingCost(method: Pick<ShippingOption, "rateCents" | "freeOverCents">, subtotalCents: number): number {
  return method.freeOverCents !== null && subtotalCents >= method.freeOverCents ? 0 : method.rateCents;
}

export async function buildQuote(
  tx: DbTx,
  input: {
    userId: string;
    lines: (QuoteLine & { store: SellerQuote["store"] })[];
    /** Destination country (ISO alpha-2); null before an address is chosen (no tax yet). */
    country: string | null;
    shipping: Record<string, string>;
    couponCode: string | null | undefined;
    now?: Date;
  },
): Promise<CheckoutQuote> {
  const { lines, country } = input;
  const problems: string[] = [];
  for (const line of lines) {
    if (!line.available) problems.push(`${line.productTitle} is no longer available: remove it from your cart`);
    else if (line.quantity > line.stock) {
      problems.push(line.stock === 0 ? `${line.productTitle} (${line.variantTitle}) is sold out` : `Only ${line.stock} left of ${line.productTitle} (${line.variantTitle})`);
    }
  }
  const buyable = lines.filter((line) => line.available);

  const storeIds = [...new Set(buyable.map((line) => line.store.id))];
  const [methods, rate] = await Promise.all([
    storeIds.length === 0
      ? []
      : tx.shippingMethod.findMany({
          where: { storeId: { in: storeIds }, active: true },
          orderBy: [{ position: "asc" }, { rateCents: "asc" }],
          select: { id: true, storeId: true, name: true, rateCents: true, freeOverCents: true, minDays: true, maxDays: true },
        }),
    country ? tx.taxRate.findUnique({ where: { country } }) : null,
  ]);

  const code = input.couponCode ? normalizeCouponCode(input.couponCode) : "";
  let coupon: CheckoutQuote["coupon"] = null;
  let couponError: string | null = null;
  let discountByStore: Record<string, number> = {};
  if (code && buyable.length > 0) {
    const evaluation = await evaluateCoupon(tx, {
      code,
      userId: input.userId,
      lines: buyable.map((line) => ({ storeId: line.store.id, lineTotalCents: line.lineTotalCents })),
      now: input.now,
    });
    if (evaluation.ok) {
      coupon = { id: evaluation.coupon.id, code: evaluation.coupon.code, discountCents: evaluation.discountCents };
      discountByStore = evaluation.discountByStore;
    } else couponError = evaluation.message;
  }

  const sellers: SellerQuote[] = storeIds.map((storeId) => {
    const storeLines = buyable.filter((line) => line.store.id === storeId);
    const subtotalCents = storeLines.reduce((sum, line) => sum + line.lineTotalCents, 0);
    const own = methods.filter((method) => method.storeId === storeId);
    const shippingOptions: ShippingOption[] = (own.length > 0 ? own : [DEFAULT_SHIPPING]).map(({ id, name, rateCents, freeOverCents, minDays, maxDays }) => ({
      id,
      name,
      rateCents,
      freeOverCents,
      minDays,
      maxDays,
      costCents: shippingCost({ rateCents, freeOverCents }, subtotalCents),
    }));
    const chosen = input.shipping[storeId];
    const shipping = shippingOptions.find((option) => option.id !== null && option.id === chosen) ?? shippingOptions[0]!;
    const discountCents = Math.min(discountByStore[storeId] ?? 0, subtotalCents);
    const taxCents = taxOn(subtotalCents - discountCents, rate?.rateBps ?? 0);
    return {
      store: storeLines[0]!.store,
      lines: storeLines.map(({ store: _store, ...line }) => line),
      shippingOptions,
      shipping,
      subtotalCents,
      shippingCents: shipping.costCents,
      discountCents,
      taxCents,
      totalCents: subtotalCents - discountCents + shipping.costCents + taxCents,
    };
  });
  const sum = (pick: (seller: SellerQuote) => number) => sellers.reduce((total, seller) => total + pick(seller), 0);
  return {
    currency: CURRENCY,
    sellers,
    subtotalCents: sum((s) => s.subtotalCents),
    shippingCents: sum((s) => s.shippingCents),
    discountCents: sum((s) => s.discountCents),
    taxCents: sum((s) => s.taxCents),
    totalCents: sum((s) => s.totalCents),
    tax: country ? { country, label: rate?.label ?? "Tax", rateBps: rate?.rateBps ?? 0 } : null,
    coupon,
    couponError,
    problems,
  };
}
