// OpenAPI operations for reviews (/products/{slug}/reviews) and the wishlist (/wishlist).
// Merged into the document by openapi.ts.
import { REVIEW_BODY_MAX, REVIEW_BODY_MIN, REVIEW_TITLE_MAX } from "../reviews/limits";
import { signedIn } from "./openapi-accounts";
import { errorResponse } from "./openapi-shared";

const string = { type: "string" } as const;
const integer = { type: "integer" } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: "object", properties, required });
const json = (schema: unknown) => ({ "application/json": { schema } });
const body = (properties: Record<string, unknown>, required: string[]) => ({ required: true, content: json(object(properties, required)) });
const errors = (...statuses: number[]) => ({ ...Object.fromEntries(statuses.map((s) => [String(s), errorResponse])), default: errorResponse });
const noContent = { description: "Done" };

const pagination = object({ page: integer, pageSize: integer, total: integer, pageCount: integer }, ["page", "pageSize", "total", "pageCount"]);
const pageParams = (maxPageSize: number, defaultPageSize: number) => [
  { name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1, default: 1 } },
  { name: "pageSize", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: maxPageSize, default: defaultPageSize } },
];
const productParam = { name: "slug", in: "path", required: true, description: "The product's slug or id", schema: string };

const review = object(
  {
    id: string,
    productId: string,
    rating: { type: "integer", minimum: 1, maximum: 5 },
    title: { type: ["string", "null"] },
    body: { type: "string", description: "Plain text: show it as text, never as HTML" },
    verifiedPurchase: { type: "boolean" },
    createdAt: dateTime,
    updatedAt: dateTime,
    edited: { type: "boolean" },
    author: object({ displayName: { type: "string", description: "First name and last initial" } }),
  },
  ["id", "productId", "rating", "title", "body", "verifiedPurchase", "createdAt", "updatedAt", "edited", "author"],
);
const summary = object({
  average: { type: "number", description: "Rounded to 2 decimals; 0 without reviews" },
  count: integer,
  histogram: { type: "array", description: "5 stars first", items: object({ rating: integer, count: integer }) },
});
const viewer = {
  description: "What the caller may do: `can-review`, `reviewed` (with their review), `not-eligible` (no delivered order), `removed` (a moderator removed theirs), `signed-out`",
  oneOf: [
    object({ kind: { enum: ["signed-out", "can-review", "not-eligible", "removed"] } }, ["kind"]),
    object({ kind: { const: "reviewed" }, review }, ["kind", "review"]),
  ],
};
const reviewFields = {
  rating: { type: "integer", minimum: 1, maximum: 5 },
  title: { type: ["string", "null"], maxLength: REVIEW_TITLE_MAX, description: "Optional; empty clears it" },
  body: { type: "string", minLength: REVIEW_BODY_MIN, maxLength: REVIEW_BODY_MAX, description: "Plain text, trimmed" },
};

/** The listing card every product list answers with (search, categories, stores, the wishlist). */
export const productCard = object({
  id: string,
  slug: string,
  title: string,
  condition: { enum: ["NEW", "USED", "REFURBISHED"] },
  priceCents: { type: "integer", description: "What it costs now (flash sale applied)" },
  wasPriceCents: { type: ["integer", "null"], description: "The crossed-out price" },
  flashSaleEndsAt: { type: ["string", "null"], format: "date-time" },
  inStock: { type: "boolean" },
  rating: { type: "number" },
  ratingCount: integer,
  storeName: string,
  storeSlug: string,
  image: { type: ["object", "null"], properties: { url: string, alt: string } },
});

export const reviewOperations = {
  "/products/{slug}/reviews": {
    get: {
      operationId: "listProductReviews",
      summary: "A product's published reviews, newest first, with the rating summary and what the caller may do",
      security: [...signedIn, {}],
      parameters: [productParam, ...pageParams(50, 10)],
      responses: {
        "200": { description: "A page of reviews", content: json(object({ data: { type: "array", items: review }, summary, pagination, viewer })) },
        ...errors(404),
      },
    },
    post: {
      operationId: "createProductReview",
      summary: "Review a product: only buyers with a delivered order of it, one review each (409 for a second)",
      security: signedIn,
      parameters: [productParam],
      requestBody: body(reviewFields, ["rating", "body"]),
      responses: { "201": { description: "The review", content: json(object({ data: review })) }, ...errors(400, 401, 403, 404, 409, 429) },
    },
  },
  "/products/{slug}/reviews/{reviewId}": {
    patch: {
      operationId: "updateProductReview",
      summary: "The author changes their review (omitted fields stay)",
      security: signedIn,
      parameters: [productParam, { name: "reviewId", in: "path", required: true, schema: string }],
      requestBody: body(reviewFields, []),
      responses: { "200": { description: "The review", content: json(object({ data: review })) }, ...errors(400, 401, 403, 404, 429) },
    },
    delete: {
      operationId: "deleteProductReview",
      summary: "The author deletes their review; an admin removes anyone's",
      security: signedIn,
      parameters: [productParam, { name: "reviewId", in: "path", required: true, schema: string }],
      responses: { "204": noContent, ...errors(401, 403, 404, 429) },
    },
  },
} as const;

export const wishlistOperations = {
  "/wishlist": {
    get: {
      operationId: "listWishlist",
      summary: "The caller's saved products that are on sale, most recently saved first",
      security: signedIn,
      parameters: pageParams(60, 24),
      responses: { "200": { description: "A page of saved products", content: json(object({ data: { type: "array", items: productCard }, pagination })) }, ...errors(401) },
    },
    post: {
      operationId: "addToWishlist",
      summary: "Save a product; saving one already saved is fine (added: false)",
      security: signedIn,
      requestBody: body({ productId: string }, ["productId"]),
      responses: { "200": { description: "Saved", content: json(object({ data: object({ productId: string, added: { type: "boolean" } }) })) }, ...errors(400, 401, 404, 409) },
    },
  },
  "/wishlist/{productId}": {
    delete: {
      operationId: "removeFromWishlist",
      summary: "Remove a saved product (removing one not saved is fine too)",
      security: signedIn,
      parameters: [{ name: "productId", in: "path", required: true, schema: string }],
      responses: { "204": noContent, ...errors(400, 401) },
    },
  },
  "/wishlist/ids": {
    get: {
      operationId: "listWishlistIds",
      summary: "Every saved product id; signed out, an empty list with signedIn false",
      security: [...signedIn, {}],
      responses: { "200": { description: "Saved product ids", content: json(object({ data: object({ signedIn: { type: "boolean" }, productIds: { type: "array", items: string } }) })) } },
    },
  },
} as const;
