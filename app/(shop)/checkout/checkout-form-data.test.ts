// [CHECKOUT] the web form's fields become placeOrder's input: the address chosen or typed, the
// shipping choice per seller, the coupon the summary used and the total the shopper saw.
import { describe, expect, it } from "vitest";
import { ZCheckoutInput } from "@/lib/checkout/checkout.schema";
import { checkoutFormInput } from "./checkout-form-data";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
};

describe("[CHECKOUT] checkout form data", () => {
  it("reads an address-book address, the shipping choices and the summary's coupon and total", () => {
    const { token, input } = checkoutFormInput(
      form([
        ["token", "tok-1"],
        ["address", "addr-1"],
        ["ship.store-a", "method-1"],
        ["ship.store-a", "method-2"],
        ["ship.store-b", ""],
        ["coupon", "TYPED-NOT-APPLIED"],
        ["appliedCoupon", "save10"],
        ["expectedTotalCents", "12345"],
        ["fullName", "ignored when a saved address is chosen"],
      ]),
    );
    expect(token).toBe("tok-1");
    expect(input).toEqual({ addressId: "addr-1", shipping: { "store-a": "method-1" }, couponCode: "save10", expectedTotalCents: 12345 });
    expect(ZCheckoutInput.parse(input)).toMatchObject({ addressId: "addr-1", couponCode: "save10" });
  });

  it("reads a typed address with its save choice; an empty coupon means none; a bad total is left out", () => {
    const { token, input } = checkoutFormInput(
      form([
        ["address", "new"],
        ["fullName", "Ada Buyer"],
        ["line1", "1 Quay Street"],
        ["line2", ""],
        ["city", "Dublin"],
        ["postalCode", "D02 X285"],
        ["country", "IE"],
        ["saveAddress", "on"],
        ["appliedCoupon", ""],
        ["expectedTotalCents", "12.5"],
      ]),
    );
    expect(token).toBe("");
    expect(input).toEqual({
      address: { fullName: "Ada Buyer", line1: "1 Quay Street", line2: "", city: "Dublin", region: "", postalCode: "D02 X285", country: "IE", phone: "" },
      saveAddress: true,
      shipping: {},
      couponCode: "",
    });
    expect(ZCheckoutInput.parse(input)).toMatchObject({ address: { country: "IE", line2: null, region: null, phone: null }, couponCode: null });
  });

  it("treats a form without an address choice (an empty address book) as a typed address, whose gaps are field errors", () => {
    const { input } = checkoutFormInput(form([["city", "Dublin"]]));
    expect(input).toMatchObject({ address: { city: "Dublin", fullName: "" }, saveAddress: false });
    const parsed = ZCheckoutInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["address.fullName", "address.line1", "address.country"]));
  });
});
