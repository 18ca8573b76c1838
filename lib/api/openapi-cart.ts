// OpenAPI operations for the cart (/cart, /cart/items, /cart/coupon). Merged into the document by
// openapi.ts. Every operation answers with the whole cart as it is after the change; request
// bodies come from the handlers' own zod schemas.
import { ZAddToCartInput, ZApplyCouponInput, ZCartItemQuantityInput, ZUpdateCartItemInput } from "../cart/cart.schema";
import { errors, jsonBody, parameters, signedIn } from "./openapi-shared";

const string = { type: "string" } as const;
const integer = { type: "integer" } as const;
const cents = (description: string) => ({ type: "integer", description: `${description}, in cents` });
const object = (properties: Record<string, unknown>, required: string[] = []) => ({ type: "object", properties, required });
const json = (schema: unknown) => ({ "application/json": { schema } });

const store = object({ id: string, name: string, slug: string, status: { enum: ["PENDING", "APPROVED", "SUSPENDED"] } });
const item = object(
  {
    id: string,
    quantity: integer,
    variantId: string,
    productId: string,
    variantTitle: string,
    sku: string,
    productSlug: string,
    productTitle: string,
    image: { type: ["object", "null"], properties: { url: string, alt: string } },
    store,
    unitPriceCents: cents("What one costs now (flash sale applied)"),
    priceWhenAddedCents: cents("What one cost when it was added"),
    priceChanged: { type: "boolean", description: "unitPriceCents differs from priceWhenAddedCents" },
    stock: { type: "integer", description: "Units left; 0 when the item is no longer available" },
    maxQuantity: { type: "integer", description: "The most a quantity picker may offer: the stock, up to 99" },
    available: { type: "boolean", description: "Still on sale; unavailable items count toward neither the subtotal nor the coupon" },
    lineTotalCents: cents("unitPriceCents × quantity"),
  },
  ["id", "quantity", "variantId", "productId", "variantTitle", "sku", "productSlug", "productTitle", "image", "store", "unitPriceCents", "priceWhenAddedCents", "priceChanged", "stock", "maxQuantity", "available", "lineTotalCents"],
);
const coupon = {
  description: "The code on the cart, evaluated now: a discount, or why it no longer applies (expired, used up, subtotal too low…); null without a code",
  oneOf: [
    { type: "null" },
    object(
      { code: string, discountCents: cents("The discount"), discountByStore: { type: "object", additionalProperties: integer, description: "Store id → its part of the discount in cents" } },
      ["code", "discountCents", "discountByStore"],
    ),
    object({ code: string, error: { type: "string", description: "Why the code does not apply, in the shopper's words" } }, ["code", "error"]),
  ],
};
const cart = object(
  {
    id: { type: ["string", "null"], description: "Null until something is first added" },
    sellers: { type: "array", description: "Items grouped by the store selling them, in the order first added", items: object({ store, items: { type: "array", items: item } }, ["store", "items"]) },
    itemCount: { type: "integer", description: "Units in the cart (the header badge)" },
    subtotalCents: cents("The available items' line totals, before discount, shipping and tax"),
    coupon,
  },
  ["id", "sellers", "itemCount", "subtotalCents", "coupon"],
);
const cartResponse = (description: string) => ({ description, content: json(object({ data: cart }, ["data"])) });
const itemParam = parameters(ZUpdateCartItemInput.pick({ itemId: true }), "path");
const stockRefusal: [number, string] = [422, "UNPROCESSABLE: more than is in stock, or sold out (fields.quantity)"];

export const cartOperations = {
  "/cart": {
    get: {
      operationId: "getCart",
      summary: "The caller's cart by seller, at today's prices, with the coupon evaluated",
      security: signedIn,
      responses: { "200": cartResponse("The cart"), ...errors(401) },
    },
  },
  "/cart/items": {
    post: {
      operationId: "addCartItem",
      summary: "Add a variant; the quantity adds to what is already in the cart, and may not pass the stock (422 with fields.quantity)",
      security: signedIn,
      requestBody: jsonBody(ZAddToCartInput),
      responses: { "201": cartResponse("The updated cart"), ...errors(400, 401, [404, "NOT_FOUND: no such variant on sale"], stockRefusal) },
    },
  },
  "/cart/items/{itemId}": {
    patch: {
      operationId: "updateCartItem",
      summary: "Set an item's quantity; 0 removes it. More than the stock is a 422 with fields.quantity",
      security: signedIn,
      parameters: itemParam,
      requestBody: jsonBody(ZCartItemQuantityInput),
      responses: { "200": cartResponse("The updated cart"), ...errors(400, 401, [404, "NOT_FOUND: no such item in the caller's cart"], stockRefusal) },
    },
    delete: {
      operationId: "removeCartItem",
      summary: "Remove an item",
      security: signedIn,
      parameters: itemParam,
      responses: { "200": cartResponse("The updated cart"), ...errors(400, 401, [404, "NOT_FOUND: no such item in the caller's cart"]) },
    },
  },
  "/cart/coupon": {
    put: {
      operationId: "applyCartCoupon",
      summary: "Put a coupon code on the cart (any case; replaces the one there). A refused code is a 422 with the reason under fields.code",
      security: signedIn,
      requestBody: jsonBody(ZApplyCouponInput),
      responses: { "200": cartResponse("The cart with the coupon"), ...errors(400, 401, [422, "UNPROCESSABLE: the code does not apply (the reason is in fields.code)"]) },
    },
    delete: {
      operationId: "removeCartCoupon",
      summary: "Take the coupon code off the cart (fine when there is none)",
      security: signedIn,
      responses: { "200": cartResponse("The cart without a coupon"), ...errors(401) },
    },
  },
} as const;
