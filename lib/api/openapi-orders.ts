// OpenAPI operations for checkout (/checkout, /checkout/preview), the buyer's orders (/orders) and
// the seller's side of them (/seller/orders). The shared shapes go under components.schemas and
// are referenced by name; openapi.ts merges both into the document. Parameters and request bodies
// come from the handlers' own zod schemas.
import { z } from "zod";
import { ZCheckoutInput, ZPreviewCheckoutInput } from "../checkout/checkout.schema";
import { ZIdempotencyKey } from "../idempotency/idempotency.schema";
import { ZCancelOrderInput, ZChangeSubOrderStatusInput, ZListOrdersQuery, ZOrderId, ZRefundSubOrderInput, ZStoreOrdersQuery } from "../orders/orders.schema";
import { errors, jsonBody, parameters, pathId, signedIn } from "./openapi-shared";

const string = { type: "string" } as const;
const nullableString = { type: ["string", "null"] } as const;
const integer = { type: "integer" } as const;
const dateTime = { type: "string", format: "date-time" } as const;
const nullableDateTime = { type: ["string", "null"], format: "date-time" } as const;
const cents = (description: string) => ({ type: "integer", description: `${description}, in cents` });
const object = (properties: Record<string, unknown>, required: string[] = Object.keys(properties)) => ({ type: "object", properties, required });
const nullable = (schema: Record<string, unknown>) => ({ oneOf: [{ type: "null" }, schema] });
type SchemaName = "OrderItem" | "StatusEvent" | "SubOrder" | "Order" | "SellerSubOrder" | "Quote" | "PlacedOrder";
const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ "application/json": { schema } });
const data = (description: string, schema: unknown, extra: Record<string, unknown> = {}) => ({ description, content: json(object({ data: schema, ...extra })) });
const pagination = object({ page: integer, pageSize: integer, total: integer, pageCount: integer });

const orderStatus = { enum: ["PENDING_PAYMENT", "PAID", "PARTIALLY_FULFILLED", "FULFILLED", "CANCELLED", "REFUNDED", "EXPIRED"] };
const subOrderStatuses = ["PENDING_PAYMENT", "PAID", "PREPARING", "IN_TRANSIT", "DELIVERED", "CANCELLED", "REFUNDED"];
const subOrderStatus = { enum: subOrderStatuses };
const store = object({ id: string, name: string, slug: string });
const money = {
  subtotalCents: cents("The goods"),
  shippingCents: cents("Shipping"),
  discountCents: cents("The coupon's discount"),
  taxCents: cents("Tax on the goods after discount"),
  totalCents: cents("What is charged"),
};
const address = object(
  { fullName: string, line1: string, line2: nullableString, city: string, region: nullableString, postalCode: string, country: { type: "string", description: "ISO 3166-1 alpha-2" }, phone: nullableString },
);
const refund = object({ id: string, amountCents: cents("Refunded or being refunded"), status: { enum: ["PENDING", "SUCCEEDED", "FAILED"] }, reason: nullableString, createdAt: dateTime });
const subOrderFields = {
  id: string,
  status: subOrderStatus,
  ...money,
  refundedCents: cents("Refunds the provider has confirmed"),
  shippingMethodName: nullableString,
  carrier: nullableString,
  trackingNumber: nullableString,
  shippedAt: nullableDateTime,
  deliveredAt: nullableDateTime,
  cancelledAt: nullableDateTime,
  createdAt: dateTime,
  store,
  items: { type: "array", items: ref("OrderItem") },
  statusEvents: { type: "array", items: ref("StatusEvent"), description: "The part's history, oldest first" },
  refunds: { type: "array", items: refund },
};
const actions = (description: string) => ({ type: "array", items: { enum: ["PREPARING", "IN_TRANSIT", "DELIVERED", "CANCELLED", "REFUNDED"] }, description });

const shippingOption = object({
  id: { ...nullableString, description: "Send it in `shipping` to choose this method; null: the store ships free by standard post" },
  name: string,
  rateCents: cents("The method's rate"),
  freeOverCents: { type: ["integer", "null"], description: "Free from this parcel subtotal, in cents" },
  minDays: integer,
  maxDays: integer,
  costCents: cents("What it costs for this parcel"),
});
const quoteLine = object({
  cartItemId: string,
  variantId: string,
  productId: string,
  productSlug: string,
  productTitle: string,
  variantTitle: string,
  sku: string,
  imageUrl: nullableString,
  quantity: integer,
  unitPriceCents: cents("One unit now (flash sale applied)"),
  lineTotalCents: cents("unitPriceCents × quantity"),
  stock: { type: "integer", description: "Units on sale now (0 when it can no longer be bought)" },
  available: { type: "boolean" },
});

/** Named shapes, published under components.schemas. */
export const orderSchemas: Record<SchemaName, unknown> = {
  OrderItem: object({
    id: string,
    productId: { ...nullableString, description: "Null once the product is deleted; the snapshot stays" },
    variantId: nullableString,
    productTitle: { type: "string", description: "As it was when ordered" },
    variantTitle: string,
    sku: string,
    imageUrl: nullableString,
    unitPriceCents: cents("One unit as charged"),
    quantity: integer,
    lineTotalCents: cents("unitPriceCents × quantity"),
    product: { ...nullable(object({ slug: string })), description: "The live product, for a link; null once deleted" },
  }),
  StatusEvent: object({
    id: string,
    fromStatus: { oneOf: [{ type: "null" }, subOrderStatus] },
    toStatus: subOrderStatus,
    actorRole: { enum: ["BUYER", "SELLER", "ADMIN", "SYSTEM"] },
    note: { ...nullableString, description: "A reason, the carrier and tracking number, a refund…" },
    createdAt: dateTime,
  }),
  SubOrder: object({ ...subOrderFields, actions: actions("The statuses the caller may move this part to now") }),
  Order: object({
    id: { type: "string", format: "uuid" },
    number: { type: "integer", description: "The order number shown to people" },
    status: orderStatus,
    currency: string,
    email: string,
    ...money,
    shippingAddress: address,
    reservationExpiresAt: { ...nullableDateTime, description: "Unpaid orders hold their stock until then, then expire" },
    placedAt: dateTime,
    paidAt: nullableDateTime,
    cancelledAt: nullableDateTime,
    coupon: nullable(object({ code: string })),
    couponCode: nullableString,
    buyer: object({ name: nullableString }),
    subOrders: { type: "array", items: ref("SubOrder"), description: "One part per seller, each moving on its own" },
    payments: {
      type: "array",
      items: object({ id: string, status: { enum: ["PENDING", "SUCCEEDED", "FAILED", "CANCELLED", "PARTIALLY_REFUNDED", "REFUNDED"] }, provider: string, amountCents: integer, refundedCents: integer, checkoutUrl: nullableString, createdAt: dateTime }),
      description: "Newest first",
    },
    canPay: { type: "boolean", description: "Awaiting payment: POST /orders/{orderId}/pay gives a payment page" },
  }),
  SellerSubOrder: object({
    ...subOrderFields,
    order: object({ id: string, number: integer, status: orderStatus, currency: string, email: string, placedAt: dateTime, paidAt: nullableDateTime, shippingAddress: address, buyer: object({ name: nullableString }) }),
    actions: actions("The statuses the seller may move this part to now (an unpaid part is not offered CANCELLED)"),
    refundableCents: cents("What can still be refunded (0 until paid)"),
  }),
  Quote: object({
    currency: string,
    sellers: {
      type: "array",
      items: object({
        store,
        lines: { type: "array", items: quoteLine },
        shippingOptions: { type: "array", items: shippingOption, description: "The store's methods, cheapest position first" },
        shipping: { ...shippingOption, description: "The method chosen (the first unless `shipping` names another)" },
        ...money,
      }),
      description: "The available items by seller; each becomes one part of the order",
    },
    ...money,
    tax: { ...nullable(object({ country: string, label: string, rateBps: { type: "integer", description: "Basis points: 2300 = 23 %" } })), description: "Null until an address is given" },
    coupon: nullable(object({ id: string, code: string, discountCents: integer })),
    couponError: { ...nullableString, description: "Why the code given does not apply, in the shopper's words" },
    problems: { type: "array", items: string, description: "What must be fixed before placing the order (unavailable items, too few in stock)" },
  }),
  PlacedOrder: object({
    orderId: { type: "string", format: "uuid" },
    number: integer,
    status: { enum: ["PENDING_PAYMENT", "PAID"], description: "PAID at once when nothing is due" },
    totalCents: integer,
    currency: string,
    checkoutUrl: { ...nullableString, description: "Open it to pay; null when nothing is due or the payment could not start" },
    paymentError: { ...nullableString, description: "Why the payment did not start; the order is kept and can be paid with POST /orders/{orderId}/pay until it expires" },
  }),
};

const orderIdParam = parameters(z.object({ orderId: ZOrderId }), "path");
const subOrderIdParam = pathId("subOrderId");

export const orderOperations = {
  "/checkout/preview": {
    post: {
      operationId: "previewCheckout",
      summary: "What placing the cart as an order would cost now: per seller, shipping options, coupon, tax and anything to fix first",
      description:
        "Nothing is reserved or written. Only the address's country matters here (for tax), so `address` may hold just `country`; `addressId` wins when both are sent, and with neither the default address is used (no tax while the address book is empty). An `addressId` not in the caller's address book is a 400 with fields.addressId.",
      security: signedIn,
      requestBody: jsonBody(ZPreviewCheckoutInput, { required: false }),
      responses: { "200": data("The quote", ref("Quote")), ...errors([400, "BAD_REQUEST: the body is not JSON; VALIDATION_FAILED: e.g. an addressId not in the address book (fields.addressId)"], 401) },
    },
  },
  "/checkout": {
    post: {
      operationId: "placeOrder",
      summary: "Place the cart as an order (one part per seller), hold its stock for 30 minutes and start the payment",
      description:
        "Send a fresh Idempotency-Key with each new order and the same one when retrying it: a retry with the same key and body gets the first answer (status and body) again, with `Idempotent-Replayed: true`, and never places a second order — also when the retry arrives while the first is still running. Refusals (400, 409, 422) are replayed too: change the body and use a new key. Send `expectedTotalCents` (the total the shopper saw) to be refused with 409 PRICE_CHANGED instead of charging a different amount.",
      security: signedIn,
      parameters: parameters(z.object({ "Idempotency-Key": ZIdempotencyKey }), "header", {
        descriptions: {
          "Idempotency-Key":
            "Printable ASCII, e.g. a UUID made when the shopper pressed the button; kept 24 hours per user. Missing: 400 VALIDATION_FAILED with fields.idempotencyKey. Reused with another body: 422.",
        },
      }),
      requestBody: jsonBody(ZCheckoutInput, { description: "Exactly one of addressId and address. `shipping`: store id → shipping method id (a store left out gets its first method); `couponCode` omitted: the code saved on the cart, empty or null: none; `expectedTotalCents`: the total the shopper agreed to" }),
      responses: {
        "201": {
          ...data("The order, placed (or the first answer again)", ref("PlacedOrder")),
          headers: { "Idempotent-Replayed": { schema: { enum: ["true", "false"] }, description: "true when this is the stored answer to an earlier request with the same key" } },
        },
        ...errors(
          [400, "BAD_REQUEST: the body is not JSON; VALIDATION_FAILED: the Idempotency-Key is missing or invalid (fields.idempotencyKey), or the address or another field is (fields.<name>)"],
          401,
          [403, "FORBIDDEN: the email address is not verified yet"],
          [
            409,
            "OUT_OF_STOCK: an item is no longer available or too few are left (fields.cart lists each); PRICE_CHANGED: the total is not expectedTotalCents any more (fields.expectedTotalCents has the new one); CONFLICT: a request with this key is still running (Retry-After)",
          ],
          [422, "UNPROCESSABLE: the cart is empty (fields.cart), the coupon does not apply (fields.couponCode), or the Idempotency-Key was used for a different body (fields.idempotencyKey)"],
        ),
      },
    },
  },
  "/orders": {
    get: {
      operationId: "listOrders",
      summary: "The caller's orders, newest first",
      security: signedIn,
      parameters: parameters(ZListOrdersQuery, "query"),
      responses: {
        "200": data(
          "A page of orders",
          {
            type: "array",
            items: object({
              id: string,
              number: integer,
              status: orderStatus,
              totalCents: integer,
              currency: string,
              placedAt: dateTime,
              subOrders: {
                type: "array",
                items: object({ id: string, status: subOrderStatus, store: object({ name: string, slug: string }), items: { type: "array", description: "Up to 4", items: object({ productTitle: string, imageUrl: nullableString, quantity: integer }) } }),
              },
            }),
          },
          { pagination },
        ),
        ...errors(400, 401),
      },
    },
  },
  "/orders/{orderId}": {
    get: {
      operationId: "getOrder",
      summary: "One of the caller's orders in full: parts by seller, items, history, refunds, payments",
      security: signedIn,
      parameters: orderIdParam,
      responses: { "200": data("The order", ref("Order")), ...errors(401, [404, "NOT_FOUND: no such order of the caller's"]) },
    },
  },
  "/orders/{orderId}/cancel": {
    post: {
      operationId: "cancelOrder",
      summary: "Cancel every part that has not shipped; stock goes back on sale and what was paid for those parts is refunded",
      description: "An unpaid order is cancelled whole. Nothing left to cancel (shipped or closed): 409.",
      security: signedIn,
      parameters: orderIdParam,
      requestBody: jsonBody(ZCancelOrderInput, { required: false }),
      responses: {
        "200": data("The order as it is now", ref("Order")),
        ...errors(400, 401, [403, "FORBIDDEN: the move exists, but not for the caller"], [404, "NOT_FOUND: no such order of the caller's"], [409, "CONFLICT: nothing left to cancel"]),
      },
    },
  },
  "/orders/{orderId}/pay": {
    post: {
      operationId: "payOrder",
      summary: "A fresh payment page for an order still awaiting payment (after a failed or abandoned attempt)",
      security: signedIn,
      parameters: orderIdParam,
      responses: {
        "200": data("Where to pay", object({ checkoutUrl: string })),
        ...errors(
          401,
          [404, "NOT_FOUND: no such order of the caller's"],
          [409, "CONFLICT: the order is not awaiting payment (paid, cancelled or expired)"],
          [503, "SERVICE_UNAVAILABLE: payments cannot start right now; try again"],
        ),
      },
    },
  },
  "/seller/orders": {
    get: {
      operationId: "listSellerOrders",
      summary: "The caller's store's parts of orders, newest first (needs an approved store: 403 otherwise)",
      security: signedIn,
      parameters: parameters(ZStoreOrdersQuery, "query"),
      responses: {
        "200": data(
          "A page of sub-orders",
          {
            type: "array",
            items: object({
              id: string,
              status: subOrderStatus,
              totalCents: integer,
              createdAt: dateTime,
              order: object({ id: string, number: integer, currency: string, buyer: object({ name: nullableString }), shipTo: object({ fullName: string, city: string, country: string }) }),
              items: { type: "array", items: object({ productTitle: string, quantity: integer }) },
            }),
          },
          { counts: { type: "object", description: "Sub-orders per status across the store, whatever the filter", additionalProperties: integer, propertyNames: subOrderStatus }, pagination },
        ),
        ...errors(400, 401, [403, "FORBIDDEN: the caller has no approved store"]),
      },
    },
  },
  "/seller/orders/{subOrderId}": {
    get: {
      operationId: "getSellerOrder",
      summary: "One part of an order as its seller sees it: what to ship, where, and what can be done next",
      security: signedIn,
      parameters: [subOrderIdParam],
      responses: { "200": data("The sub-order", ref("SellerSubOrder")), ...errors(401, [404, "NOT_FOUND: no such part of an order of the caller's store"]) },
    },
  },
  "/seller/orders/{subOrderId}/status": {
    post: {
      operationId: "changeSellerOrderStatus",
      summary: "Move a part along: PAID → PREPARING → IN_TRANSIT (carrier and tracking number required) → DELIVERED, or CANCELLED before it ships",
      description: "Cancelling puts the units back on sale and refunds what was paid for the part. Only the store's owner (or an admin) may: anyone else gets 404.",
      security: signedIn,
      parameters: [subOrderIdParam],
      requestBody: jsonBody(ZChangeSubOrderStatusInput),
      responses: {
        "200": data("The sub-order as it is now", ref("SellerSubOrder")),
        ...errors(
          [400, "BAD_REQUEST: the body is not JSON; VALIDATION_FAILED: e.g. IN_TRANSIT without fields.carrier or fields.trackingNumber"],
          401,
          [403, "FORBIDDEN: the move exists, but not for the caller"],
          [404, "NOT_FOUND: no such part of an order of the caller's store"],
          [409, "CONFLICT: not a move from the part's current status (e.g. paid → delivered), or it changed meanwhile"],
        ),
      },
    },
  },
  "/seller/orders/{subOrderId}/refunds": {
    post: {
      operationId: "refundSellerOrder",
      summary: "Refund part of a paid sub-order, or with no amount all that is left (which marks it REFUNDED)",
      description: "The refund is recorded at once (PENDING) and sent to the payment provider in the background.",
      security: signedIn,
      parameters: [subOrderIdParam],
      requestBody: jsonBody(ZRefundSubOrderInput, { required: false, description: "`amountCents` omitted (or no body): everything not yet refunded" }),
      responses: {
        "201": data("The refund", object({ refundId: string, amountCents: integer })),
        ...errors(
          400,
          401,
          [403, "FORBIDDEN: the move to REFUNDED exists, but not for the caller"],
          [404, "NOT_FOUND: no such part of an order of the caller's store"],
          [409, "CONFLICT: not paid, already refunded in full, or closed"],
          [422, "UNPROCESSABLE: more than is left to refund (fields.amountCents)"],
        ),
      },
    },
  },
} as const;
