// The checkout summary for the API (POST /api/v1/checkout/preview): the checkout page's own quote
// (checkoutView), asked with a JSON body shaped like the checkout's instead of the page's query
// string. Only the address's country matters here, so a half-typed address still gets a preview;
// without any address, the default one is used, as on the page. Nothing is written.
import "server-only";
import { parseInput } from "../accounts/profile/profile.schema";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { ZPreviewCheckoutInput, type TPreviewCheckoutInput } from "./checkout.schema";
import { NEW_ADDRESS } from "./checkout-params";
import { checkoutView } from "./get-checkout";
import type { CheckoutQuote } from "./quote";

export { ZPreviewCheckoutInput, type TPreviewCheckoutInput };

export async function previewCheckout({ actor, input, now }: { actor: Actor | null; input: TPreviewCheckoutInput | unknown; now?: Date }): Promise<CheckoutQuote> {
  // No body at all is no choices; a body that is not an object (JSON null too) is a 400.
  const { addressId, address, shipping, couponCode } = parseInput(ZPreviewCheckoutInput, input === undefined ? {} : input);
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
