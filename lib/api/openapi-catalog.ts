// OpenAPI operations for catalog listings, search and autocomplete. The parameters come from the
// zod schemas the handlers parse the query string with.
import { listingParamNames, ZListingOptions, ZListingQuery } from "../catalog/listing-query";
import { MAX_QUERY_LENGTH } from "../search/parse-query";
import { ZSearchMode, ZSuggestInput } from "../search/search.schema";
import { productCard } from "./openapi-reviews";
import { errors, optionallySignedIn, parameters } from "./openapi-shared";

const listingParameters = parameters(ZListingQuery, "query", {
  names: listingParamNames,
  descriptions: {
    q: `Search words; "quoted words" match as a phrase; the last word matches as a prefix unless followed by a space. Longer text is cut to ${MAX_QUERY_LENGTH} characters`,
    category: "Category slug: the category and everything below it",
    store: "Store slug: one seller's listings",
    seller: "Comma-separated store slugs (any of them)",
    brand: "Comma-separated brand slugs (any of them)",
    condition: "Comma-separated, in any case: new, used, refurbished",
    min: "Lowest price in dollars, e.g. 19.99 (the flash-sale price when one is open)",
    max: "Highest price in dollars; not below min",
    inStock: "In stock only",
    rating: "Average rating at least this",
    onSale: "On sale: an open flash sale or a compare-at price",
    page: "24 results a page",
  },
});

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
      parameters: [...listingParameters, ...parameters(ZListingOptions, "query", { descriptions: { facets: "Include facet counts" } })],
      responses: { "200": listingResponse, ...errors(400) },
    },
  },
  "/search": {
    get: {
      operationId: "search",
      summary: "Full-text product search with facets, or sellers by store name (mode=stores)",
      description:
        "Accent-insensitive, typo-tolerant: when the words find nothing, a corrected spelling is tried and reported in meta.correctedFrom. Any text is accepted. Searches are logged (with the user when signed in) for analytics.",
      security: optionallySignedIn,
      parameters: [...parameters(ZSearchMode, "query"), ...listingParameters],
      responses: {
        "200": {
          ...listingResponse,
          description: "Products (as /products, with facets), or for mode=stores: data is a list of stores {slug, name, logoUrl, rating, ratingCount, listingCount, memberSince}",
        },
        ...errors(400, [401, "UNAUTHENTICATED: a Bearer token was sent and is invalid or expired (signed out is fine)"]),
      },
    },
  },
  "/search/suggest": {
    get: {
      operationId: "suggest",
      summary: "Autocomplete as the shopper types",
      parameters: parameters(ZSuggestInput, "query", {
        descriptions: { q: "What has been typed; fewer than 2 letters suggest nothing. The last word is a prefix", limit: "Products to suggest" },
      }),
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
        ...errors(400),
      },
    },
  },
} as const;
