// Cart input, shared by the product and cart pages' server actions and /api/v1/cart. No database
// here: the OpenAPI document is generated from these schemas.
import { z } from "zod";
import { MAX_ITEM_QUANTITY } from "./limits";

// Forms send quantities as text; the API sends numbers. Anything else (true, null) is refused.
const fromText = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value);
const quantity = (min: number, tooFew: string) =>
  z.preprocess(
    fromText,
    z
      .number({ error: "Quantity must be a whole number" })
      .int("Quantity must be a whole number")
      .min(min, tooFew)
      .max(MAX_ITEM_QUANTITY, `At most ${MAX_ITEM_QUANTITY} at a time`),
  );
const id = (what: string) => z.string({ error: `Choose ${what}` }).min(1, `Choose ${what}`).max(64, `Choose ${what}`);

export const ZAddToCartInput = z.object({ variantId: id("a variant"), quantity: quantity(1, "Add at least one") });
export type TAddToCartInput = z.input<typeof ZAddToCartInput>;

/** The quantity an item is set to; 0 removes it. */
export const ZCartItemQuantityInput = z.object({ quantity: quantity(0, "Choose 0 to remove the item") });

export const ZUpdateCartItemInput = ZCartItemQuantityInput.extend({ itemId: id("an item") });
export type TUpdateCartItemInput = z.input<typeof ZUpdateCartItemInput>;

export const ZApplyCouponInput = z.object({
  code: z.string({ error: "Enter a coupon code" }).trim().min(1, "Enter a coupon code").max(40, "Coupon codes are at most 40 characters"),
});
export type TApplyCouponInput = z.input<typeof ZApplyCouponInput>;
