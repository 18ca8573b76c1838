// The OpenAPI description of /api/v1. Each operation is listed next to the others here; a test
// checks that every route handler under app/api/v1 has an entry, and the contract test
// (app/api/v1/contract.test.ts) that every answer is one this document allows. Parameters and
// request bodies are generated from the handlers' zod schemas. Imports stay free of the database
// and of server-only modules, so scripts can build the document too.
import { ZProductParams } from "../catalog/product.schema";
import { getEnv } from "../env";
import { authOperations, meOperations, twoFactorOperations } from "./openapi-accounts";
import { reviewOperations, wishlistOperations } from "./openapi-reviews";
import { cartOperations } from "./openapi-cart";
import { orderOperations, orderSchemas } from "./openapi-orders";
import { catalogOperations } from "./openapi-catalog";
import { errors, parameters } from "./openapi-shared";

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
      responses: { "200": { description: "Categories", content: { "application/json": { schema: { type: "object", properties: { data: { type: "array", items: category } } } } } }, ...errors() },
    },
  },
  "/products/{slug}": {
    get: {
      operationId: "getProduct",
      summary: "One active product",
      parameters: parameters(ZProductParams, "path"),
      responses: {
        "200": { description: "The product", content: { "application/json": { schema: { type: "object", properties: { data: product } } } } },
        ...errors([400, "VALIDATION_FAILED: the slug is too long"], [404, "NOT_FOUND: no such product on sale"]),
      },
    },
  },
  "/openapi.json": {
    get: { operationId: "getOpenApi", summary: "This document", responses: { "200": { description: "OpenAPI 3.1 document", content: { "application/json": { schema: { type: "object", required: ["openapi", "paths"] } } } } } },
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
    info: {
      title: "Bazaar API",
      version: "1",
      description: [
        "The REST API for Bazaar's mobile apps. Money is in integer cents.",
        "Every error is `{ error: { code, message, fields?, requestId } }`; `fields` names each bad field or parameter.",
        "Lists take `page` (from 1) and `pageSize`: a value out of range or not a whole number is a 400 naming the parameter, never a quiet default.",
        "A method a path does not list answers 405 METHOD_NOT_ALLOWED with an `Allow` header.",
      ].join("\n\n"),
    },
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
