// Reading orders: the buyer's list and one order in full (for the order page, the invoice and the
// API), and a seller's sub-orders. Someone else's order is NOT_FOUND, never FORBIDDEN.
import "server-only";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { db, type OrderStatus, type Prisma, type SubOrderStatus } from "../db";
import { notFound } from "../errors";
import type { CheckoutAddress } from "../checkout/checkout.schema";
import { roleFor } from "./change-status";
import { ZListOrdersQuery, ZOrderId, ZStoreOrdersQuery } from "./orders.schema";
import { expireOrder } from "./close-unpaid-order";
import { nextStatuses, type StatusActor } from "./status-machine";

const itemSelect = {
  id: true,
  productId: true,
  variantId: true,
  productTitle: true,
  variantTitle: true,
  sku: true,
  imageUrl: true,
  unitPriceCents: true,
  quantity: true,
  lineTotalCents: true,
  product: { select: { slug: true } },
} as const satisfies Prisma.OrderItemSelect;

const subOrderSelect = {
  id: true,
  status: true,
  subtotalCents: true,
  shippingCents: true,
  discountCents: true,
  taxCents: true,
  totalCents: true,
  refundedCents: true,
  shippingMethodName: true,
  carrier: true,
  trackingNumber: true,
  shippedAt: true,
  deliveredAt: true,
  cancelledAt: true,
  createdAt: true,
  store: { select: { id: true, name: true, slug: true, ownerId: true } },
  items: { select: itemSelect, orderBy: { id: "asc" } },
  statusEvents: { select: { id: true, fromStatus: true, toStatus: true, actorRole: true, note: true, createdAt: true }, orderBy: { createdAt: "asc" } },
  refunds: { select: { id: true, amountCents: true, status: true, reason: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} as const satisfies Prisma.SubOrderSelect;

const orderSelect = {
  id: true,
  number: true,
  buyerId: true,
  status: true,
  currency: true,
  email: true,
  subtotalCents: true,
  shippingCents: true,
  discountCents: true,
  taxCents: true,
  totalCents: true,
  shippingAddress: true,
  reservationExpiresAt: true,
  placedAt: true,
  paidAt: true,
  cancelledAt: true,
  coupon: { select: { code: true } },
  buyer: { select: { name: true } },
  subOrders: { select: subOrderSelect, orderBy: { createdAt: "asc" } },
  payments: { select: { id: true, status: true, provider: true, amountCents: true, refundedCents: true, checkoutUrl: true, createdAt: true }, orderBy: { createdAt: "desc" } },
} as const satisfies Prisma.OrderSelect;

/** The address stored on the order when it was placed: what checkout took (checkout.schema.ts). */
export type ShippingAddressSnapshot = CheckoutAddress;

/** The stored snapshot is JSON: optional lines left out of it (older or hand-made rows) read as null. */
function snapshot(json: Prisma.JsonValue): ShippingAddressSnapshot {
  const address = json as Partial<ShippingAddressSnapshot>;
  return {
    fullName: address.fullName ?? "",
    line1: address.line1 ?? "",
    line2: address.line2 ?? null,
    city: address.city ?? "",
    region: address.region ?? null,
    postalCode: address.postalCode ?? "",
    country: address.country ?? "",
    phone: address.phone ?? null,
  };
}

function view(order: Prisma.OrderGetPayload<{ select: typeof orderSelect }>, role: StatusActor) {
  const { buyerId: _buyerId, shippingAddress, subOrders, ...rest } = order;
  return {
    ...rest,
    shippingAddress: snapshot(shippingAddress),
    couponCode: order.coupon?.code ?? null,
    subOrders: subOrders.map(({ store: { ownerId: _ownerId, ...store }, ...part }) => ({
      ...part,
      store,
      /** What the viewer may do next with this part (buttons, API hints). */
      actions: nextStatuses(part.status, role).filter((s) => s !== "PAID"),
    })),
    canPay: order.status === "PENDING_PAYMENT" && role === "buyer",
  };
}

export type OrderView = ReturnType<typeof view>;

export async function getOrder({ actor, orderId }: { actor: Actor | null; orderId: string }): Promise<OrderView> {
  if (!ZOrderId.safeParse(orderId).success) throw notFound("Order");
  let order = await db.order.findUnique({ where: { id: orderId }, select: orderSelect });
  if (!order) throw notFound("Order");
  authorize(actor, "order:read", { kind: "order", buyerId: order.buyerId }, "Order");
  // Past its payment deadline but still open (its expiry job was lost): close it now, then show it.
  if (order.status === "PENDING_PAYMENT" && order.reservationExpiresAt && order.reservationExpiresAt <= new Date() && (await expireOrder(orderId))) {
    order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: orderSelect });
  }
  return view(order, order.buyerId === actor.userId ? "buyer" : "admin");
}

export { ZListOrdersQuery, ZStoreOrdersQuery };

export async function listOrders({ actor, query }: { actor: Actor | null; query?: unknown }) {
  authorize(actor, "order:read", { kind: "order", buyerId: actor?.userId ?? "" }, "Order");
  const { page, pageSize } = ZListOrdersQuery.parse(query ?? {});
  const where = { buyerId: actor.userId };
  const [total, orders] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({
      where,
      orderBy: { placedAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        number: true,
        status: true,
        totalCents: true,
        currency: true,
        placedAt: true,
        subOrders: {
          select: { id: true, status: true, store: { select: { name: true, slug: true } }, items: { select: { productTitle: true, imageUrl: true, quantity: true }, take: 4 } },
          orderBy: { createdAt: "asc" },
        },
      },
    }),
  ]);
  return { orders, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
export type OrderListPage = Awaited<ReturnType<typeof listOrders>>;

// ---- The seller's side ----


/** The seller's own store, for their order pages; FORBIDDEN without an approved store. */
export async function sellerStore(actor: Actor | null) {
  const store = actor ? await db.store.findUnique({ where: { ownerId: actor.userId }, select: { id: true, name: true, slug: true, ownerId: true, status: true } }) : null;
  authorize(actor, "seller:dashboard", store ? { kind: "store", ownerId: store.ownerId, status: store.status } : null);
  return store!;
}

export async function listStoreOrders({ actor, query }: { actor: Actor | null; query?: unknown }) {
  const store = await sellerStore(actor);
  const { status, page, pageSize } = ZStoreOrdersQuery.parse(query ?? {});
  const where: Prisma.SubOrderWhereInput = { storeId: store.id, ...(status ? { status } : {}) };
  const [total, counts, subOrders] = await Promise.all([
    db.subOrder.count({ where }),
    db.subOrder.groupBy({ by: ["status"], where: { storeId: store.id }, _count: { _all: true } }),
    db.subOrder.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        status: true,
        totalCents: true,
        createdAt: true,
        order: { select: { id: true, number: true, currency: true, buyer: { select: { name: true } }, shippingAddress: true } },
        items: { select: { productTitle: true, quantity: true }, orderBy: { id: "asc" } },
      },
    }),
  ]);
  return {
    store,
    subOrders: subOrders.map(({ order: { shippingAddress, ...order }, ...part }) => {
      const { fullName, city, country } = shippingAddress as ShippingAddressSnapshot;
      return { ...part, order: { ...order, shipTo: { fullName, city, country } } };
    }),
    counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<Record<SubOrderStatus, number>>,
    page,
    pageSize,
    total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
}
export type StoreOrderListPage = Awaited<ReturnType<typeof listStoreOrders>>;

/** One sub-order as its seller (or an admin) sees it: what to ship, where, and what can be done. */
export async function getStoreOrder({ actor, subOrderId }: { actor: Actor | null; subOrderId: string }) {
  if (typeof subOrderId !== "string" || subOrderId.length === 0 || subOrderId.length > 64) throw notFound("Order");
  const part = await db.subOrder.findUnique({
    where: { id: subOrderId },
    select: {
      ...subOrderSelect,
      order: { select: { id: true, number: true, status: true, currency: true, email: true, placedAt: true, paidAt: true, shippingAddress: true, buyerId: true, buyer: { select: { name: true } } } },
    },
  });
  if (!part) throw notFound("Order");
  authorize(actor, "sub-order:fulfil", { kind: "sub-order", storeOwnerId: part.store.ownerId }, "Order");
  const role = roleFor(actor, { buyerId: part.order.buyerId, storeOwnerId: part.store.ownerId })!;
  const sellerRole: StatusActor = role === "buyer" ? "admin" : role;
  const { order: { shippingAddress, buyerId: _buyerId, ...order }, store: { ownerId: _ownerId, ...store }, ...rest } = part;
  const refundedOrPending = part.refunds.filter((r) => r.status !== "FAILED").reduce((sum, r) => sum + r.amountCents, 0);
  return {
    ...rest,
    store,
    order: { ...order, shippingAddress: snapshot(shippingAddress) },
    // An unpaid order closes by itself; changeSubOrderStatus refuses a seller cancelling it, so it is not offered.
    actions: nextStatuses(part.status, sellerRole).filter(
      (s): s is "PREPARING" | "IN_TRANSIT" | "DELIVERED" | "CANCELLED" | "REFUNDED" => s !== "PAID" && !(s === "CANCELLED" && part.status === "PENDING_PAYMENT" && sellerRole === "seller"),
    ),
    refundableCents: ["PAID", "PREPARING", "IN_TRANSIT", "DELIVERED"].includes(part.status) && part.order.paidAt ? Math.max(0, part.totalCents - refundedOrPending) : 0,
  };
}
export type StoreOrderView = Awaited<ReturnType<typeof getStoreOrder>>;

export type { OrderStatus };
