// A product's address in the API: /products/{slug}, where the slug may also be the product's id.
import { z } from "zod";

export const ZProductParams = z.object({
  slug: z.string({ error: "Name the product" }).min(1, "Name the product").max(200, "No product has a slug that long").meta({ description: "The product's slug or id" }),
});
