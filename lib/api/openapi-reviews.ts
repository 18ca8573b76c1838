// OpenAPI operations for reviews (/products/{slug}/reviews) and the wishlist (/wishlist).
// Parameters and bodies come from the handlers' own zod schemas. Merged into the document by openapi.ts.
import { ZProductParams } from "../catalog/product.schema";
import { ZReviewInput, ZReviewPageInput, ZReviewPatch } from "../reviews/review.schema";
import { ZWishlistPageInput, ZWishlistProductInput } from "../wishlist/wishlist.schema";
import { errors, jsonBody, optionallySignedIn, parameters, pathId, signedIn } from "./openapi-shared";

const string = { type: "string" } as const;
const integer = { type: "integer" } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: "object", properties, required });
const json = (schema: unknown) => ({ "application/json": { schema } });
const noContent = { description: "Done" };

const pagination = object({ page: integer, pageSize: integer, total: integer, pageCount: integer }, ["page", "pageSize", "total", "pageCount"]);
const productParam = parameters(ZProductParams, "path");
const reviewParams = [...productParam, pathId("reviewId")];
const signedOutIsFine: [number, string] = [401, "UNAUTHENTICATED: a Bearer token was sent and is invalid or expired (signed out is fine)"];
const tooManyEdits: [number, string] = [429, "RATE_LIMITED: too many review changes in the last hour"];

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
      security: optionallySignedIn,
      parameters: [...productParam, ...parameters(ZReviewPageInput, "query")],
      responses: {
        "200": { description: "A page of reviews", content: json(object({ data: { type: "array", items: review }, summary, pagination, viewer }, ["data", "summary", "pagination", "viewer"])) },
        ...errors(400, signedOutIsFine, [404, "NOT_FOUND: no such product on sale"]),
      },
    },
    post: {
      operationId: "createProductReview",
      summary: "Review a product: only buyers with a delivered order of it, one review each (409 for a second)",
      security: signedIn,
      parameters: productParam,
      requestBody: jsonBody(ZReviewInput),
      responses: {
        "201": { description: "The review", content: json(object({ data: review }, ["data"])) },
        ...errors(400, 401, [403, "FORBIDDEN: no delivered order of this product"], [404, "NOT_FOUND: no such product on sale"], [409, "CONFLICT: already reviewed (or a moderator removed the review)"], tooManyEdits),
      },
    },
  },
  "/products/{slug}/reviews/{reviewId}": {
    patch: {
      operationId: "updateProductReview",
      summary: "The author changes their review (omitted fields stay)",
      security: signedIn,
      parameters: reviewParams,
      requestBody: jsonBody(ZReviewPatch),
      responses: { "200": { description: "The review", content: json(object({ data: review }, ["data"])) }, ...errors(400, 401, [403, "FORBIDDEN: not the author"], 404, tooManyEdits) },
    },
    delete: {
      operationId: "deleteProductReview",
      summary: "The author deletes their review; an admin removes anyone's",
      security: signedIn,
      parameters: reviewParams,
      responses: { "204": noContent, ...errors(401, [403, "FORBIDDEN: neither the author nor an admin"], 404, tooManyEdits) },
    },
  },
} as const;

export const wishlistOperations = {
  "/wishlist": {
    get: {
      operationId: "listWishlist",
      summary: "The caller's saved products that are on sale, most recently saved first",
      security: signedIn,
      parameters: parameters(ZWishlistPageInput, "query"),
      responses: { "200": { description: "A page of saved products", content: json(object({ data: { type: "array", items: productCard }, pagination }, ["data", "pagination"])) }, ...errors(400, 401) },
    },
    post: {
      operationId: "addToWishlist",
      summary: "Save a product; saving one already saved is fine (added: false)",
      security: signedIn,
      requestBody: jsonBody(ZWishlistProductInput),
      responses: {
        "200": { description: "Saved", content: json(object({ data: object({ productId: string, added: { type: "boolean" } }, ["productId", "added"]) }, ["data"])) },
        ...errors(400, 401, [404, "NOT_FOUND: no such product on sale"], [409, "CONFLICT: the wishlist is full"]),
      },
    },
  },
  "/wishlist/{productId}": {
    delete: {
      operationId: "removeFromWishlist",
      summary: "Remove a saved product (removing one not saved is fine too)",
      security: signedIn,
      parameters: parameters(ZWishlistProductInput, "path"),
      responses: { "204": noContent, ...errors(400, 401) },
    },
  },
  "/wishlist/ids": {
    get: {
      operationId: "listWishlistIds",
      summary: "Every saved product id; signed out, an empty list with signedIn false",
      security: optionallySignedIn,
      responses: {
        "200": { description: "Saved product ids", content: json(object({ data: object({ signedIn: { type: "boolean" }, productIds: { type: "array", items: string } }, ["signedIn", "productIds"]) }, ["data"])) },
        ...errors(signedOutIsFine),
      },
    },
  },
} as const;
