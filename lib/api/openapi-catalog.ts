// OpenAPI operations for catalog listings, search and autocomplete.
import { productCard } from "./openapi-reviews";
import { errorResponse } from "./openapi-shared";

const listingParameters = [
  { name: "q", in: "query", schema: { type: "string", maxLength: 200 }, description: "Search words; \"quoted words\" match as a phrase; the last word matches as a prefix unless followed by a space" },
  { name: "category", in: "query", schema: { type: "string" }, description: "Category slug: the category and everything below it" },
  { name: "store", in: "query", schema: { type: "string" }, description: "Store slug: one seller's listings" },
  { name: "seller", in: "query", schema: { type: "string" }, description: "Comma-separated store slugs (any of them)" },
  { name: "brand", in: "query", schema: { type: "string" }, description: "Comma-separated brand slugs (any of them)" },
  { name: "condition", in: "query", schema: { type: "string" }, description: "Comma-separated: new, used, refurbished" },
  { name: "min", in: "query", schema: { type: "string", pattern: "^\\d{1,7}(\\.\\d{1,2})?$" }, description: "Lowest price in dollars, e.g. 19.99 (the flash-sale price when one is open)" },
  { name: "max", in: "query", schema: { type: "string", pattern: "^\\d{1,7}(\\.\\d{1,2})?$" }, description: "Highest price in dollars" },
  { name: "stock", in: "query", schema: { enum: ["1", "true"] }, description: "In stock only" },
  { name: "rating", in: "query", schema: { type: "integer", minimum: 1, maximum: 4 }, description: "Average rating at least this" },
  { name: "sale", in: "query", schema: { enum: ["1", "true"] }, description: "On sale: an open flash sale or a compare-at price" },
  { name: "sort", in: "query", schema: { enum: ["relevance", "price-asc", "price-desc", "newest", "best-selling", "top-rated"], default: "relevance" } },
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: 200, default: 1 }, description: "24 results a page" },
];

const facetValue = { type: "object", properties: { slug: { type: "string" }, name: { type: "string" }, count: { type: "integer" } } };
const facets = {
  type: ["object", "null"],
  description: "Counts for the current results. Each facet counts as if its own choice were not made, so choosing a value shows exactly its count.",
  properties: {
    categories: { type: "array", items: facetValue, description: "Sub-categories of the listed category, or top-level categories" },
    brands: { type: "array", items: facetValue },
    sellers: { type: "array", items: facetValue },
    conditions: { type: "array", items: { type: "object", properties: { value: { enum: ["NEW", "USED", "REFURBISHED"] }, count: { type: "integer" } } } },
    prices: {
      type: "array",
      items: { type: "object", properties: { min: { type: "integer", description: "cents" }, max: { type: ["integer", "null"], description: "cents, exclusive" }, count: { type: "integer" } } },
    },
  },
};


const listingResponse = {
  description: "A page of listings",
  content: {
    "application/json": {
      schema: {
        type: "object",
        properties: {
          data: { type: "array", items: productCard },
          meta: {
            type: "object",
            properties: {
              total: { type: "integer" },
              page: { type: "integer" },
              pageCount: { type: "integer" },
              pageSize: { type: "integer" },
              query: { type: "object", description: "The query answered, as URL parameters (after a spelling correction, q is the corrected text)" },
              correctedFrom: { type: ["string", "null"], description: "The words typed, when they found nothing and a corrected spelling did" },
              suggestion: { type: ["string", "null"], description: "\"Did you mean\": when nothing was found, a spelling beyond the words' typo budget that would find something; offered, not searched" },
              facets,
            },
          },
        },
      },
    },
  },
};

export const catalogOperations = {
  "/products": {
    get: {
      operationId: "listProducts",
      summary: "Listings with filters, sorts and pages (facets with facets=1)",
      parameters: [...listingParameters, { name: "facets", in: "query", schema: { enum: ["1"] }, description: "Include facet counts" }],
      responses: { "200": listingResponse, "400": errorResponse, default: errorResponse },
    },
  },
  "/search": {
    get: {
      operationId: "search",
      summary: "Full-text product search with facets, or sellers by store name (mode=stores)",
      description:
        "Accent-insensitive, typo-tolerant: when the words find nothing, a corrected spelling is tried and reported in meta.correctedFrom. Any text is accepted. Searches are logged (with the user when signed in) for analytics.",
      parameters: [
        { name: "mode", in: "query", schema: { enum: ["products", "stores"], default: "products" } },
        ...listingParameters,
      ],
      responses: {
        "200": {
          ...listingResponse,
          description: "Products (as /products, with facets), or for mode=stores: data is a list of stores {slug, name, logoUrl, rating, ratingCount, listingCount, memberSince}",
        },
        "400": errorResponse,
        default: errorResponse,
      },
    },
  },
  "/search/suggest": {
    get: {
      operationId: "suggest",
      summary: "Autocomplete as the shopper types",
      parameters: [
        { name: "q", in: "query", required: true, schema: { type: "string", maxLength: 100 }, description: "At least 2 letters; the last word is a prefix" },
        { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 10, default: 6 }, description: "Products to suggest" },
      ],
      responses: {
        "200": {
          description: "Suggestions",
          content: {
            "application/json": {
              schema: {
                type: "object",
                properties: {
                  data: {
                    type: "object",
                    properties: {
                      q: { type: "string" },
                      products: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, title: { type: "string" }, priceCents: { type: "integer" }, imageUrl: { type: ["string", "null"] } } } },
                      categories: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" }, parentName: { type: ["string", "null"] } } } },
                      stores: { type: "array", items: { type: "object", properties: { slug: { type: "string" }, name: { type: "string" } } } },
                    },
                  },
                },
              },
            },
          },
        },
        "400": errorResponse,
        default: errorResponse,
      },
    },
  },
} as const;
