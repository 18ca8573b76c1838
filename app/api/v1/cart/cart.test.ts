// [API v1] /cart, called as a mobile app would: the real handlers with real Bearer tokens.
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { issueTokens } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { createProduct, createUser, unique } from "@/lib/testing/factories";
import { DELETE as removeCoupon, PUT as applyCoupon } from "./coupon/route";
import { DELETE as removeItem, PATCH as updateItem } from "./items/[itemId]/route";
import { POST as addItem } from "./items/route";
import { GET as readCart, type GetCartResponse } from "./route";

vi.mock("@/lib/auth", () => ({ getActor: async () => null }));

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

async function member() {
  const user = await createUser();
  return { user, token: (await issueTokens({ userId: user.id })).accessToken };
}

function call<P>(handler: Handler<P>, { token, json, raw, params, method = "GET" }: { token?: string; json?: unknown; raw?: string; params?: P; method?: string }) {
  const headers = new Headers();
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (json !== undefined || raw !== undefined) headers.set("content-type", "application/json");
  const body = raw ?? (json === undefined ? undefined : JSON.stringify(json));
  return handler(new NextRequest("http://localhost/api/v1/cart", { method, headers, body }), { params: Promise.resolve((params ?? {}) as P) });
}

const cartOf = async (response: Response) => ((await response.json()) as GetCartResponse).data;

describe("[API v1] /cart", () => {
  it("requires a signed-in caller on every route", async () => {
    const product = await createProduct();
    const params = { itemId: "anything" };
    const answers = await Promise.all([
      call(readCart, {}),
      call(addItem, { method: "POST", json: { variantId: product.variants[0]!.id, quantity: 1 } }),
      call(updateItem, { method: "PATCH", params, json: { quantity: 1 } }),
      call(removeItem, { method: "DELETE", params }),
      call(applyCoupon, { method: "PUT", json: { code: "ANY" } }),
      call(removeCoupon, { method: "DELETE" }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401]);
  });

  it("adds, changes and removes items, answering with the whole cart", async () => {
    const { user, token } = await member();
    const product = await createProduct({ stock: 5, priceCents: 1200 });
    const variantId = product.variants[0]!.id;

    const added = await call(addItem, { token, method: "POST", json: { variantId, quantity: 2 } });
    expect(added.status).toBe(201);
    expect(added.headers.get("cache-control")).toBe("private, no-store");
    const cart = await cartOf(added);
    expect(cart).toMatchObject({ itemCount: 2, subtotalCents: 2400, coupon: null });
    const item = cart.sellers[0]!.items[0]!;
    expect(item).toMatchObject({ variantId, quantity: 2, unitPriceCents: 1200, priceWhenAddedCents: 1200, priceChanged: false, stock: 5, maxQuantity: 5, available: true });
    expect(cart.sellers[0]!.store.id).toBe(product.storeId);

    const read = await call(readCart, { token });
    expect(read.status).toBe(200);
    expect(read.headers.get("cache-control")).toBe("private, no-store");
    expect(await cartOf(read)).toEqual(cart);

    const over = await call(addItem, { token, method: "POST", json: { variantId, quantity: 4 } });
    expect(over.status).toBe(422);
    expect((await over.json()).error.fields.quantity).toEqual(["Only 5 left in stock"]);

    const changed = await call(updateItem, { token, method: "PATCH", params: { itemId: item.id }, json: { quantity: 3 } });
    expect(changed.status).toBe(200);
    expect((await cartOf(changed)).itemCount).toBe(3);
    const tooMany = await call(updateItem, { token, method: "PATCH", params: { itemId: item.id }, json: { quantity: 6 } });
    expect(tooMany.status).toBe(422);
    expect((await tooMany.json()).error.fields.quantity).toEqual(["Only 5 left"]);
    // A missing quantity is a mistake, not a removal.
    expect((await call(updateItem, { token, method: "PATCH", params: { itemId: item.id }, json: { quantity: null } })).status).toBe(400);

    const zeroed = await call(updateItem, { token, method: "PATCH", params: { itemId: item.id }, json: { quantity: 0 } });
    expect(zeroed.status).toBe(200);
    expect(await cartOf(zeroed)).toMatchObject({ itemCount: 0, sellers: [] });

    await call(addItem, { token, method: "POST", json: { variantId, quantity: 1 } });
    const again = (await cartOf(await call(readCart, { token }))).sellers[0]!.items[0]!;
    const removed = await call(removeItem, { token, method: "DELETE", params: { itemId: again.id } });
    expect(removed.status).toBe(200);
    expect((await cartOf(removed)).itemCount).toBe(0);
    expect(await db.cartItem.count({ where: { cart: { userId: user.id } } })).toBe(0);
  });

  it("refuses sold-out and unknown variants", async () => {
    const { token } = await member();
    const soldOut = await createProduct({ stock: 0 });
    const refused = await call(addItem, { token, method: "POST", json: { variantId: soldOut.variants[0]!.id, quantity: 1 } });
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.fields.quantity).toEqual(["Sold out"]);
    expect((await call(addItem, { token, method: "POST", json: { variantId: "no-such-variant", quantity: 1 } })).status).toBe(404);
    const invalid = await call(addItem, { token, method: "POST", json: { variantId: soldOut.variants[0]!.id, quantity: 0 } });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.fields.quantity).toBeDefined();
  });

  it("answers 404 for another shopper's item and leaves it alone", async () => {
    const owner = await member();
    const stranger = await member();
    const product = await createProduct();
    const itemId = (await cartOf(await call(addItem, { token: owner.token, method: "POST", json: { variantId: product.variants[0]!.id, quantity: 2 } }))).sellers[0]!.items[0]!.id;
    expect((await call(updateItem, { token: stranger.token, method: "PATCH", params: { itemId }, json: { quantity: 1 } })).status).toBe(404);
    expect((await call(removeItem, { token: stranger.token, method: "DELETE", params: { itemId } })).status).toBe(404);
    expect(await db.cartItem.findUnique({ where: { id: itemId }, select: { quantity: true } })).toEqual({ quantity: 2 });
  });

  it("puts a coupon on the cart and takes it off", async () => {
    const { user, token } = await member();
    const product = await createProduct({ priceCents: 2000 });
    await call(addItem, { token, method: "POST", json: { variantId: product.variants[0]!.id, quantity: 2 } });
    const coupon = await db.coupon.create({ data: { code: unique("TENOFF").toUpperCase(), type: "PERCENT", value: 10 } });

    const applied = await call(applyCoupon, { token, method: "PUT", json: { code: coupon.code.toLowerCase() } });
    expect(applied.status).toBe(200);
    expect((await cartOf(applied)).coupon).toEqual({ code: coupon.code, discountCents: 400, discountByStore: { [product.storeId]: 400 } });
    expect((await cartOf(await call(readCart, { token }))).coupon).toMatchObject({ code: coupon.code, discountCents: 400 });

    const unknown = await call(applyCoupon, { token, method: "PUT", json: { code: "NOPE-NOT-A-CODE" } });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error.fields).toEqual({ code: ["We don't recognise that code"] });
    const blank = await call(applyCoupon, { token, method: "PUT", json: { code: "  " } });
    expect(blank.status).toBe(400);
    expect((await blank.json()).error.fields.code).toBeDefined();

    const removed = await call(removeCoupon, { token, method: "DELETE" });
    expect(removed.status).toBe(200);
    expect((await cartOf(removed)).coupon).toBeNull();
    expect(await db.cart.findUnique({ where: { userId: user.id }, select: { couponCode: true } })).toEqual({ couponCode: null });
    expect((await call(removeCoupon, { token, method: "DELETE" })).status).toBe(200);
  });

  it("answers a body that is not JSON with a 400 and the request id", async () => {
    const { token } = await member();
    for (const [handler, method, params] of [
      [addItem, "POST", {}],
      [updateItem, "PATCH", { itemId: "x" }],
      [applyCoupon, "PUT", {}],
    ] as const) {
      const response = await call(handler as Handler<Record<string, string>>, { token, method, raw: "{not json", params });
      expect(response.status, method).toBe(400);
      const { error } = await response.json();
      expect(error).toMatchObject({ code: "BAD_REQUEST", message: "The request body must be valid JSON" });
      expect(error.requestId).toMatch(/^[\w-]{8,64}$/);
      expect(response.headers.get("x-request-id")).toBe(error.requestId);
    }
  });
});
