// Orders for tests, made the way shoppers make them: a cart, checkout (placeOrder) and, unless told
// otherwise, a settled payment, so sub-orders, history, stock and the payment row are all real.
import { randomUUID } from "node:crypto";
import type { Actor } from "../auth/actor";
import { addToCart } from "../cart/add-to-cart";
import { applyCartCoupon } from "../cart/apply-coupon";
import { placeOrder } from "../checkout/place-order";
import { db } from "../db";
import { payOrder } from "../orders/pay-order";
import { lockOrder } from "../orders/record-status";
import { settleOrderPayment } from "../orders/settle-order-payment";
import { createActor, createProduct, createStore } from "./factories";

export const testShippingAddress = { fullName: "Ada Buyer", line1: "1 Quay Street", city: "Dublin", postalCode: "D02 X285", country: "IE" };

export type TestSeller = { store: { id: string; name: string }; seller: Actor };

/** An approved store and its owner as the Actor use cases receive. */
export async function createSeller(): Promise<TestSeller> {
  const { store, owner } = await createStore();
  return { store, seller: { userId: owner.id, email: owner.email, name: owner.name, role: "SELLER", emailVerified: true } };
}

/**
 * An order for `quantity` units of a fresh product of the seller's store (a new seller unless
 * given), placed by `buyer` (a new verified buyer unless given) and paid unless `paid` is false.
 */
export async function createPaidOrder(options: { seller?: TestSeller; buyer?: Actor; quantity?: number; priceCents?: number; paid?: boolean } = {}) {
  const seller = options.seller ?? (await createSeller());
  const buyer = options.buyer ?? (await createActor());
  const quantity = options.quantity ?? 1;
  const product = await createProduct({ storeId: seller.store.id, priceCents: options.priceCents ?? 2500, stock: quantity + 5 });
  const variant = product.variants[0]!;
  await addToCart({ owner: { userId: buyer.userId }, input: { variantId: variant.id, quantity } });
  const placed = await placeOrder({ actor: buyer, input: { address: testShippingAddress } });

  if (options.paid !== false && placed.status === "PENDING_PAYMENT") {
    // As the provider's webhook would leave it: the checkout's payment succeeded, then settled.
    const pending = await db.payment.findFirst({ where: { orderId: placed.orderId, status: "PENDING" }, select: { id: true } });
    const payment = pending
      ? await db.payment.update({ where: { id: pending.id }, data: { status: "SUCCEEDED" }, select: { id: true } })
      : await db.payment.create({
          data: { orderId: placed.orderId, payerId: buyer.userId, provider: "sandbox", providerRef: `test_${placed.orderId}`, amountCents: placed.totalCents, currency: placed.currency, status: "SUCCEEDED" },
          select: { id: true },
        });
    const { outcome } = await settleOrderPayment({ paymentId: payment.id });
    if (outcome !== "paid") throw new Error(`createPaidOrder: the payment settled as "${outcome}", not "paid"`);
  }

  const subOrder = await db.subOrder.findFirstOrThrow({ where: { orderId: placed.orderId, storeId: seller.store.id }, select: { id: true, status: true, totalCents: true } });
  return { ...seller, buyer, product, variant, orderId: placed.orderId, number: placed.number, subOrder };
}

/**
 * Marks an order already placed as paid, without the provider's round trip: a SUCCEEDED sandbox
 * payment for its total (so it can be refunded) and every part PAID, under the order's row lock.
 */
export async function markOrderPaid(orderId: string) {
  await db.$transaction(async (tx) => {
    await lockOrder(tx, orderId);
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { buyerId: true, totalCents: true, currency: true } });
    const payment = await tx.payment.create({
      data: { orderId, payerId: order.buyerId, provider: "sandbox", providerRef: `sbx_test_${orderId}`, amountCents: order.totalCents, currency: order.currency, status: "SUCCEEDED" },
      select: { id: true },
    });
    await payOrder(tx, orderId, "test", payment.id);
  });
}

/**
 * A cart with every kind of amount on it: two sellers (one charging 12.99 shipping, one shipping
 * free), odd prices so the discount and tax round, a 10 % coupon applied on the cart, and a
 * default address in Ireland (VAT 23 %). What checkout turns into an order with every total line.
 */
export async function createCartWithEverything() {
  await db.taxRate.upsert({ where: { country: "IE" }, create: { country: "IE", rateBps: 2300, label: "VAT" }, update: { rateBps: 2300, label: "VAT" } });
  const sellers = [await createSeller(), await createSeller()];
  await db.shippingMethod.create({ data: { storeId: sellers[0]!.store.id, name: "Courier", rateCents: 1299, minDays: 2, maxDays: 4 } });
  const buyer = await createActor();
  const products = [
    await createProduct({ storeId: sellers[0]!.store.id, priceCents: 2999, stock: 10 }),
    await createProduct({ storeId: sellers[1]!.store.id, priceCents: 1733, stock: 10 }),
  ];
  await addToCart({ owner: { userId: buyer.userId }, input: { variantId: products[0]!.variants[0]!.id, quantity: 2 } });
  await addToCart({ owner: { userId: buyer.userId }, input: { variantId: products[1]!.variants[0]!.id, quantity: 1 } });
  const code = `TEN-${randomUUID().slice(0, 8)}`.toUpperCase();
  await db.coupon.create({ data: { code, type: "PERCENT", value: 10 } });
  await applyCartCoupon({ owner: { userId: buyer.userId }, input: { code } });
  await db.address.create({ data: { userId: buyer.userId, kind: "SHIPPING", isDefault: true, ...testShippingAddress } });
  return { buyer, sellers, products, couponCode: code };
}
