// What the checkout page shows, from its query string (the page is a GET form, so every choice
// re-renders the quote on the server): the shopper's addresses and the one chosen, the cart priced
// by the same quote placeOrder charges, and the coupon code in play. Nothing is written.
//
// Query parameters: `address` (an address-book id, or "new" for a typed-in address whose country
// is `country`), `ship.<storeId>` (the shipping method chosen for that seller), `coupon` (the code
// in the coupon field; present but empty means no code, absent means the code saved on the cart).
import "server-only";
import { listAddresses, type AddressView } from "../accounts/profile/address-book";
import { isCountryCode } from "../accounts/profile/countries";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { unauthenticated } from "../errors";
import { NEW_ADDRESS, SHIPPING_PARAM_PREFIX } from "./checkout-params";
import { buildQuote, loadCartLines, type CheckoutQuote } from "./quote";

export type CheckoutParams = URLSearchParams | Record<string, string | string[] | undefined>;

export interface CheckoutView {
  /** Shipping addresses first, each kind's default first. */
  addresses: AddressView[];
  /** The address-book entry chosen; null when a new address is being typed (or the book is empty). */
  addressId: string | null;
  /** Where the parcels go, as far as is known: the chosen address's country or the typed one's. */
  country: string | null;
  quote: CheckoutQuote;
  /** The code the quote was worked out with (for the coupon field); null for none. */
  couponCode: string | null;
  /** Lines in the cart, buyable or not: zero means there is nothing to check out. */
  lineCount: number;
}

function paramEntries(params: CheckoutParams | undefined): [string, string][] {
  if (!params) return [];
  if (params instanceof URLSearchParams) return [...params.entries()];
  return Object.entries(params).flatMap(([key, value]): [string, string][] => {
    if (typeof value === "string") return [[key, value]];
    // A repeated parameter: the first one counts, as URLSearchParams.get would have it.
    return Array.isArray(value) && typeof value[0] === "string" ? [[key, value[0]]] : [];
  });
}

const isId = (value: string) => value.length > 0 && value.length <= 64;

export function readCheckoutParams(params: CheckoutParams | undefined) {
  const entries = paramEntries(params);
  const get = (name: string) => entries.find(([key]) => key === name)?.[1];
  const shipping: Record<string, string> = {};
  for (const [key, value] of entries) {
    const storeId = key.startsWith(SHIPPING_PARAM_PREFIX) ? key.slice(SHIPPING_PARAM_PREFIX.length) : "";
    if (isId(storeId) && isId(value.trim()) && !(storeId in shipping)) shipping[storeId] = value.trim();
  }
  const coupon = get("coupon");
  const country = get("country")?.trim().toUpperCase();
  return {
    address: get("address")?.trim(),
    country: country && isCountryCode(country) ? country : null,
    shipping,
    /** undefined: not given (use the cart's code); null: cleared. */
    couponCode: coupon === undefined ? undefined : coupon.trim().slice(0, 40) || null,
  };
}

const kindOrder = { SHIPPING: 0, BILLING: 1 } as const;

/** What the shopper chose: from the page's query string (readCheckoutParams) or the API's body. */
export type CheckoutChoices = ReturnType<typeof readCheckoutParams>;

export async function getCheckout({ actor, params, now = new Date() }: { actor: Actor | null; params?: CheckoutParams; now?: Date }): Promise<CheckoutView> {
  return checkoutView({ actor, wanted: readCheckoutParams(params), now });
}

export async function checkoutView({ actor, wanted, now = new Date() }: { actor: Actor | null; wanted: CheckoutChoices; now?: Date }): Promise<CheckoutView> {
  if (!actor) throw unauthenticated();
  const [book, cart] = await Promise.all([listAddresses({ actor }), loadCartLines(db, actor.userId, now)]);
  // Any address in the book can receive a parcel; shipping ones are offered first.
  const addresses = [...book].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || Number(b.isDefault) - Number(a.isDefault));

  const chosen =
    wanted.address === NEW_ADDRESS
      ? null
      : (addresses.find((a) => a.id === wanted.address) ?? addresses.find((a) => a.kind === "SHIPPING" && a.isDefault) ?? addresses[0] ?? null);
  const country = chosen ? chosen.country : wanted.country;
  const couponCode = wanted.couponCode !== undefined ? wanted.couponCode : cart.couponCode;

  const quote = await buildQuote(db, { userId: actor.userId, lines: cart.lines, country, shipping: wanted.shipping, couponCode, now });
  return { addresses, addressId: chosen?.id ?? null, country, quote, couponCode: couponCode ?? null, lineCount: cart.lines.length };
}
