// The OpenAPI description of /api/v1. Each operation is listed next to the others here; a test
// checks that every route handler under app/api/v1 has an entry, so the document cannot drift.
import { getEnv } from "../env";
import { authOperations, meOperations, twoFactorOperations } from "./openapi-accounts";
import { reviewOperations, wishlistOperations } from "./openapi-reviews";
import { cartOperations } from "./openapi-cart";
import { orderOperations, orderSchemas } from "./openapi-orders";
import { catalogOperations } from "./openapi-catalog";
import { errorResponse } from "./openapi-shared";

const category = {
  type: "object",
  properties: {
    id: { type: "string" },
    slug: { type: "string" },
    name: { type: "string" },
    imageUrl: { type: ["string", "null"] },
    children: { type: "array", items: { type: "object", properties: { id: { type: "string" }, slug: { type: "string" }, name: { type: "string" } } } },
  },
};

const stockState = {
  oneOf: [
    { type: "object", properties: { kind: { const: "in-stock" } } },
    { type: "object", properties: { kind: { const: "low" }, left: { type: "integer" } } },
    { type: "object", properties: { kind: { const: "sold-out" } } },
  ],
};

const product = {
  type: "object",
  properties: {
    id: { type: "string" },
    slug: { type: "string" },
    title: { type: "string" },
    description: { type: "string" },
    condition: { enum: ["NEW", "USED", "REFURBISHED"] },
    brand: { type: ["object", "null"], properties: { name: { type: "string" }, slug: { type: "string" } } },
    rating: { type: "object", properties: { average: { type: "number" }, count: { type: "integer" } } },
    flashSale: { type: ["object", "null"], properties: { priceCents: { type: "integer" }, endsAt: { type: "string", format: "date-time" } } },
    images: { type: "array", items: { type: "object", properties: { url: { type: "string" }, alt: { type: "string" } } } },
    variants: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          sku: { type: "string" },
          title: { type: "string" },
          options: { type: "object", properties: { size: { type: ["string", "null"] }, color: { type: ["string", "null"] }, material: { type: ["string", "null"] } } },
          priceCents: { type: "integer", description: "What it costs now, in cents (flash sale applied)" },
          regularPriceCents: { type: "integer" },
          compareAtPriceCents: { type: ["integer", "null"] },
          stock: stockState,
        },
      },
    },
    store: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" } } },
  },
};

/** Every operation, keyed by path then method; `routes` in the test is checked against this. */
export const operations = {
  "/categories": {
    get: {
      operationId: "listCategories",
      summary: "The category tree",
      responses: { "200": { description: "Categories", content: { "application/json": { schema: { type: "object", properties: { data: { type: "array", items: category } } } } } }, default: errorResponse },
    },
  },
  "/products/{slug}": {
    get: {
      operationId: "getProduct",
      summary: "One active product",
      parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
      responses: {
        "200": { description: "The product", content: { "application/json": { schema: { type: "object", properties: { data: product } } } } },
        "404": errorResponse,
        default: errorResponse,
      },
    },
  },
  "/openapi.json": {
    get: { operationId: "getOpenApi", summary: "This document", responses: { "200": { description: "OpenAPI 3.1 document" } } },
  },
  ...catalogOperations,
  ...authOperations,
  ...twoFactorOperations,
  ...meOperations,
  ...reviewOperations,
  ...wishlistOperations,
  ...cartOperations,
  ...orderOperations,
} as const;

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: { title: "Bazaar API", version: "1", description: "The REST API for Bazaar's mobile apps. Money is in integer cents." },
    servers: [{ url: `${getEnv().appUrl}/api/v1` }],
    paths: operations,
    components: {
      schemas: { ...orderSchemas },
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "The accessToken from /auth/login, /auth/register or /auth/refresh" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The web session, for the site's own pages (__Secure-authjs.session-token over HTTPS)" },
      },
    },
  };
}
