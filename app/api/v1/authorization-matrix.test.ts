// Every /api/v1 route × who is asking → the status it must answer. The route list is read from the
// files under app/api/v1, so a new route (or method) without an entry here fails this test. The
// handlers are the real ones, called with real Bearer tokens.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { Secret, TOTP } from "otpauth";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { issueTokens } from "@/lib/auth/tokens";
import { confirmTwoFactorEnrollment, startTwoFactorEnrollment } from "@/lib/auth/two-factor";
import { db, type Role, type SubOrderStatus } from "@/lib/db";
import { createDeliveredOrder, createProduct, createStore, createUser, unique } from "@/lib/testing/factories";

// No web session here unless a test sets one (next-auth needs a live Next request).
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth", () => ({ getActor: async () => session.actor }));

const v1 = path.resolve(import.meta.dirname);

/** Every route file under app/api/v1: its OpenAPI-style path, directory and exported methods. */
function routes(dir = v1, prefix = ""): { path: string; file: string; methods: string[] }[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routes(full, `${prefix}/${entry.replace(/^\[(.+)\]$/, "{$1}")}`);
    if (entry !== "route.ts") return [];
    const methods = [...readFileSync(full, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
    return [{ path: prefix, file: full, methods }];
  });
}

const personas = ["anonymous", "buyer", "otherBuyer", "seller", "otherSeller", "admin"] as const;
type Persona = (typeof personas)[number];
interface Member {
  id: string;
  email: string;
  role: Role;
  password: string;
}
interface World {
  members: Record<Exclude<Persona, "anonymous">, Member>;
  productSlug: string;
  /** An address owned by `buyer`: nobody else may see or touch it, and no answer to them may contain it. */
  buyerAddressId: string;
}
interface Call {
  params?: Record<string, string>;
  /** The query string, from "?" */
  query?: string;
  body?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}
interface Entry {
  /**
   * The request each persona sends; `me` is who the Bearer token belongs to (undefined when anonymous).
   * Defaults to no body and no params.
   */
  call?: (who: Persona, world: World, me: Member | undefined) => Promise<Call> | Call;
  /** Destructive routes (account deletion) act as a fresh user with the persona's role. */
  fresh?: boolean;
  expect: Record<Persona, number>;
  /** Extra checks on the answer, e.g. that it shows the caller's own data or left a foreign row alone. */
  check?: (response: Response, who: Persona, world: World, me: Member | undefined, call: Call) => Promise<void>;
}

const all = (status: number): Record<Persona, number> => ({ anonymous: status, buyer: status, otherBuyer: status, seller: status, otherSeller: status, admin: status });
const signedIn = (status: number, anonymous = 401): Record<Persona, number> => ({ ...all(status), anonymous });
const ownerOnly = (owner: number): Record<Persona, number> => ({ anonymous: 401, buyer: owner, otherBuyer: 404, seller: 404, otherSeller: 404, admin: 404 });

const strongPassword = () => `Correct-Horse-${unique("pw")}`;
const freshRefreshToken = async () => (await issueTokens({ userId: (await createUser()).id })).refreshToken;
const asActor = (me: Member): Actor => ({ userId: me.id, email: me.email, name: "Test User", role: me.role });
const totp = (secret: string) => new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate();

/** Two-factor off and no pending enrolment, whatever earlier calls left behind. */
async function resetTwoFactor(userId: string) {
  await db.twoFactorSecret.deleteMany({ where: { userId } });
  await db.recoveryCode.deleteMany({ where: { userId } });
  await db.user.update({ where: { id: userId }, data: { twoFactorEnabledAt: null } });
}
/** Two-factor on; returns a recovery code (the TOTP step just used cannot be replayed). */
async function enableTwoFactor(me: Member): Promise<string> {
  await resetTwoFactor(me.id);
  const { secret } = await startTwoFactorEnrollment({ actor: asActor(me) });
  const { recoveryCodes } = await confirmTwoFactorEnrollment({ actor: asActor(me), code: totp(secret) });
  return recoveryCodes[0]!;
}
async function buyerAddress(world: World) {
  const address = await db.address.create({
    data: { userId: world.members.buyer.id, kind: "BILLING", fullName: "Buyer One", line1: "2 Side St", city: "Springfield", postalCode: "12345", country: "US" },
  });
  return address.id;
}
const addressStillThere = async (id: string, who: Persona) => {
  if (who !== "buyer") expect(await db.address.findUnique({ where: { id } }), `${who} must not change another's address`).toMatchObject({ city: "Springfield" });
};
/** A fresh product the buyer received and reviewed: each persona acts on its own copy. */
async function buyerReview(world: World) {
  const product = await createProduct();
  await createDeliveredOrder({ buyerId: world.members.buyer.id, product });
  const review = await db.review.create({ data: { productId: product.id, userId: world.members.buyer.id, rating: 4, body: "Good value for the price.", verifiedPurchase: true } });
  return { slug: product.slug, reviewId: review.id };
}
const reviewUntouched = async (reviewId: string, who: Persona, changedBy: Persona[]) => {
  if (!changedBy.includes(who)) expect(await db.review.findUnique({ where: { id: reviewId } }), `${who} must not change another's review`).toMatchObject({ rating: 4, status: "PUBLISHED" });
};
/** The world's product, saved to the buyer's wishlist (again, if an earlier call removed it). */
async function buyerSaved(world: World) {
  const { id } = await db.product.findUniqueOrThrow({ where: { slug: world.productSlug }, select: { id: true } });
  await db.wishlistItem.createMany({ data: [{ userId: world.members.buyer.id, productId: id }], skipDuplicates: true });
  return id;
}
const ownProfile = async (response: Response, _who: Persona, _world: World, me: Member | undefined) => {
  if (response.status === 200) expect((await response.json()).data.id).toBe(me!.id);
};
/** One of the world's product in `userId`'s cart, at quantity 1 whatever earlier calls did to it. */
async function cartItemOf(userId: string, world: World) {
  const { id: variantId, priceCents } = await db.productVariant.findFirstOrThrow({ where: { product: { slug: world.productSlug } }, select: { id: true, priceCents: true } });
  const cart = await db.cart.upsert({ where: { userId }, create: { userId }, update: {}, select: { id: true } });
  const item = await db.cartItem.upsert({
    where: { cartId_variantId: { cartId: cart.id, variantId } },
    create: { cartId: cart.id, variantId, quantity: 1, unitPriceCents: priceCents },
    update: { quantity: 1 },
    select: { id: true },
  });
  return { variantId, itemId: item.id };
}
const buyerCartItem = async (world: World) => (await cartItemOf(world.members.buyer.id, world)).itemId;
const cartItemUntouched = async (itemId: string, who: Persona) => {
  if (who !== "buyer") expect(await db.cartItem.findUnique({ where: { id: itemId }, select: { quantity: true } }), `${who} must not change another's cart`).toEqual({ quantity: 1 });
};

/** A fresh order by the buyer for one unit from the seller persona's store, its part in `status`; a paid one has a settled payment. */
async function buyerOrder(world: World, status: SubOrderStatus = "PAID") {
  const store = await db.store.findUniqueOrThrow({ where: { ownerId: world.members.seller.id }, select: { id: true } });
  const order = await createDeliveredOrder({ buyerId: world.members.buyer.id, product: await createProduct({ storeId: store.id }), status });
  if (status !== "PENDING_PAYMENT") {
    await db.payment.create({
      data: { orderId: order.id, payerId: world.members.buyer.id, provider: "sandbox", providerRef: unique("sbx_matrix"), amountCents: order.totalCents, currency: order.currency, status: "SUCCEEDED" },
    });
  }
  return { orderId: order.id, subOrderId: order.subOrders[0]!.id };
}
const subOrderStatus = async (subOrderId: string) => (await db.subOrder.findUniqueOrThrow({ where: { id: subOrderId }, select: { status: true } })).status;
/** The part starts PAID: only the personas in `changedBy` may have moved it. */
const partUntouched = async (subOrderId: string, who: Persona, changedBy: Persona[]) => {
  if (!changedBy.includes(who)) expect(await subOrderStatus(subOrderId), `${who} must not change another's order`).toBe("PAID");
};

const matrix: Record<string, Entry> = {
  "GET /categories": { expect: all(200) },
  "GET /products/{slug}": { call: (_w, world) => ({ params: { slug: world.productSlug } }), expect: all(200) },
  "GET /openapi.json": { expect: all(200) },

  "POST /auth/register": {
    call: () => ({ body: { email: `${unique("reg")}@example.test`, password: strongPassword(), name: "New Member" } }),
    expect: all(201),
  },
  // Anyone may sign in; each persona signs in as itself, the anonymous caller as the buyer.
  "POST /auth/login": {
    call: (who, world, me) => {
      const account = me ?? world.members.buyer;
      return { body: { email: account.email, password: account.password, deviceName: `matrix ${who}` } };
    },
    expect: all(200),
  },
  "POST /auth/refresh": { call: async () => ({ body: { refreshToken: await freshRefreshToken() } }), expect: all(200) },
  "POST /auth/logout": { call: async () => ({ body: { refreshToken: await freshRefreshToken() } }), expect: all(204) },
  "POST /auth/logout-all": { expect: signedIn(204) },
  "GET /auth/me": { expect: signedIn(200), check: ownProfile },
  // The personas' addresses are verified already: a code is accepted without being checked.
  "POST /auth/verify-email": { call: () => ({ body: { code: "123456" } }), expect: signedIn(200) },
  "POST /auth/verify-email/resend": { expect: signedIn(409) },
  "POST /auth/password/forgot": { call: () => ({ body: { email: `${unique("nobody")}@example.test` } }), expect: all(202) },
  "POST /auth/password/reset": { call: () => ({ body: { token: "x".repeat(43), password: strongPassword() } }), expect: all(400) },

  // Two-factor: each persona sets up its own; the state is reset before every call.
  "POST /auth/2fa/enroll": {
    call: async (_who, _world, me) => (me && (await resetTwoFactor(me.id)), {}),
    expect: signedIn(200),
  },
  "POST /auth/2fa/confirm": {
    call: async (_who, _world, me) => {
      if (!me) return { body: { code: "123456" } };
      await resetTwoFactor(me.id);
      return { body: { code: totp((await startTwoFactorEnrollment({ actor: asActor(me) })).secret) } };
    },
    expect: signedIn(200),
  },
  "POST /auth/2fa/disable": {
    call: async (_who, _world, me) => ({ body: { code: me ? await enableTwoFactor(me) : "123456" } }),
    expect: signedIn(204),
  },

  // The signed-in user's own profile and address book.
  "GET /me": { expect: signedIn(200), check: ownProfile },
  "PATCH /me": { call: () => ({ body: { name: "Renamed Member" } }), expect: signedIn(200), check: ownProfile },
  "POST /me/avatar": {
    call: async () => {
      const form = new FormData();
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#c83c14" } }).png().toBuffer();
      form.set("file", new File([new Uint8Array(png)], "me.png", { type: "image/png" }));
      return { form };
    },
    expect: signedIn(200),
    check: ownProfile,
  },
  // A store owner must have the store closed first (409).
  "POST /me/delete": {
    fresh: true,
    call: (_who, _world, me) => ({ body: { password: me?.password ?? "whatever-it-is" } }),
    expect: { ...signedIn(204), seller: 409, otherSeller: 409 },
  },
  "GET /me/addresses": {
    expect: signedIn(200),
    check: async (response, who, world) => {
      if (response.status !== 200) return;
      const ids = ((await response.json()).data as { id: string }[]).map((a) => a.id);
      expect(ids.includes(world.buyerAddressId)).toBe(who === "buyer");
    },
  },
  "POST /me/addresses": {
    call: () => ({ body: { kind: "SHIPPING", fullName: "Someone", line1: "3 High St", city: "Leeds", postalCode: "LS1 4AP", country: "GB" } }),
    expect: signedIn(201),
  },
  // Foreign ids: the buyer's address, asked for by everyone else, is simply not there.
  "PATCH /me/addresses/{id}": {
    call: async (_who, world) => ({ params: { id: await buyerAddress(world) }, body: { city: "Shelbyville" } }),
    expect: ownerOnly(200),
    check: async (_response, who, _world, _me, call) => addressStillThere(call.params!.id!, who),
  },
  "DELETE /me/addresses/{id}": {
    call: async (_who, world) => ({ params: { id: await buyerAddress(world) } }),
    expect: ownerOnly(204),
    check: async (_response, who, _world, _me, call) => addressStillThere(call.params!.id!, who),
  },

  // The catalog: listings, search and autocomplete are public and the same for everyone.
  "GET /products": { expect: all(200) },
  "GET /search": { expect: all(200) },
  "GET /search/suggest": { call: () => ({ query: "?q=lamp" }), expect: all(200) },

  // Reviews: only the buyer received the product; reviews are public, so others get 403, not 404.
  "GET /products/{slug}/reviews": { call: (_w, world) => ({ params: { slug: world.productSlug } }), expect: all(200) },
  "POST /products/{slug}/reviews": {
    call: async (who, world) => {
      const product = await createProduct();
      if (who === "buyer") await createDeliveredOrder({ buyerId: world.members.buyer.id, product });
      return { params: { slug: product.slug }, body: { rating: 5, body: "Exactly as described, arrived quickly." } };
    },
    expect: { anonymous: 401, buyer: 201, otherBuyer: 403, seller: 403, otherSeller: 403, admin: 403 },
  },
  "PATCH /products/{slug}/reviews/{reviewId}": {
    call: async (_who, world) => ({ params: await buyerReview(world), body: { rating: 1 } }),
    expect: { anonymous: 401, buyer: 200, otherBuyer: 403, seller: 403, otherSeller: 403, admin: 403 },
    check: async (_response, who, _world, _me, call) => reviewUntouched(call.params!.reviewId!, who, ["buyer"]),
  },
  // The author deletes; an admin removes.
  "DELETE /products/{slug}/reviews/{reviewId}": {
    call: async (_who, world) => ({ params: await buyerReview(world) }),
    expect: { anonymous: 401, buyer: 204, otherBuyer: 403, seller: 403, otherSeller: 403, admin: 204 },
    check: async (_response, who, _world, _me, call) => reviewUntouched(call.params!.reviewId!, who, ["buyer", "admin"]),
  },

  // The wishlist: always the caller's own.
  "GET /wishlist": {
    call: async (_who, world) => (await buyerSaved(world), {}),
    expect: signedIn(200),
    check: async (response, who, world) => {
      if (response.status !== 200) return;
      const slugs = ((await response.json()).data as { slug: string }[]).map((p) => p.slug);
      expect(slugs.includes(world.productSlug)).toBe(who === "buyer");
    },
  },
  "GET /wishlist/ids": {
    call: async (_who, world) => (await buyerSaved(world), {}),
    expect: all(200),
    check: async (response, who, world) => {
      const { data } = await response.json();
      expect(data.productIds.includes(await buyerSaved(world))).toBe(who === "buyer");
    },
  },
  "POST /wishlist": { call: async (_who, world) => ({ body: { productId: await buyerSaved(world) } }), expect: signedIn(200) },
  "DELETE /wishlist/{productId}": {
    call: async (_who, world) => ({ params: { productId: await buyerSaved(world) } }),
    expect: signedIn(204),
    check: async (_response, who, world, _me, call) => {
      const saved = await db.wishlistItem.findUnique({ where: { userId_productId: { userId: world.members.buyer.id, productId: call.params!.productId! } } });
      expect(saved !== null, `${who} must not touch the buyer's wishlist`).toBe(who !== "buyer");
    },
  },

  // The cart: always the caller's own account cart; another's item id is simply not there.
  "GET /cart": {
    call: async (_who, world) => (await buyerCartItem(world), {}),
    expect: signedIn(200),
    check: async (response, who, world) => {
      if (response.status !== 200) return;
      const ids = ((await response.json()).data.sellers as { items: { id: string }[] }[]).flatMap((seller) => seller.items.map((item) => item.id));
      expect(ids.includes(await buyerCartItem(world))).toBe(who === "buyer");
    },
  },
  "POST /cart/items": {
    call: async (_who, world) => ({ body: { variantId: (await cartItemOf(world.members.buyer.id, world)).variantId, quantity: 1 } }),
    expect: signedIn(201),
  },
  "PATCH /cart/items/{itemId}": {
    call: async (_who, world) => ({ params: { itemId: await buyerCartItem(world) }, body: { quantity: 2 } }),
    expect: ownerOnly(200),
    check: async (_response, who, _world, _me, call) => cartItemUntouched(call.params!.itemId!, who),
  },
  "DELETE /cart/items/{itemId}": {
    call: async (_who, world) => ({ params: { itemId: await buyerCartItem(world) } }),
    expect: ownerOnly(200),
    check: async (_response, who, _world, _me, call) => cartItemUntouched(call.params!.itemId!, who),
  },
  // Each persona puts a fresh code on its own cart (holding the world's product).
  "PUT /cart/coupon": {
    call: async (_who, world, me) => {
      if (me) await cartItemOf(me.id, world);
      const coupon = await db.coupon.create({ data: { code: unique("MATRIX").toUpperCase(), type: "PERCENT", value: 5 } });
      return { body: { code: coupon.code } };
    },
    expect: signedIn(200),
    check: async (response, _who, _world, _me, call) => {
      if (response.status === 200) expect((await response.json()).data.coupon.code).toBe((call.body as { code: string }).code);
    },
  },
  "DELETE /cart/coupon": {
    call: async (_who, world) => {
      await buyerCartItem(world);
      await db.cart.update({ where: { userId: world.members.buyer.id }, data: { couponCode: "BUYERS-CODE" } });
      return {};
    },
    expect: signedIn(200),
    check: async (_response, who, world) => {
      const cart = await db.cart.findUnique({ where: { userId: world.members.buyer.id }, select: { couponCode: true } });
      expect(cart?.couponCode ?? null, `${who} must not touch the buyer's coupon`).toBe(who === "buyer" ? null : "BUYERS-CODE");
    },
  },

  // Checkout: each persona previews and places its own cart (emptied, then one fresh product).
  "POST /checkout/preview": {
    call: async (_who, world) => (await buyerCartItem(world), { body: { address: { country: "US" } } }),
    expect: signedIn(200),
    check: async (response, who, world) => {
      if (response.status !== 200) return;
      const ids = ((await response.json()).data.sellers as { lines: { cartItemId: string }[] }[]).flatMap((seller) => seller.lines.map((line) => line.cartItemId));
      expect(ids.includes(await buyerCartItem(world))).toBe(who === "buyer");
    },
  },
  "POST /checkout": {
    call: async (_who, _world, me) => {
      if (me) {
        await db.cartItem.deleteMany({ where: { cart: { userId: me.id } } });
        await db.cart.updateMany({ where: { userId: me.id }, data: { couponCode: null } });
        const variantId = (await createProduct()).variants[0]!.id;
        const cart = await db.cart.upsert({ where: { userId: me.id }, create: { userId: me.id }, update: {}, select: { id: true } });
        await db.cartItem.create({ data: { cartId: cart.id, variantId, quantity: 1, unitPriceCents: 2500 } });
      }
      return {
        headers: { "idempotency-key": unique("matrix-checkout") },
        body: { address: { fullName: "Matrix Buyer", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" } },
      };
    },
    expect: signedIn(201),
    check: async (response, _who, _world, me) => {
      if (response.status !== 201) return;
      const { data } = await response.json();
      expect((await db.order.findUniqueOrThrow({ where: { id: data.orderId }, select: { buyerId: true } })).buyerId).toBe(me!.id);
    },
  },

  // The buyer's orders: another's order id is simply not there; an admin may look and cancel.
  "GET /orders": {
    call: async (_who, world) => ({ params: await buyerOrder(world) }),
    expect: signedIn(200),
    check: async (response, who, _world, _me, call) => {
      if (response.status !== 200) return;
      const ids = ((await response.json()).data as { id: string }[]).map((order) => order.id);
      expect(ids.includes(call.params!.orderId!)).toBe(who === "buyer");
    },
  },
  "GET /orders/{orderId}": {
    call: async (_who, world) => ({ params: { orderId: (await buyerOrder(world)).orderId } }),
    expect: { ...ownerOnly(200), admin: 200 },
  },
  "POST /orders/{orderId}/cancel": {
    call: async (_who, world) => ({ params: await buyerOrder(world), body: { reason: "Changed my mind" } }),
    expect: { ...ownerOnly(200), admin: 200 },
    check: async (_response, who, _world, _me, call) => partUntouched(call.params!.subOrderId!, who, ["buyer", "admin"]),
  },
  "POST /orders/{orderId}/pay": {
    call: async (_who, world) => ({ params: { orderId: (await buyerOrder(world, "PENDING_PAYMENT")).orderId } }),
    expect: { ...ownerOnly(200), admin: 200 },
  },

  // The seller's side: the seller persona's store holds the buyer's parts; other stores see none.
  "GET /seller/orders": {
    call: async (_who, world) => ({ params: await buyerOrder(world) }),
    expect: { anonymous: 401, buyer: 403, otherBuyer: 403, seller: 200, otherSeller: 200, admin: 403 },
    check: async (response, who, _world, _me, call) => {
      if (response.status !== 200) return;
      const ids = ((await response.json()).data as { id: string }[]).map((part) => part.id);
      expect(ids.includes(call.params!.subOrderId!)).toBe(who === "seller");
    },
  },
  "GET /seller/orders/{subOrderId}": {
    call: async (_who, world) => ({ params: { subOrderId: (await buyerOrder(world)).subOrderId } }),
    expect: { anonymous: 401, buyer: 404, otherBuyer: 404, seller: 200, otherSeller: 404, admin: 200 },
  },
  // The buyer cancels through /orders/{orderId}/cancel: the seller's route is not theirs (404).
  "POST /seller/orders/{subOrderId}/status": {
    call: async (_who, world) => ({ params: { subOrderId: (await buyerOrder(world)).subOrderId }, body: { status: "PREPARING" } }),
    expect: { anonymous: 401, buyer: 404, otherBuyer: 404, seller: 200, otherSeller: 404, admin: 200 },
    check: async (_response, who, _world, _me, call) => partUntouched(call.params!.subOrderId!, who, ["seller", "admin"]),
  },
  "POST /seller/orders/{subOrderId}/refunds": {
    call: async (_who, world) => ({ params: { subOrderId: (await buyerOrder(world)).subOrderId }, body: { reason: "Damaged in transit" } }),
    expect: { anonymous: 401, buyer: 404, otherBuyer: 404, seller: 201, otherSeller: 404, admin: 201 },
    check: async (_response, who, _world, _me, call) => {
      const refunds = await db.refund.count({ where: { subOrderId: call.params!.subOrderId! } });
      expect(refunds, `${who} must not refund another's order`).toBe(["seller", "admin"].includes(who) ? 1 : 0);
    },
  },
};

let world: World;

/** A user of that role with a password; sellers own an approved store. */
async function member(role: Role): Promise<Member> {
  const password = strongPassword();
  const user = role === "SELLER" ? (await createStore({ status: "APPROVED" })).owner : await createUser({ role });
  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password, 4) } });
  return { id: user.id, email: user.email, role, password };
}

beforeAll(async () => {
  const members = {
    buyer: await member("BUYER"),
    otherBuyer: await member("BUYER"),
    seller: await member("SELLER"),
    otherSeller: await member("SELLER"),
    admin: await member("ADMIN"),
  };
  const product = await createProduct();
  const address = await db.address.create({
    data: { userId: members.buyer.id, kind: "SHIPPING", fullName: "Buyer One", line1: "1 Main St", city: "Springfield", postalCode: "12345", country: "US" },
  });
  world = { members, productSlug: product.slug, buyerAddressId: address.id };
});

/** Calls the real handler for `method path`, with a freshly issued access token for `me` (none when anonymous). */
async function callRoute(file: string, routePath: string, method: string, me: Member | undefined, call: Call): Promise<Response> {
  const handlers = (await import(file)) as Record<string, (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>>;
  const headers = new Headers({ "user-agent": "authorization-matrix" });
  if (me) headers.set("authorization", `Bearer ${(await issueTokens({ userId: me.id })).accessToken}`);
  if (call.body !== undefined) headers.set("content-type", "application/json");
  for (const [name, value] of Object.entries(call.headers ?? {})) headers.set(name, value);
  const url = `http://localhost/api/v1${routePath.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(call.params?.[name] ?? name))}${call.query ?? ""}`;
  const body = call.form ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  return handlers[method]!(new NextRequest(url, { method, headers, body }), { params: Promise.resolve(call.params ?? {}) });
}

describe("[AUTHZ] /api/v1 authorization matrix", () => {
  const found = routes().flatMap((r) => r.methods.map((method) => ({ key: `${method} ${r.path}`, method, ...r })));

  it("has an entry for every route and method, and none for routes that do not exist", () => {
    expect(found.length).toBeGreaterThan(0);
    expect(Object.keys(matrix).sort()).toEqual(found.map((r) => r.key).sort());
  });

  for (const route of found) {
    it(`${route.key} answers each persona as expected`, async () => {
      const entry = matrix[route.key];
      if (!entry) return expect.fail(`no authorization matrix entry for ${route.key}`);
      const got: Record<string, number> = {};
      for (const who of personas) {
        const me = who === "anonymous" ? undefined : entry.fresh ? await member(world.members[who].role) : world.members[who];
        const call = (await entry.call?.(who, world, me)) ?? {};
        const response = await callRoute(route.file, route.path, route.method, me, call);
        got[who] = response.status;
        // Whatever the status, nobody but the buyer ever sees the buyer's address.
        if (who !== "buyer") expect(await response.clone().text()).not.toContain(world.buyerAddressId);
        await entry.check?.(response, who, world, me, call);
      }
      expect(got).toEqual(entry.expect);
    });
  }
});
