// [API v1] /products/{slug}/reviews, called as a mobile app would: the real handlers with real
// Bearer tokens.
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { issueTokens } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { createDeliveredOrder, createProduct, createUser } from "@/lib/testing/factories";
import { DELETE as deleteReview, PATCH as patchReview } from "./[reviewId]/route";
import { GET as listReviews, POST as postReview } from "./route";

// No web session in these tests: only Bearer tokens.
vi.mock("@/lib/auth", () => ({ getActor: async () => null }));

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;
type Product = Awaited<ReturnType<typeof createProduct>>;

async function member(role: "BUYER" | "ADMIN" = "BUYER") {
  const user = await createUser({ role, name: "Grace Hopper" });
  return { user, token: (await issueTokens({ userId: user.id })).accessToken };
}
async function buyerOf(product: Product) {
  const buyer = await member();
  await createDeliveredOrder({ buyerId: buyer.user.id, product });
  return buyer;
}

function call<P>(handler: Handler<P>, { token, json, raw, params, method = "GET", query = "" }: { token?: string; json?: unknown; raw?: string; params: P; method?: string; query?: string }) {
  const headers = new Headers();
  if (token) headers.set("authorization", `Bearer ${token}`);
  if (json !== undefined || raw !== undefined) headers.set("content-type", "application/json");
  const body = raw ?? (json === undefined ? undefined : JSON.stringify(json));
  return handler(new NextRequest(`http://localhost/api/v1/products/x/reviews${query}`, { method, headers, body }), { params: Promise.resolve(params) });
}

const review = { rating: 4, title: "Does the job", body: "Sturdy, well made and arrived on time." };

describe("[API v1] /products/{slug}/reviews", () => {
  it("lists reviews with the summary and pagination, by slug or id; unknown and draft products are 404", async () => {
    const product = await createProduct();
    for (const rating of [5, 3, 4]) {
      const { token } = await buyerOf(product);
      expect((await call(postReview, { token, method: "POST", params: { slug: product.slug }, json: { ...review, rating } })).status).toBe(201);
    }
    const bySlug = await call(listReviews, { params: { slug: product.slug }, query: "?page=2&pageSize=2" });
    expect(bySlug.status).toBe(200);
    const body = await bySlug.json();
    expect(body.pagination).toEqual({ page: 2, pageSize: 2, total: 3, pageCount: 2 });
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({ rating: 5, verifiedPurchase: true, author: { displayName: "Grace H." } });
    expect(body.data[0].userId).toBeUndefined();
    expect(body.summary).toMatchObject({ average: 4, count: 3 });
    expect(body.summary.histogram.map((h: { count: number }) => h.count)).toEqual([1, 1, 1, 0, 0]);
    const badPage = await call(listReviews, { params: { slug: product.slug }, query: "?page=x" });
    expect(badPage.status).toBe(400);
    expect((await badPage.json()).error.fields).toEqual({ page: [expect.any(String)] });
    expect(body.viewer).toEqual({ kind: "signed-out" });

    const byId = await (await call(listReviews, { params: { slug: product.id } })).json();
    expect(byId.data.map((r: { rating: number }) => r.rating)).toEqual([4, 3, 5]);

    expect((await call(listReviews, { params: { slug: "no-such-product" } })).status).toBe(404);
    const draft = await createProduct({ status: "DRAFT" });
    const missing = await call(listReviews, { params: { slug: draft.slug } });
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatchObject({ code: "NOT_FOUND", requestId: expect.any(String) });
  });

  it("lets only a buyer with a delivered order post, once; bad input is a 400 with field errors", async () => {
    const product = await createProduct();
    const stranger = await member();
    expect((await call(postReview, { method: "POST", params: { slug: product.slug }, json: review })).status).toBe(401);
    const refused = await call(postReview, { token: stranger.token, method: "POST", params: { slug: product.slug }, json: review });
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toBe("Only shoppers who received this item can review it");

    const buyer = await buyerOf(product);
    const bad = await call(postReview, { token: buyer.token, method: "POST", params: { slug: product.slug }, json: { rating: 9, body: "short" } });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["body", "rating"]);
    expect((await call(postReview, { token: buyer.token, method: "POST", params: { slug: product.slug }, raw: "{not json" })).status).toBe(400);

    const created = await call(postReview, { token: buyer.token, method: "POST", params: { slug: product.id }, json: review });
    expect(created.status).toBe(201);
    expect((await created.json()).data).toMatchObject({ ...review, verifiedPurchase: true });
    const again = await call(postReview, { token: buyer.token, method: "POST", params: { slug: product.slug }, json: review });
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("CONFLICT");

    const mine = await (await call(listReviews, { token: buyer.token, params: { slug: product.slug } })).json();
    expect(mine.viewer).toMatchObject({ kind: "reviewed", review: { rating: 4 } });
    expect((await (await call(listReviews, { token: stranger.token, params: { slug: product.slug } })).json()).viewer).toEqual({ kind: "not-eligible" });
  });

  it("returns markup in review text as a plain JSON string", async () => {
    const product = await createProduct();
    const buyer = await buyerOf(product);
    const body = `<script>alert(document.cookie)</script> loved it`;
    await call(postReview, { token: buyer.token, method: "POST", params: { slug: product.slug }, json: { rating: 5, body } });
    const response = await call(listReviews, { params: { slug: product.slug } });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await response.json()).data[0].body).toBe(body);
  });

  it("lets the author edit and delete, an admin remove, and nobody else touch a review", async () => {
    const product = await createProduct();
    const author = await buyerOf(product);
    const { data } = await (await call(postReview, { token: author.token, method: "POST", params: { slug: product.slug }, json: review })).json();
    const other = await buyerOf(product);
    const params = { slug: product.slug, reviewId: data.id };

    expect((await call(patchReview, { token: other.token, method: "PATCH", params, json: { rating: 1 } })).status).toBe(403);
    expect((await call(deleteReview, { token: other.token, method: "DELETE", params })).status).toBe(403);
    expect((await call(patchReview, { method: "PATCH", params, json: { rating: 1 } })).status).toBe(401);
    // Under another product's URL the review is not there.
    const elsewhere = await createProduct();
    expect((await call(patchReview, { token: author.token, method: "PATCH", params: { ...params, slug: elsewhere.slug }, json: { rating: 1 } })).status).toBe(404);

    const patched = await call(patchReview, { token: author.token, method: "PATCH", params, json: { rating: 2, title: "" } });
    expect(patched.status).toBe(200);
    expect((await patched.json()).data).toMatchObject({ rating: 2, title: null, body: review.body });
    expect((await call(patchReview, { token: author.token, method: "PATCH", params, json: { body: "" } })).status).toBe(400);
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).ratingAverage.toFixed(2)).toBe("2.00");

    const admin = await member("ADMIN");
    expect((await call(deleteReview, { token: admin.token, method: "DELETE", params })).status).toBe(204);
    expect(await db.review.findUniqueOrThrow({ where: { id: data.id } })).toMatchObject({ status: "REMOVED" });
    expect(await db.product.findUniqueOrThrow({ where: { id: product.id } })).toMatchObject({ ratingCount: 0 });
    expect((await call(deleteReview, { token: author.token, method: "DELETE", params })).status).toBe(404);

    const { data: second } = await (await call(postReview, { token: other.token, method: "POST", params: { slug: product.slug }, json: review })).json();
    expect((await call(deleteReview, { token: other.token, method: "DELETE", params: { slug: product.slug, reviewId: second.id } })).status).toBe(204);
    expect(await db.review.findUnique({ where: { id: second.id } })).toBeNull();
  });
});
