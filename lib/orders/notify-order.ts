// Telling people about orders, from background jobs after the change committed: a stored
// notification and a realtime push on the buyer's private channel and the store's (an open order
// page updates without reload), and the email for the moment. Each runs once per status event:
// the notification is looked up by the event id first, so a retried job does not notify twice.
import "server-only";
import { queueEmail } from "../email";
import { db, type SubOrderStatus } from "../db";
import { getEnv } from "../env";
import { formatMoney } from "../money";
import { publishToStore, publishToUser } from "../realtime";
import type { ShippingAddressSnapshot } from "./get-order";
import { statusLabels } from "./status-machine";

export const ORDER_NOTIFICATION = "order.status_changed";
/** The realtime event name on user and store channels. */
export const ORDER_UPDATED_EVENT = "order.updated";

const orderUrl = (orderId: string) => `${getEnv().appUrl}/account/orders/${orderId}`;
const storeOrderUrl = (subOrderId: string) => `${getEnv().appUrl}/dashboard/orders/${subOrderId}`;

export interface OrderUpdate {
  statusEventId: string;
  orderId: string;
  orderNumber: number;
  subOrderId: string;
  storeName: string;
  status: SubOrderStatus;
  label: string;
  note: string | null;
}

async function storeOnce(userId: string, payload: OrderUpdate): Promise<boolean> {
  const already = await db.notification.findFirst({
    where: { userId, type: ORDER_NOTIFICATION, payload: { path: ["statusEventId"], equals: payload.statusEventId } },
    select: { id: true },
  });
  if (already) return false;
  await db.notification.create({ data: { userId, type: ORDER_NOTIFICATION, payload: { ...payload } } });
  return true;
}

const lines = (items: { productTitle: string; variantTitle: string; quantity: number; lineTotalCents: number }[], currency: string) =>
  items.map((item) => ({
    title: item.productTitle,
    variant: item.variantTitle === "Default" ? undefined : item.variantTitle,
    quantity: item.quantity,
    amount: formatMoney(item.lineTotalCents, currency),
  }));

/** What the destination country calls its tax ("VAT"), for the line that shows it. */
async function taxLabel(country: string): Promise<string> {
  const rate = await db.taxRate.findUnique({ where: { country }, select: { label: true } });
  return rate?.label ?? "Tax";
}

async function loadEvent(statusEventId: string) {
  return db.orderStatusEvent.findUnique({
    where: { id: statusEventId },
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      actorId: true,
      note: true,
      subOrder: {
        select: {
          id: true,
          storeId: true,
          subtotalCents: true,
          shippingCents: true,
          discountCents: true,
          taxCents: true,
          totalCents: true,
          shippingMethodName: true,
          carrier: true,
          trackingNumber: true,
          store: { select: { name: true, ownerId: true, owner: { select: { email: true } } } },
          items: { select: { productTitle: true, variantTitle: true, quantity: true, lineTotalCents: true, product: { select: { slug: true } } }, orderBy: { id: "asc" } },
          refunds: { where: { status: { in: ["PENDING", "SUCCEEDED"] } }, select: { amountCents: true } },
          order: {
            select: { id: true, number: true, currency: true, buyerId: true, shippingAddress: true, coupon: { select: { code: true } }, buyer: { select: { email: true, name: true } } },
          },
        },
      },
    },
  });
}

/** Notification and realtime push for one status change; returns whether this was the first time. */
export async function announceStatusChange({ statusEventId }: { statusEventId: string }): Promise<{ first: boolean }> {
  const event = await loadEvent(statusEventId);
  if (!event) return { first: false };
  const part = event.subOrder;
  const update: OrderUpdate = {
    statusEventId,
    orderId: part.order.id,
    orderNumber: part.order.number,
    subOrderId: part.id,
    storeName: part.store.name,
    status: event.toStatus,
    label: statusLabels[event.toStatus],
    note: event.note,
  };
  const [first] = await Promise.all([
    storeOnce(part.order.buyerId, update),
    // The seller hears of their own changes only on the channel (their other tabs refresh).
    event.actorId !== part.store.ownerId && event.toStatus !== "PENDING_PAYMENT" ? storeOnce(part.store.ownerId, update) : Promise.resolve(false),
  ]);
  await Promise.all([publishToUser(part.order.buyerId, ORDER_UPDATED_EVENT, update), publishToStore(part.storeId, ORDER_UPDATED_EVENT, update)]);
  return { first };
}

/** The email a status change calls for, if any. */
export async function emailStatusChange({ statusEventId }: { statusEventId: string }): Promise<{ sent: number }> {
  const event = await loadEvent(statusEventId);
  if (!event || event.fromStatus === event.toStatus) return { sent: 0 };
  const part = event.subOrder;
  const { order } = part;
  const currency = order.currency;
  const buyerName = order.buyer.name ?? "there";
  const base = { orderNumber: order.number, storeName: part.store.name };
  const shipTo = order.shippingAddress as ShippingAddressSnapshot;
  switch (event.toStatus) {
    case "PAID":
      await queueEmail({
        to: part.store.owner.email,
        template: "new-order",
        props: {
          ...base,
          paid: true,
          orderUrl: storeOrderUrl(part.id),
          items: lines(part.items, currency),
          subtotal: formatMoney(part.subtotalCents, currency),
          shipping: formatMoney(part.shippingCents, currency),
          discount: part.discountCents > 0 ? formatMoney(part.discountCents, currency) : undefined,
          couponCode: part.discountCents > 0 ? order.coupon?.code : undefined,
          // The seller's part carries its own share of the tax: without it the lines would not add up to the total.
          tax: part.taxCents > 0 ? formatMoney(part.taxCents, currency) : undefined,
          taxLabel: part.taxCents > 0 ? await taxLabel(shipTo.country) : undefined,
          total: formatMoney(part.totalCents, currency),
          shipTo: { ...shipTo, line2: shipTo.line2 ?? undefined, region: shipTo.region ?? undefined },
          shippingMethod: part.shippingMethodName ?? undefined,
        },
      });
      return { sent: 1 };
    case "IN_TRANSIT":
      await queueEmail({
        to: order.buyer.email,
        template: "order-shipped",
        props: { ...base, name: buyerName, carrier: part.carrier ?? "", trackingNumber: part.trackingNumber ?? "", orderUrl: orderUrl(order.id), items: lines(part.items, currency) },
      });
      return { sent: 1 };
    case "DELIVERED": {
      const reviews = part.items
        .filter((item) => item.product)
        .slice(0, 20)
        .map((item) => ({ title: item.productTitle, url: `${getEnv().appUrl}/p/${item.product!.slug}#write-review` }));
      await queueEmail({ to: order.buyer.email, template: "order-delivered", props: { ...base, name: buyerName, orderUrl: orderUrl(order.id), reviews } });
      return { sent: 1 };
    }
    case "CANCELLED": {
      const refunded = part.refunds.reduce((sum, r) => sum + r.amountCents, 0);
      const reason = event.note ?? "Cancelled";
      const refund = refunded > 0 ? formatMoney(refunded, currency) : undefined;
      await queueEmail({ to: order.buyer.email, template: "order-cancelled", props: { ...base, recipient: "buyer", name: buyerName, reason, refund, orderUrl: orderUrl(order.id) } });
      // The seller was told about the order only once it was paid; an unpaid one closes quietly for them.
      if (event.fromStatus === "PENDING_PAYMENT") return { sent: 1 };
      await queueEmail({ to: part.store.owner.email, template: "order-cancelled", props: { ...base, recipient: "seller", name: part.store.name, reason, refund, orderUrl: storeOrderUrl(part.id) } });
      return { sent: 2 };
    }
    default:
      return { sent: 0 };
  }
}

/** "Order placed" to the buyer, with every seller's part and, while unpaid, where to pay. */
export async function emailOrderPlaced({ orderId }: { orderId: string }): Promise<{ sent: boolean }> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      status: true,
      currency: true,
      subtotalCents: true,
      shippingCents: true,
      discountCents: true,
      taxCents: true,
      totalCents: true,
      shippingAddress: true,
      coupon: { select: { code: true } },
      buyer: { select: { email: true, name: true } },
      subOrders: {
        select: { shippingMethodName: true, store: { select: { name: true } }, items: { select: { productTitle: true, variantTitle: true, quantity: true, lineTotalCents: true }, orderBy: { id: "asc" } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!order) return { sent: false };
  const { currency } = order;
  const shipTo = order.shippingAddress as ShippingAddressSnapshot;
  await queueEmail({
    to: order.buyer.email,
    template: "order-placed",
    props: {
      name: order.buyer.name ?? "there",
      orderNumber: order.number,
      orderUrl: orderUrl(order.id),
      payUrl: order.status === "PENDING_PAYMENT" ? orderUrl(order.id) : undefined,
      sellers: order.subOrders.map((part) => ({ storeName: part.store.name, items: lines(part.items, currency), shippingMethod: part.shippingMethodName ?? undefined })),
      subtotal: formatMoney(order.subtotalCents, currency),
      shipping: formatMoney(order.shippingCents, currency),
      discount: order.discountCents > 0 ? formatMoney(order.discountCents, currency) : undefined,
      tax: order.taxCents > 0 ? formatMoney(order.taxCents, currency) : undefined,
      taxLabel: order.taxCents > 0 ? await taxLabel(shipTo.country) : undefined,
      total: formatMoney(order.totalCents, currency),
      couponCode: order.coupon?.code,
      shipTo: { ...shipTo, line2: shipTo.line2 ?? undefined, region: shipTo.region ?? undefined },
    },
  });
  return { sent: true };
}

/** After the provider confirmed a refund: tell the buyer (email, notification, push). */
export async function announceRefund({ refundId }: { refundId: string }): Promise<{ sent: boolean }> {
  const refund = await db.refund.findUnique({
    where: { id: refundId },
    select: {
      status: true,
      amountCents: true,
      reason: true,
      subOrder: { select: { id: true, totalCents: true, refundedCents: true, storeId: true, store: { select: { name: true } } } },
      payment: { select: { currency: true, order: { select: { id: true, number: true, buyerId: true, buyer: { select: { email: true, name: true } } } } } },
    },
  });
  const order = refund?.payment.order;
  if (!refund || refund.status !== "SUCCEEDED" || !order) return { sent: false };
  const storeName = refund.subOrder?.store.name ?? "Bazaar";
  const amount = formatMoney(refund.amountCents, refund.payment.currency);
  const already = await db.notification.findFirst({ where: { userId: order.buyerId, type: "order.refunded", payload: { path: ["refundId"], equals: refundId } }, select: { id: true } });
  if (already) return { sent: false };
  const payload = { refundId, orderId: order.id, orderNumber: order.number, storeName, amount };
  await db.notification.create({ data: { userId: order.buyerId, type: "order.refunded", payload } });
  await publishToUser(order.buyerId, ORDER_UPDATED_EVENT, payload);
  if (refund.subOrder) await publishToStore(refund.subOrder.storeId, ORDER_UPDATED_EVENT, payload);
  await queueEmail({
    to: order.buyer.email,
    template: "order-refunded",
    props: {
      name: order.buyer.name ?? "there",
      orderNumber: order.number,
      storeName,
      amount,
      full: refund.subOrder ? refund.subOrder.refundedCents >= refund.subOrder.totalCents : true,
      reason: refund.reason ?? undefined,
      orderUrl: orderUrl(order.id),
    },
  });
  return { sent: true };
}
