// What the checkout form posts, as placeOrder's input. The coupon is the one the summary was
// worked out with (`appliedCoupon`), not whatever is in the box: a code typed but not applied is
// not charged for. The shipping choices and the address are the ones the form shows.
import { ADDRESS_FIELDS, NEW_ADDRESS, SHIPPING_PARAM_PREFIX, type AddressField } from "@/lib/checkout/checkout-params";
import type { TCheckoutInput } from "@/lib/checkout/checkout.schema";

export function checkoutFormInput(form: FormData): { token: string; input: TCheckoutInput } {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const shipping: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    const storeId = key.startsWith(SHIPPING_PARAM_PREFIX) ? key.slice(SHIPPING_PARAM_PREFIX.length) : "";
    // A store without shipping methods posts an empty choice: placeOrder picks its default.
    if (storeId && typeof value === "string" && value !== "" && !(storeId in shipping)) shipping[storeId] = value;
  }
  const choice = text("address") || NEW_ADDRESS;
  const expected = text("expectedTotalCents") ?? "";
  const input: TCheckoutInput = {
    ...(choice === NEW_ADDRESS
      ? { address: Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, text(name) ?? ""])) as Record<AddressField, string>, saveAddress: form.get("saveAddress") === "on" }
      : { addressId: choice }),
    shipping,
    couponCode: text("appliedCoupon") ?? "",
    ...(/^\d{1,12}$/.test(expected) ? { expectedTotalCents: Number(expected) } : {}),
  };
  return { token: text("token") ?? "", input };
}
