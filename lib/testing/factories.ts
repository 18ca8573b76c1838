// Test data factories: each call creates fresh rows with unique values, so tests never depend on
// an empty table or on each other.
import { randomUUID } from "node:crypto";
import type { Actor } from "../auth/actor";
import { db, type Role, type SubOrderStatus } from "../db";
import { AppError } from "../errors";

export const unique = (prefix = "t") => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function createUser(overrides: { role?: Role; email?: string; name?: string } = {}) {
  return db.user.create({
    data: {
      email: overrides.email ?? `${unique("user")}@example.test`,
      name: overrides.name ?? "Test User",
      role: overrides.role ?? "BUYER",
      emailVerified: new Date(),
    },
  });
}

export async function createStore(overrides: { status?: "PENDING" | "APPROVED" | "SUSPENDED" } = {}) {
  const owner = await createUser({ role: "SELLER" });
  const slug = unique("store");
  const store = await db.store.create({
    data: { ownerId: owner.id, slug, name: `Store ${slug}`, status: overrides.status ?? "APPROVED", approvedAt: new Date() },
  });
  return { owner, store };
}

export async function createCategory() {
  const slug = unique("cat");
  return db.category.create({ data: { slug, name: `Category ${slug}` } });
}

export async function createProduct(
  options: { storeId?: string; stock?: number; priceCents?: number; variants?: number; status?: "ACTIVE" | "DRAFT" | "ARCHIVED" } = {},
) {
  const storeId = options.storeId ?? (await createStore()).store.id;
  const category = await createCategory();
  const slug = unique("product");
  const priceCents = options.priceCents ?? 2500;
  const count = options.variants ?? 1;
  const stock = options.stock ?? 10;
  const product = await db.product.create({
    data: {
      storeId,
      categoryId: category.id,
      slug,
      title: `Product ${slug}`,
      status: options.status ?? "ACTIVE",
      priceCents,
      totalStock: stock * count,
      publishedAt: new Date(),
      variants: {
        create: Array.from({ length: count }, (_, i) => ({ sku: unique("sku"), title: `Variant ${i + 1}`, priceCents: priceCents + i * 100, stock, position: i })),
      },
    },
    include: { variants: { orderBy: { position: "asc" } } },
  });
  return product;
}

/**
 * An order by `buyerId` for one unit of the product's first variant, its sub-order in `status`
 * (DELIVERED unless told otherwise): what a shopper needs before reviewing the product.
 */
export async function createDeliveredOrder(options: {
  buyerId: string;
  product: { id: string; storeId: string; title: string; variants: { id: string; sku: string; title: string; priceCents: number }[] };
  status?: SubOrderStatus;
}) {
  const variant = options.product.variants[0];
  if (!variant) throw new Error("createDeliveredOrder needs a product with a variant");
  const status = options.status ?? "DELIVERED";
  const buyer = await db.user.findUniqueOrThrow({ where: { id: options.buyerId }, select: { email: true } });
  const cents = variant.priceCents;
  const paid = status !== "PENDING_PAYMENT";
  return db.order.create({
    data: {
      buyerId: options.buyerId,
      email: buyer.email,
      status: status === "DELIVERED" ? "FULFILLED" : status === "PENDING_PAYMENT" ? "PENDING_PAYMENT" : status === "CANCELLED" ? "CANCELLED" : "PAID",
      subtotalCents: cents,
      shippingCents: 0,
      totalCents: cents,
      shippingAddress: { fullName: "Test Buyer", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
      paidAt: paid ? new Date() : null,
      subOrders: {
        create: {
          storeId: options.product.storeId,
          status,
          subtotalCents: cents,
          shippingCents: 0,
          totalCents: cents,
          deliveredAt: status === "DELIVERED" ? new Date() : null,
          items: {
            create: {
              productId: options.product.id,
              variantId: variant.id,
              productTitle: options.product.title,
              variantTitle: variant.title,
              sku: variant.sku,
              unitPriceCents: cents,
              quantity: 1,
              lineTotalCents: cents,
            },
          },
        },
      },
    },
    include: { subOrders: true },
  });
}

/** A fresh buyer as the Actor use cases receive. */
export async function createActor(overrides: { role?: Role } = {}): Promise<Actor> {
  const user = await createUser(overrides);
  return { userId: user.id, email: user.email, name: user.name, role: user.role, emailVerified: true };
}

/** Awaits a promise that must be refused, and returns the AppError it was refused with. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${error === null ? "success" : String(error)}`);
  return error;
}
