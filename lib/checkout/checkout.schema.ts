// What a shopper submits at checkout, shared by the web form, its server action and
// POST /api/v1/checkout. The address is either one from the address book or typed in.
import { z } from "zod";
import { ZAddressFields, ZCountryCode } from "../accounts/profile/profile.schema";

const id = z.string().trim().min(1).max(64);

/** A typed-in shipping address: the address book's rules, without its kind and default flag. */
export const ZCheckoutAddress = ZAddressFields.transform(({ fullName, line1, line2, city, region, postalCode, country, phone }) => ({
  fullName,
  line1,
  line2: line2 ?? null,
  city,
  region: region ?? null,
  postalCode,
  country,
  phone: phone ?? null,
}));
export type CheckoutAddress = z.output<typeof ZCheckoutAddress>;

/** Store id → the shipping method chosen for that seller's parcel; a store left out gets its first method. */
const shipping = z.record(id, id, { error: "Choose a shipping method id for each store id" }).default({});
/** Omitted: the code saved on the cart; empty or null: no coupon. */
const couponCode = z.preprocess(
  (value) => (value === "" ? null : value),
  z.string({ error: "Enter the coupon code as text" }).trim().max(40, "Coupon codes are at most 40 characters").nullable().optional(),
);

export const ZCheckoutInput = z
  .object({
    addressId: id.optional(),
    address: ZCheckoutAddress.optional(),
    /** Also keep a typed-in address in the address book. */
    saveAddress: z.boolean().optional(),
    shipping,
    couponCode,
    /**
     * The total the shopper saw. When prices, stock or rates changed since, the order is refused
     * (PRICE_CHANGED) instead of charging an amount nobody agreed to.
     */
    expectedTotalCents: z.number().int().min(0).optional(),
  })
  .superRefine((input, ctx) => {
    if (!input.addressId === !input.address) {
      ctx.addIssue({ code: "custom", path: ["addressId"], message: "Choose an address from your address book or enter one" });
    }
  })
  .meta({ description: "Exactly one of addressId and address", oneOf: [{ required: ["addressId"] }, { required: ["address"] }] });
export type TCheckoutInput = z.input<typeof ZCheckoutInput>;
export type CheckoutInput = z.output<typeof ZCheckoutInput>;

/**
 * The API's checkout preview (POST /api/v1/checkout/preview): the checkout's choices, where only the
 * address's country matters (for tax), so `address` may hold just `country`.
 */
export const ZPreviewCheckoutInput = z.object({
  addressId: id.optional(),
  address: z.object({ country: ZCountryCode }).optional(),
  shipping,
  couponCode,
});
export type TPreviewCheckoutInput = z.input<typeof ZPreviewCheckoutInput>;
