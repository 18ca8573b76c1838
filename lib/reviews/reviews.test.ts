// [REVIEWS] who may review, one review each, edits and removals, and product and store ratings
// kept exact in the same transaction, even under concurrent writes.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createActor, createDeliveredOrder, createProduct, createStore, refusal } from "@/lib/testing/factories";
import {
  createReview,
  deleteReview,
  findReviewableProduct,
  getViewerReviewState,
  listProductReviews,
  NOT_ELIGIBLE_MESSAGE,
  ratingSummary,
  reviewerDisplayName,
  updateReview,
} from ".";
import { REVIEW_WRITES_PER_HOUR } from "./write-limit";

type Product = Awaited<ReturnType<typeof createProduct>>;

const text = (rating: number) => `Rated it ${rating} stars after a month of use.`;

/** A buyer whose order of the product was delivered. */
async function deliveredBuyer(product: Product, overrides: { role?: Actor["role"] } = {}): Promise<Actor> {
  const actor = await createActor(overrides);
  await createDeliveredOrder({ buyerId: actor.userId, product });
  return actor;
}

async function ratingsOf(product: Product) {
  const row = await db.product.findUniqueOrThrow({ where: { id: product.id }, select: { ratingAverage: true, ratingCount: true, store: { select: { ratingAverage: true, ratingCount: true } } } });
  return { average: row.ratingAverage.toFixed(2), count: row.ratingCount, store: { average: row.store.ratingAverage.toFixed(2), count: row.store.ratingCount } };
}

describe("[REVIEWS] who may review", () => {
  it("refuses a shopper who never bought the product", async () => {
    const product = await createProduct();
    const error = await refusal(createReview({ actor: await createActor(), productId: product.id, input: { rating: 5, body: text(5) } }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toBe(NOT_ELIGIBLE_MESSAGE);
    expect(await db.review.count({ where: { productId: product.id } })).toBe(0);
  });

  it("refuses a buyer whose order is paid, preparing, in transit, cancelled or refunded but not delivered", async () => {
    const product = await createProduct();
    for (const status of ["PENDING_PAYMENT", "PAID", "PREPARING", "IN_TRANSIT", "CANCELLED", "REFUNDED"] as const) {
      const actor = await createActor();
      await createDeliveredOrder({ buyerId: actor.userId, product, status });
      const error = await refusal(createReview({ actor, productId: product.id, input: { rating: 4, body: text(4) } }));
      expect(error.code, status).toBe("FORBIDDEN");
    }
    // Someone else's delivered order of the same product does not help.
    const other = await createActor();
    await createDeliveredOrder({ buyerId: (await createActor()).userId, product });
    expect((await refusal(createReview({ actor: other, productId: product.id, input: { rating: 4, body: text(4) } }))).code).toBe("FORBIDDEN");
  });

  it("lets a buyer with a delivered order review, as a verified purchase", async () => {
    const product = await createProduct();
    const actor = await deliveredBuyer(product);
    const review = await createReview({ actor, productId: product.id, input: { rating: "4", title: "  Solid  ", body: `  ${text(4)}  ` } });
    expect(review).toMatchObject({ rating: 4, title: "Solid", body: text(4), verifiedPurchase: true, edited: false, author: { displayName: "Test U." } });
    expect(await ratingsOf(product)).toEqual({ average: "4.00", count: 1, store: { average: "4.00", count: 1 } });
  });

  it("refuses a second review by the same shopper with CONFLICT", async () => {
    const product = await createProduct();
    const actor = await deliveredBuyer(product);
    await createReview({ actor, productId: product.id, input: { rating: 5, body: text(5) } });
    const error = await refusal(createReview({ actor, productId: product.id, input: { rating: 1, body: text(1) } }));
    expect(error.code).toBe("CONFLICT");
    expect(await ratingsOf(product)).toMatchObject({ average: "5.00", count: 1 });
  });

  it("answers NOT_FOUND for products shoppers cannot see, and anonymous callers UNAUTHENTICATED", async () => {
    const draft = await createProduct({ status: "DRAFT" });
    const actor = await deliveredBuyer(draft);
    expect((await refusal(createReview({ actor, productId: draft.id, input: { rating: 5, body: text(5) } }))).code).toBe("NOT_FOUND");
    expect((await refusal(findReviewableProduct(draft.slug))).code).toBe("NOT_FOUND");
    const suspended = await createProduct({ storeId: (await createStore({ status: "SUSPENDED" })).store.id });
    expect((await refusal(findReviewableProduct(suspended.id))).code).toBe("NOT_FOUND");
    expect((await refusal(createReview({ actor: null, productId: draft.id, input: {} }))).code).toBe("UNAUTHENTICATED");
  });

  it("refuses bad input with field errors", async () => {
    const product = await createProduct();
    const actor = await deliveredBuyer(product);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ rating: 0, body: text(1) }, "rating"],
      [{ rating: 6, body: text(1) }, "rating"],
      [{ rating: 4.5, body: text(1) }, "rating"],
      [{ rating: "abc", body: text(1) }, "rating"],
      [{ body: text(1) }, "rating"],
      [{ rating: 3, body: "  too short   " }, "body"],
      [{ rating: 3, body: "x".repeat(4001) }, "body"],
      [{ rating: 3 }, "body"],
      [{ rating: 3, body: "nul \u0000 inside the text" }, "body"],
      [{ rating: 3, title: "t".repeat(121), body: text(3) }, "title"],
    ];
    for (const [input, field] of cases) {
      const error = await refusal(createReview({ actor, productId: product.id, input }));
      expect(error.code, JSON.stringify(input)).toBe("VALIDATION_FAILED");
      expect(error.fields?.[field], JSON.stringify(input)).toBeDefined();
    }
    expect(await db.review.count({ where: { productId: product.id } })).toBe(0);
  });
});

describe("[REVIEWS] ratings stay exact", () => {
  it("keeps the product and store average and count exact through create, edit, delete and admin removal", async () => {
    const { store } = await createStore();
    const product = await createProduct({ storeId: store.id });
    const sibling = await createProduct({ storeId: store.id });
    const [a, b, c] = [await deliveredBuyer(product), await deliveredBuyer(product), await deliveredBuyer(product)];
    const ra = await createReview({ actor: a, productId: product.id, input: { rating: 5, body: text(5) } });
    const rb = await createReview({ actor: b, productId: product.id, input: { rating: 4, body: text(4) } });
    await createReview({ actor: c, productId: product.id, input: { rating: 4, body: text(4) } });
    expect(await ratingsOf(product)).toEqual({ average: "4.33", count: 3, store: { average: "4.33", count: 3 } });

    // The store's rating is over all its products' reviews.
    await createReview({ actor: await deliveredBuyer(sibling), productId: sibling.id, input: { rating: 1, body: text(1) } });
    expect(await ratingsOf(product)).toEqual({ average: "4.33", count: 3, store: { average: "3.50", count: 4 } });

    await updateReview({ actor: b, reviewId: rb.id, input: { rating: 1 } }); // 5, 1, 4
    expect(await ratingsOf(product)).toMatchObject({ average: "3.33", count: 3, store: { average: "2.75", count: 4 } });

    expect(await deleteReview({ actor: a, reviewId: ra.id })).toBe("deleted"); // 1, 4
    expect(await ratingsOf(product)).toMatchObject({ average: "2.50", count: 2, store: { average: "2.00", count: 3 } });
    expect(await db.review.findUnique({ where: { id: ra.id } })).toBeNull();

    const admin = await createActor({ role: "ADMIN" });
    expect(await deleteReview({ actor: admin, reviewId: rb.id })).toBe("removed"); // 4
    expect(await ratingsOf(product)).toMatchObject({ average: "4.00", count: 1, store: { average: "2.50", count: 2 } });
    expect(await db.review.findUniqueOrThrow({ where: { id: rb.id } })).toMatchObject({ status: "REMOVED" });
    expect(await db.auditLog.count({ where: { action: "review.removed", targetId: rb.id, actorId: admin.userId } })).toBe(1);

    // The page's summary agrees with the stored rating.
    const page = await listProductReviews({ productId: product.id });
    expect(page.summary).toMatchObject({ average: 4, count: 1 });
  });

  it("keeps the count exact when many buyers review at once", async () => {
    const { store } = await createStore();
    const product = await createProduct({ storeId: store.id });
    const other = await createProduct({ storeId: store.id });
    const ratings = [5, 4, 4, 3, 5, 2, 4, 1];
    const buyers = await Promise.all(ratings.map(() => deliveredBuyer(product)));
    const otherBuyers = await Promise.all([5, 5].map(() => deliveredBuyer(other)));
    await Promise.all([
      ...buyers.map((actor, i) => createReview({ actor, productId: product.id, input: { rating: ratings[i], body: text(ratings[i]!) } })),
      ...otherBuyers.map((actor) => createReview({ actor, productId: other.id, input: { rating: 5, body: text(5) } })),
    ]);
    // 28 / 8 = 3.5; the store: 38 / 10 = 3.8
    expect(await ratingsOf(product)).toEqual({ average: "3.50", count: 8, store: { average: "3.80", count: 10 } });
  });

  it("rounds the average to two decimals the way PostgreSQL does", () => {
    expect(ratingSummary([{ rating: 5, count: 1 }, { rating: 4, count: 2 }]).average).toBe(4.33);
    expect(ratingSummary([{ rating: 5, count: 2 }, { rating: 4, count: 1 }]).average).toBe(4.67);
    // 867 / 200 = 4.335 exactly: half away from zero, like round(numeric).
    expect(ratingSummary([{ rating: 5, count: 67 }, { rating: 4, count: 133 }]).average).toBe(4.34);
    expect(ratingSummary([])).toMatchObject({ average: 0, count: 0 });
  });
});

describe("[REVIEWS] editing and deleting", () => {
  it("lets only the author edit, and the author or an admin delete", async () => {
    const product = await createProduct();
    const author = await deliveredBuyer(product);
    const review = await createReview({ actor: author, productId: product.id, input: { rating: 3, title: "Fine", body: text(3) } });
    const stranger = await deliveredBuyer(product);
    const seller = await createActor({ role: "SELLER" });
    const admin = await createActor({ role: "ADMIN" });
    for (const actor of [stranger, seller, admin]) {
      expect((await refusal(updateReview({ actor, reviewId: review.id, input: { rating: 1 } }))).code).toBe("FORBIDDEN");
    }
    for (const actor of [stranger, seller]) {
      expect((await refusal(deleteReview({ actor, reviewId: review.id }))).code).toBe("FORBIDDEN");
    }
    expect((await refusal(updateReview({ actor: null, reviewId: review.id, input: { rating: 1 } }))).code).toBe("UNAUTHENTICATED");
    expect(await db.review.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({ rating: 3, status: "PUBLISHED" });

    const edited = await updateReview({ actor: author, reviewId: review.id, productId: product.id, input: { title: "", body: `  ${text(2)} ` } });
    expect(edited).toMatchObject({ rating: 3, title: null, body: text(2) });
    // Saving it unchanged writes nothing.
    const before = await db.review.findUniqueOrThrow({ where: { id: review.id } });
    await updateReview({ actor: author, reviewId: review.id, input: { rating: 3, title: "", body: text(2) } });
    expect((await db.review.findUniqueOrThrow({ where: { id: review.id } })).updatedAt).toEqual(before.updatedAt);
    expect((await refusal(updateReview({ actor: author, reviewId: review.id, input: { body: "short" } }))).fields?.body).toBeDefined();
    // Named under another product, the review is not there.
    const elsewhere = await createProduct();
    expect((await refusal(updateReview({ actor: author, reviewId: review.id, productId: elsewhere.id, input: { rating: 1 } }))).code).toBe("NOT_FOUND");
    expect((await refusal(deleteReview({ actor: author, reviewId: "no-such-review" }))).code).toBe("NOT_FOUND");
  });

  it("keeps a removed review removed: its author can neither edit it nor post another", async () => {
    const product = await createProduct();
    const author = await deliveredBuyer(product);
    const review = await createReview({ actor: author, productId: product.id, input: { rating: 1, body: text(1) } });
    await deleteReview({ actor: await createActor({ role: "ADMIN" }), reviewId: review.id });
    expect((await refusal(updateReview({ actor: author, reviewId: review.id, input: { rating: 5 } }))).code).toBe("NOT_FOUND");
    expect((await refusal(deleteReview({ actor: author, reviewId: review.id }))).code).toBe("NOT_FOUND");
    const again = await refusal(createReview({ actor: author, productId: product.id, input: { rating: 5, body: text(5) } }));
    expect(again.code).toBe("CONFLICT");
    expect(await getViewerReviewState({ actor: author, productId: product.id })).toEqual({ kind: "removed" });
    expect((await listProductReviews({ productId: product.id })).total).toBe(0);
  });

  it("limits how often one shopper changes reviews, since each change expires cached catalog data", async () => {
    const product = await createProduct();
    const author = await deliveredBuyer(product);
    const review = await createReview({ actor: author, productId: product.id, input: { rating: 3, body: text(3) } });
    for (let i = 1; i < REVIEW_WRITES_PER_HOUR; i++) await updateReview({ actor: author, reviewId: review.id, input: { rating: (i % 5) + 1 } });
    const limited = await refusal(updateReview({ actor: author, reviewId: review.id, input: { rating: 1 } }));
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    // Moderators are not held back by it.
    expect(await deleteReview({ actor: await createActor({ role: "ADMIN" }), reviewId: review.id })).toBe("removed");
  });

  it("lets an author who deleted their review write a new one", async () => {
    const product = await createProduct();
    const author = await deliveredBuyer(product);
    const first = await createReview({ actor: author, productId: product.id, input: { rating: 2, body: text(2) } });
    await deleteReview({ actor: author, reviewId: first.id });
    await createReview({ actor: author, productId: product.id, input: { rating: 5, body: text(5) } });
    expect(await ratingsOf(product)).toMatchObject({ average: "5.00", count: 1 });
  });
});

describe("[REVIEWS] listing", () => {
  it("pages newest first with a total and a histogram, and tells each viewer what they may do", async () => {
    const product = await createProduct();
    const ratings = [5, 4, 4, 1, 5];
    const authors: Actor[] = [];
    for (const rating of ratings) {
      const actor = await deliveredBuyer(product);
      authors.push(actor);
      await createReview({ actor, productId: product.id, input: { rating, body: text(rating) } });
    }
    const first = await listProductReviews({ productId: product.id, page: 1, pageSize: 2 });
    expect(first).toMatchObject({ page: 1, pageSize: 2, total: 5, pageCount: 3 });
    expect(first.summary).toEqual({
      average: 3.8,
      count: 5,
      histogram: [
        { rating: 5, count: 2 },
        { rating: 4, count: 2 },
        { rating: 3, count: 0 },
        { rating: 2, count: 0 },
        { rating: 1, count: 1 },
      ],
    });
    const all = [...first.reviews, ...(await listProductReviews({ productId: product.id, page: 2, pageSize: 2 })).reviews, ...(await listProductReviews({ productId: product.id, page: 3, pageSize: 2 })).reviews];
    expect(all.map((r) => r.rating)).toEqual([...ratings].reverse());
    expect(JSON.stringify(all)).not.toContain(authors[0]!.userId);
    // Out-of-range paging is refused with the fields named, as for every list.
    await expect(listProductReviews({ productId: product.id, page: "x", pageSize: 500 })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["page"] }), expect.objectContaining({ path: ["pageSize"] })],
    });

    expect(await getViewerReviewState({ actor: null, productId: product.id })).toEqual({ kind: "signed-out" });
    expect(await getViewerReviewState({ actor: await createActor(), productId: product.id })).toEqual({ kind: "not-eligible" });
    expect(await getViewerReviewState({ actor: await deliveredBuyer(product), productId: product.id })).toEqual({ kind: "can-review" });
    expect(await getViewerReviewState({ actor: authors[1]!, productId: product.id })).toMatchObject({ kind: "reviewed", review: { rating: 4 } });
  });

  it("stores and returns review text verbatim, markup included, as plain text", async () => {
    const product = await createProduct();
    const actor = await deliveredBuyer(product);
    const body = `<script>alert("x")</script> <img src=x onerror=alert(1)> & more`;
    await createReview({ actor, productId: product.id, input: { rating: 3, title: "<b>bold</b>", body } });
    const [review] = (await listProductReviews({ productId: product.id })).reviews;
    expect(review).toMatchObject({ body, title: "<b>bold</b>" });
  });

  it("shows reviewers by first name and last initial", () => {
    expect(reviewerDisplayName("Ada Lovelace")).toBe("Ada L.");
    expect(reviewerDisplayName("  grace  brewster murray hopper ")).toBe("grace H.");
    expect(reviewerDisplayName("Cher")).toBe("Cher");
    expect(reviewerDisplayName(null)).toBe("Bazaar shopper");
    expect(reviewerDisplayName("   ")).toBe("Bazaar shopper");
  });
});
