// Names the checkout page's form and query string share with the server (no imports: client
// components use them too).

/** The `address` value that picks the "use a new address" fields. */
export const NEW_ADDRESS = "new";
/** `ship.<storeId>=<shippingMethodId>`: the shipping method chosen for one seller's parcel. */
export const SHIPPING_PARAM_PREFIX = "ship.";
/** The typed-in address's fields, named as in the address book (`country` is also the quote's country). */
export const ADDRESS_FIELDS = ["fullName", "line1", "line2", "city", "region", "postalCode", "country", "phone"] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
