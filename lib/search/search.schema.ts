// Search input for /api/v1/search and the autocomplete, shared with the search box. No database
// here: the OpenAPI document is generated from these schemas, and client components may import it.
import { z } from "zod";

/** What /search looks for: products (with the listing's filters) or stores by name. */
export const ZSearchMode = z.object({
  mode: z.enum(["products", "stores"], { error: "Search products or stores" }).default("products"),
});

/** Autocomplete looks at the first 100 characters typed; a longer query is refused. */
export const SUGGEST_MAX_LENGTH = 100;

export const ZSuggestInput = z.object({
  q: z.string({ error: "Type what to look for in q" }).max(SUGGEST_MAX_LENGTH, `At most ${SUGGEST_MAX_LENGTH} characters`),
  limit: z.coerce
    .number({ error: "The limit is a whole number from 1 to 10" })
    .int("The limit is a whole number from 1 to 10")
    .min(1, "The limit is a whole number from 1 to 10")
    .max(10, "The limit is a whole number from 1 to 10")
    .default(6),
});
export type SuggestInput = z.input<typeof ZSuggestInput>;
