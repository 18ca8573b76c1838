// The checkout summary for the API (POST /api/v1/checkout/preview): the checkout page's own quote
// (checkoutView), asked with a JSON body shaped like the checkout's instead of the page's query
// string. Only the address's country matters here, so a half-typed address still gets a preview;
// without any address, the default one is used, as on the page. Nothing is written.
import "server-only";
import { z } from "zod";
import { isCountryCode } from "../accounts/profile/countries";
import { parseInput } from "../accounts/profile/profile.schema";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { NEW_ADDRESS } from "./checkout-params";
import { checkoutView } from "./get-checkout";
import type { CheckoutQuote } from "./quote";

const id = z.string().trim().min(1).max(64);

export const ZPreviewCheckoutInput = z.object({
  addressId: id.optional(),
  address: z
    .object({
      country: z
        .string({ error: "Choose a country" })
        .trim()
        .toUpperCase()
        .refine(isCountryCode, "Choose a country from the list (ISO 3166-1 alpha-2 code, e.g. US)"),
    })
    .optional(),
  shipping: z.record(id, id).default({}),
  /** Omitted: the code saved on the cart; empty or null: no coupon. */
  couponCode: z.string().trim().max(40).nullable().optional(),
});
export type TPreviewCheckoutInput = z.input<typeof ZPreviewCheckoutInput>;

export async function previewCheckout({ actor, input, now }: { actor: Actor | null; input: TPreviewCheckoutInput | unknown; now?: Date }): Promise<CheckoutQuote> {
  const { addressId, address, shipping, couponCode } = parseInput(ZPreviewCheckoutInput, input ?? {});
  const wanted = {
    address: addressId ?? (address ? NEW_ADDRESS : undefined),
    country: address?.country ?? null,
    shipping,
    couponCode: couponCode === undefined ? undefined : couponCode || null,
  };
  const view = await checkoutView({ actor, wanted, now });
  // The page falls back to the default address; an app that named one must hear it is not there.
  if (addressId && view.addressId !== addressId) {
    throw new AppError("VALIDATION_FAILED", "Choose an address from your address book", { fields: { addressId: ["This address is not in your address book"] } });
  }
  return view.quote;
}
