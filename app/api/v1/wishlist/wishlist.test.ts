// [API v1] /wishlist, called as a mobile app would: the real handlers with real Bearer tokens.
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { issueTokens } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { createProduct, createUser } from "@/lib/testing/factories";
import { DELETE as removeSaved } from "./[productId]/route";
import { GET as listIds } from "./ids/route";
import { GET as listSaved, POST as save } from "./route";

vi.mock("@/lib/auth", () => ({ getActor: async () => null }));

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

async function member() {
  const user = await createUser();
  return { user, token: (await issueTokens({ userId: user.id })).accessToken };
}

function call<P>(handler: Handler<P>, { token, json, params, method = "GET", query = "" }: { token?: string; json?: unknown; params?: P; method?: string; query?: string }) {
  const headers = new Headers();
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (json !== undefined) headers.set("content-type", "application/json");
  const body = json === undefined ? undefined : JSON.stringify(json);
  return handler(new NextRequest(`http://localhost/api/v1/wishlist${query}`, { method, headers, body }), { params: Promise.resolve((params ?? {}) as P) });
}

describe("[API v1] /wishlist", () => {
  it("saves idempotently, lists with a total, and removes idempotently", async () => {
    const { user, token } = await member();
    const [a, b, c] = [await createProduct(), await createProduct(), await createProduct()];
    for (const product of [a, b, c]) expect((await call(save, { token, method: "POST", json: { productId: product.id } })).status).toBe(200);
    const again = await call(save, { token, method: "POST", json: { productId: a.id } });
    expect(again.status).toBe(200);
    expect((await again.json()).data).toEqual({ productId: a.id, added: false });
    expect(await db.wishlistItem.count({ where: { userId: user.id } })).toBe(3);

    const page = await call(listSaved, { token, query: "?page=1&pageSize=2" });
    expect(page.headers.get("cache-control")).toBe("private, no-store");
    const body = await page.json();
    expect(body.pagination).toEqual({ page: 1, pageSize: 2, total: 3, pageCount: 2 });
    expect(body.data).toHaveLength(2);
    // Bad paging is a 400 naming the fields, as on every list (not a quiet first page).
    const badPage = await call(listSaved, { token, query: "?page=0&pageSize=61" });
    expect(badPage.status).toBe(400);
    expect(Object.keys((await badPage.json()).error.fields).sort()).toEqual(["page", "pageSize"]);
    expect(Object.keys(body.data[0]).sort()).toEqual(
      ["condition", "flashSaleEndsAt", "id", "image", "inStock", "priceCents", "rating", "ratingCount", "slug", "storeName", "storeSlug", "title", "wasPriceCents"],
    );

    expect((await call(removeSaved, { token, method: "DELETE", params: { productId: a.id } })).status).toBe(204);
    expect((await call(removeSaved, { token, method: "DELETE", params: { productId: a.id } })).status).toBe(204);
    expect((await (await call(listIds, { token })).json()).data.productIds.sort()).toEqual([b.id, c.id].sort());
  });

  it("refuses anonymous callers, products not on sale and missing ids", async () => {
    const { token } = await member();
    const product = await createProduct();
    expect((await call(save, { method: "POST", json: { productId: product.id } })).status).toBe(401);
    expect((await call(listSaved, {})).status).toBe(401);
    expect((await call(removeSaved, { method: "DELETE", params: { productId: product.id } })).status).toBe(401);
    const archived = await createProduct({ status: "ARCHIVED" });
    expect((await call(save, { token, method: "POST", json: { productId: archived.id } })).status).toBe(404);
    const missing = await call(save, { token, method: "POST", json: {} });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.fields.productId).toBeDefined();
  });

  it("answers ids to anyone: signed out, an empty list", async () => {
    const anonymous = await call(listIds, {});
    expect(anonymous.status).toBe(200);
    expect((await anonymous.json()).data).toEqual({ signedIn: false, productIds: [] });
    const { token } = await member();
    const product = await createProduct();
    await call(save, { token, method: "POST", json: { productId: product.id } });
    expect((await (await call(listIds, { token })).json()).data).toEqual({ signedIn: true, productIds: [product.id] });
  });
});
