// Checkout: the signed-in shopper's cart becomes one order with a sub-order per seller, in one
// transaction that holds the cart's row lock (a double submit waits, then finds the cart empty):
// prices, shipping, coupon and tax from the same quote the summary showed; item snapshots; stock
// reserved by conditional updates (all lines or none); the coupon redeemed against its limits; the
// cart emptied. Then the payment starts. Stock stays held for 30 minutes unless paid.
// Replays of one submission (a double click, a retried API call) are answered by the idempotency
// layer in front of this function, not here.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { redeemCoupon } from "../coupons/redeem-coupon";
import { db, type DbTx } from "../db";
import { AppError, fieldErrorsFromZod, notFound } from "../errors";
import { reserveStock } from "../inventory/stock";
import { enqueue } from "../jobs";
import { logger } from "../log";
import { formatMoney } from "../money";
import { afterOrderChange, type OrderEffects } from "../orders/after-commit";
import { RESERVATION_MS } from "../orders/close-unpaid-order";
import { payOrder } from "../orders/pay-order";
import { ZOrderId } from "../orders/orders.schema";
import { TX_OPTIONS } from "../orders/record-status";
import { startPayment } from "../payments/start-payment";
import { lockCart } from "../cart/lock-cart";
import { MAX_ADDRESSES } from "../accounts/profile/address-book";
import { ZCheckoutInput, type CheckoutAddress, type CheckoutInput, type TCheckoutInput } from "./checkout.schema";
import { buildQuote, loadCartLines, type CheckoutQuote } from "./quote";

const log = logger("checkout");

export interface PlacedOrder {
  orderId: string;
  number: number;
  status: "PENDING_PAYMENT" | "PAID";
  totalCents: number;
  currency: string;
  /** Where to pay; null when nothing is due, or when the payment could not start (pay from the order page). */
  checkoutUrl: string | null;
  /** Set when the payment could not be started; the order is kept and can be paid later. */
  paymentError: string | null;
}

export function parseCheckoutInput(input: TCheckoutInput | unknown): CheckoutInput {
  const parsed = ZCheckoutInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION_FAILED", "Some checkout details are missing or invalid", { fields: fieldErrorsFromZod(parsed.error) });
  return parsed.data;
}

/** The shipping address for the order, from the address book (the shopper's own) or as typed. */
export async function resolveAddress(tx: DbTx, userId: string, input: Pick<CheckoutInput, "addressId" | "address">): Promise<CheckoutAddress> {
  if (input.address) return input.address;
  const found = await tx.address.findFirst({
    where: { id: input.addressId, userId },
    select: { fullName: true, line1: true, line2: true, city: true, region: true, postalCode: true, country: true, phone: true },
  });
  if (!found) throw new AppError("VALIDATION_FAILED", "Choose an address from your address book", { fields: { addressId: ["This address is not in your address book"] } });
  return found;
}

/** Refuses an order the shopper could not have agreed to as it stands. */
function assertPlaceable(quote: CheckoutQuote, input: CheckoutInput, couponCode: string | null) {
  if (quote.sellers.length === 0 && quote.problems.length === 0) throw new AppError("UNPROCESSABLE", "Your cart is empty", { fields: { cart: ["Your cart is empty"] } });
  if (quote.problems.length > 0) throw new AppError("OUT_OF_STOCK", quote.problems[0]!, { fields: { cart: quote.problems } });
  if (couponCode && quote.couponError) throw new AppError("UNPROCESSABLE", quote.couponError, { fields: { couponCode: [quote.couponError] } });
  if (input.expectedTotalCents !== undefined && input.expectedTotalCents !== quote.totalCents) {
    throw new AppError("PRICE_CHANGED", `The total is now ${formatMoney(quote.totalCents)} (it was ${formatMoney(input.expectedTotalCents)}): prices, stock or shipping changed. Check your order and place it again.`, {
      fields: { expectedTotalCents: [`The total is now ${formatMoney(quote.totalCents)}`] },
    });
  }
}

/** `origin`: where the shopper pays and returns (publicOrigin of their request); APP_URL by default. */
export async function placeOrder({ actor, input, origin, now = new Date() }: { actor: Actor | null; input: TCheckoutInput | unknown; origin?: string; now?: Date }): Promise<PlacedOrder> {
  authorize(actor, "checkout:place");
  const checkout = parseCheckoutInput(input);
  const orderId = randomUUID();

  const placed = await db.$transaction(
    async (tx) => {
      await lockCart(tx, { userId: actor.userId });
      const address = await resolveAddress(tx, actor.userId, checkout);
      const cart = await loadCartLines(tx, actor.userId, now);
      // An explicit code (even empty) wins over the one saved on the cart.
      const couponCode = checkout.couponCode !== undefined ? checkout.couponCode : cart.couponCode;
      const quote = await buildQuote(tx, { userId: actor.userId, lines: cart.lines, country: address.country, shipping: checkout.shipping, couponCode, now });
      assertPlaceable(quote, checkout, couponCode ?? null);

      const order = await tx.order.create({
        data: {
          id: orderId,
          buyerId: actor.userId,
          email: actor.email,
          currency: quote.currency,
          subtotalCents: quote.subtotalCents,
          shippingCents: quote.shippingCents,
          discountCents: quote.discountCents,
          taxCents: quote.taxCents,
          totalCents: quote.totalCents,
          couponId: quote.coupon?.id ?? null,
          shippingAddress: address,
          reservationExpiresAt: new Date(now.getTime() + RESERVATION_MS),
          placedAt: now,
        },
        select: { number: true },
      });
      for (const seller of quote.sellers) {
        await tx.subOrder.create({
          data: {
            orderId,
            storeId: seller.store.id,
            subtotalCents: seller.subtotalCents,
            shippingCents: seller.shippingCents,
            discountCents: seller.discountCents,
            taxCents: seller.taxCents,
            totalCents: seller.totalCents,
            shippingMethodName: seller.shipping.name,
            items: {
              createMany: {
                data: seller.lines.map((line) => ({
                  productId: line.productId,
                  variantId: line.variantId,
                  productTitle: line.productTitle,
                  variantTitle: line.variantTitle,
                  sku: line.sku,
                  imageUrl: line.imageUrl,
                  unitPriceCents: line.unitPriceCents,
                  quantity: line.quantity,
                  lineTotalCents: line.lineTotalCents,
                })),
              },
            },
            statusEvents: { create: { fromStatus: null, toStatus: "PENDING_PAYMENT", actorId: actor.userId, actorRole: "BUYER", note: "Order placed" } },
          },
        });
      }
      const stock = await reserveStock(
        tx,
        quote.sellers.flatMap((seller) => seller.lines.map((line) => ({ variantId: line.variantId, quantity: line.quantity }))),
        { reference: `order:${orderId}`, actorId: actor.userId },
      );
      if (quote.coupon) await redeemCoupon(tx, { couponId: quote.coupon.id, userId: actor.userId, orderId, discountCents: quote.coupon.discountCents });
      if (cart.cartId) {
        await tx.cartItem.deleteMany({ where: { cartId: cart.cartId } });
        await tx.cart.update({ where: { id: cart.cartId }, data: { couponCode: null } });
      }
      // Nothing to pay (a full discount and free shipping): paid on the spot.
      const effects: OrderEffects = quote.totalCents === 0 ? await payOrder(tx, orderId, "Nothing to pay") : {};
      return { number: order.number, quote, address, productIds: stock.map((change) => change.productId), effects };
    },
    TX_OPTIONS,
  );

  await afterOrderChange({ productIds: placed.productIds, changes: placed.effects.changes });
  try {
    await enqueue("order/placed", { orderId });
  } catch (error) {
    log.error("could not start the order's follow-up jobs", { orderId, error });
  }
  if (checkout.saveAddress && checkout.address) await saveToAddressBook(actor.userId, checkout.address);
  log.info("order placed", { orderId, number: placed.number, totalCents: placed.quote.totalCents, sellers: placed.quote.sellers.length, actorId: actor.userId });

  const result: PlacedOrder = {
    orderId,
    number: placed.number,
    status: placed.quote.totalCents === 0 ? "PAID" : "PENDING_PAYMENT",
    totalCents: placed.quote.totalCents,
    currency: placed.quote.currency,
    checkoutUrl: null,
    paymentError: null,
  };
  if (placed.quote.totalCents === 0) return result;
  try {
    const payment = await payForOrder({ actor, orderId, origin });
    result.checkoutUrl = payment.checkoutUrl;
  } catch (error) {
    // The order and its reserved stock stay; the shopper can pay from the order page until it expires.
    log.error("payment could not start after the order was placed", { orderId, error });
    result.paymentError = error instanceof AppError ? error.message : "Payments are unavailable right now; pay from your order page";
  }
  return result;
}

/** Starts (or restarts) paying an order still awaiting payment: the order's own total, nothing else. */
export async function payForOrder({ actor, orderId, origin }: { actor: Actor | null; orderId: string; origin?: string }) {
  if (!ZOrderId.safeParse(orderId).success) throw notFound("Order");
  const order = await db.order.findUnique({ where: { id: orderId }, select: { buyerId: true, number: true, totalCents: true, currency: true, status: true } });
  if (!order) throw notFound("Order");
  authorize(actor, "order:read", { kind: "order", buyerId: order.buyerId }, "Order");
  return startPayment({
    actor,
    origin,
    orderId,
    amountCents: order.totalCents,
    currency: order.currency,
    description: `Bazaar order #${order.number}`,
    successUrl: `/checkout/complete/${orderId}`,
    cancelUrl: `/account/orders/${orderId}?payment=cancelled`,
  });
}

async function saveToAddressBook(userId: string, address: CheckoutAddress) {
  try {
    const count = await db.address.count({ where: { userId } });
    if (count >= MAX_ADDRESSES) return;
    await db.address.create({ data: { userId, kind: "SHIPPING", ...address, isDefault: count === 0 } });
  } catch (error) {
    log.warn("could not save the checkout address to the address book", { userId, error });
  }
}
