// Past orders of the demo buyers: one to two stores per order, paid through the sandbox provider,
// each store's part moving through its status machine as far as the time since checkout allows.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../../lib/db";
import type { SeedProduct, SeedVariant } from "./catalog";
import type { People, SeedBuyer, SeedStore } from "./people";
import type { Random } from "./random";
import { DAY, HOUR, MINUTE, newId } from "./util";

export const DEMO_ORDERS = 64;
/** Buyers past this index have no orders: fresh accounts for walk-throughs. */
const BUYERS_WITH_ORDERS = 16;

type Stage = "PENDING_PAYMENT" | "PAID" | "PREPARING" | "IN_TRANSIT" | "DELIVERED";
const STAGES: Stage[] = ["PENDING_PAYMENT", "PAID", "PREPARING", "IN_TRANSIT", "DELIVERED"];

export interface DeliveredLine {
  buyerId: string;
  product: SeedProduct;
  deliveredAt: Date;
}

export interface Orders {
  orders: Prisma.OrderCreateManyInput[];
  subOrders: Prisma.SubOrderCreateManyInput[];
  items: Prisma.OrderItemCreateManyInput[];
  events: Prisma.OrderStatusEventCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
  redemptions: Prisma.CouponRedemptionCreateManyInput[];
  /** OUT movements, in the order the sales happened. */
  sales: { variant: SeedVariant; quantity: number; at: Date; orderId: string }[];
  delivered: DeliveredLine[];
  purchases: { buyerId: string; productId: string; at: Date }[];
  redemptionCounts: Map<string, number>;
}

function trackingNumber(rng: Random, carrier: string): string {
  if (carrier === "UPS") return `1Z${rng.hex(6).toUpperCase()}${rng.digits(10)}`;
  if (carrier === "USPS") return `9400${rng.digits(18)}`;
  if (carrier === "FedEx") return rng.digits(12);
  if (carrier === "Royal Mail") return `RM${rng.digits(9)}GB`;
  return rng.digits(12);
}

function pickLines(rng: Random, products: SeedProduct[], store: SeedStore, placedAt: Date) {
  const available = products.filter((p) => p.store.id === store.id && p.publishedAt && p.publishedAt.getTime() < placedAt.getTime() - HOUR);
  const weights = available.map((p) => (p.featured ? 5 : 1) + (p.flashSalePriceCents ? 2 : 0));
  const lines = new Map<string, { product: SeedProduct; variant: SeedVariant; quantity: number }>();
  const count = rng.weighted([1, 2, 3], [6, 3, 1]);
  for (let i = 0; i < count * 3 && lines.size < count && available.length > 0; i++) {
    const product = rng.weighted(available, weights);
    const variant = rng.pick(product.variants);
    const quantity = product.condition === "USED" ? 1 : rng.weighted([1, 2, 3], [15, 4, 1]);
    if (!lines.has(variant.id)) lines.set(variant.id, { product, variant, quantity });
  }
  return [...lines.values()];
}

export function buildOrders(rng: Random, now: Date, people: People, products: SeedProduct[]): Orders {
  const out: Orders = {
    orders: [],
    subOrders: [],
    items: [],
    events: [],
    payments: [],
    redemptions: [],
    sales: [],
    delivered: [],
    purchases: [],
    redemptionCounts: new Map(),
  };
  const active = products.filter((p) => p.status === "ACTIVE" || p.status === "ARCHIVED");
  const taxBps = new Map(people.taxRates.map((t) => [t.country, t.rateBps]));
  const usedWelcome = new Set<string>();
  // Skewed towards the last few days, so sellers find orders still to prepare and ship; oldest
  // first, so order numbers rise with time.
  const ages = Array.from({ length: DEMO_ORDERS }, () => 0.1 + 59.9 * rng.next() ** 1.7).sort((a, b) => b - a);

  for (const age of ages) {
    const buyer: SeedBuyer = people.buyers[rng.int(0, BUYERS_WITH_ORDERS - 1)]!;
    const placedAt = new Date(now.getTime() - age * DAY);
    const storeCount = rng.chance(0.3) ? 2 : 1;
    const stores = rng.sample(people.sellerStores, storeCount);
    const orderId = randomUUID();
    const paidAt = new Date(placedAt.getTime() + rng.int(1, 9) * MINUTE);
    const coupon = !usedWelcome.has(buyer.id) && rng.chance(0.3) ? "welcome" : rng.chance(0.1) ? "save5" : null;
    const subs: Prisma.SubOrderCreateManyInput[] = [];

    for (const store of stores) {
      const lines = pickLines(rng, active, store, placedAt);
      if (lines.length === 0) continue;
      const subOrderId = newId();
      const subtotal = lines.reduce((sum, l) => sum + l.variant.priceCents * l.quantity, 0);
      const method = rng.chance(0.8) ? store.standard : store.express;
      const shipping = method.freeOverCents !== null && subtotal >= method.freeOverCents ? 0 : method.rateCents;
      let discount = 0;
      if (coupon === "welcome") discount = Math.floor(subtotal / 10);
      if (coupon === "save5" && subs.length === 0 && subtotal >= 2500) discount = 500;
      const tax = Math.round(((subtotal - discount) * (taxBps.get(buyer.country.code) ?? 0)) / 10_000);

      // Each step follows the one before; the sub-order stops at the last step already in the past.
      const times: Date[] = [placedAt, paidAt];
      times.push(new Date(paidAt.getTime() + rng.float(3, 20) * HOUR));
      times.push(new Date(times[2]!.getTime() + rng.float(8, 40) * HOUR));
      times.push(new Date(times[3]!.getTime() + rng.float(1, 4) * DAY));
      const reached = times.filter((t) => t.getTime() < now.getTime() - 10 * MINUTE).length - 1;
      const status = STAGES[Math.max(1, reached)]!;
      const carrier = reached >= 3 ? rng.pick(buyer.country.carriers) : null;
      const tracking = carrier ? trackingNumber(rng, carrier) : null;

      subs.push({
        id: subOrderId,
        orderId,
        storeId: store.id,
        status,
        subtotalCents: subtotal,
        shippingCents: shipping,
        discountCents: discount,
        taxCents: tax,
        totalCents: subtotal + shipping + tax - discount,
        shippingMethodName: method.name,
        carrier,
        trackingNumber: tracking,
        shippedAt: reached >= 3 ? times[3] : null,
        deliveredAt: reached >= 4 ? times[4] : null,
        createdAt: placedAt,
      });
      for (let s = 0; s <= Math.max(1, reached); s++) {
        const seller = s === 2 || s === 3;
        out.events.push({
          id: newId(),
          subOrderId,
          fromStatus: s === 0 ? null : STAGES[s - 1],
          toStatus: STAGES[s]!,
          actorId: s === 0 ? buyer.id : seller ? store.ownerId : null,
          actorRole: s === 0 ? "BUYER" : seller ? "SELLER" : "SYSTEM",
          note: s === 1 ? "Payment confirmed" : s === 3 ? `Shipped with ${carrier}, tracking ${tracking}` : s === 4 ? "Delivered" : null,
          createdAt: times[s]!,
        });
      }
      for (const { product, variant, quantity } of lines) {
        out.items.push({
          id: newId(),
          subOrderId,
          productId: product.id,
          variantId: variant.id,
          productTitle: product.title,
          variantTitle: variant.title,
          sku: variant.sku,
          imageUrl: product.images[0]?.url ?? null,
          unitPriceCents: variant.priceCents,
          quantity,
          lineTotalCents: variant.priceCents * quantity,
        });
        variant.sold += quantity;
        product.unitsSold += quantity;
        out.sales.push({ variant, quantity, at: paidAt, orderId });
        out.purchases.push({ buyerId: buyer.id, productId: product.id, at: paidAt });
        if (reached >= 4) out.delivered.push({ buyerId: buyer.id, product, deliveredAt: times[4]! });
      }
    }
    if (subs.length === 0) continue;

    const sum = (key: "subtotalCents" | "shippingCents" | "discountCents" | "taxCents" | "totalCents") => subs.reduce((a, s) => a + (s[key] ?? 0), 0);
    const delivered = subs.filter((s) => s.status === "DELIVERED").length;
    const discount = sum("discountCents");
    const couponId = discount > 0 && coupon ? people.couponIds[coupon === "welcome" ? "welcome" : "save5"] : null;
    const paymentId = newId();
    out.orders.push({
      id: orderId,
      buyerId: buyer.id,
      status: delivered === subs.length ? "FULFILLED" : delivered > 0 ? "PARTIALLY_FULFILLED" : "PAID",
      email: buyer.email,
      subtotalCents: sum("subtotalCents"),
      shippingCents: sum("shippingCents"),
      discountCents: discount,
      taxCents: sum("taxCents"),
      totalCents: sum("totalCents"),
      couponId,
      shippingAddress: buyer.shippingAddress,
      reservationExpiresAt: new Date(placedAt.getTime() + 15 * MINUTE),
      placedAt,
      paidAt,
      paidPaymentId: paymentId,
    });
    out.subOrders.push(...subs);
    out.payments.push({
      id: paymentId,
      orderId,
      provider: "sandbox",
      providerRef: `sbx_${rng.hex(24)}`,
      status: "SUCCEEDED",
      amountCents: sum("totalCents"),
      createdAt: placedAt,
    });
    if (couponId) {
      if (coupon === "welcome") usedWelcome.add(buyer.id);
      out.redemptions.push({ id: newId(), couponId, userId: buyer.id, orderId, discountCents: discount, createdAt: paidAt });
      out.redemptionCounts.set(couponId, (out.redemptionCounts.get(couponId) ?? 0) + 1);
    }
  }
  return out;
}
