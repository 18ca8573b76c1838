// Checkout: where the order goes, how each seller ships it, the coupon, and the total with tax, all
// priced on the server by the quote placeOrder charges. Choices are a GET form (see checkout-form.tsx).
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { ProductImage } from "@/components/catalog/product-image";
import { taxDescription } from "@/components/orders/order-format";
import { countryName, MAX_ADDRESSES, type AddressView } from "@/lib/accounts/profile";
import { requirePageActor } from "@/lib/auth/page-guards";
import { currentCartOwner } from "@/lib/cart/session";
import { ADDRESS_FIELDS, NEW_ADDRESS, SHIPPING_PARAM_PREFIX, type AddressField } from "@/lib/checkout/checkout-params";
import { getCheckout, type CheckoutView } from "@/lib/checkout/get-checkout";
import type { SellerQuote, ShippingOption } from "@/lib/checkout/quote";
import { formatMoney } from "@/lib/money";
import { CheckoutError, CheckoutForm, CouponField, PlaceOrderPanel, QuoteRegion } from "./checkout-form";
import { NewAddressFields } from "./new-address-fields";

export const metadata: Metadata = { title: "Checkout", robots: { index: false } };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

export default async function CheckoutPage(props: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePageActor("/checkout");
  // Signing in on the way here: the visitor's cart joins the account's first.
  await currentCartOwner(actor);
  const params = await props.searchParams;
  const view = await getCheckout({ actor, params });
  if (view.lineCount === 0) {
    return (
      <div className="mx-auto max-w-xl py-12 text-center">
        <h1 className="text-2xl font-bold">Your cart is empty</h1>
        <p className="mt-2 text-stone-600">There is nothing to check out. Add something to your cart first.</p>
        <Link href="/cart" className="mt-6 inline-block rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
          Back to your cart
        </Link>
      </div>
    );
  }
  const { quote } = view;
  const appliedCoupon = view.couponCode ?? "";
  const blocked =
    quote.problems.length > 0 ? "Fix the items above in your cart to place the order." : quote.sellers.length === 0 ? "Nothing in your cart can be bought right now." : null;

  return (
    <div>
      <Link href="/cart" className="text-sm text-stone-600 hover:text-brand-700">
        ← Back to cart
      </Link>
      <h1 className="mt-1 text-2xl font-bold">Checkout</h1>
      <CheckoutForm appliedCoupon={appliedCoupon}>
        <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_360px]">
          <div className="space-y-6">
            {quote.problems.length > 0 ? (
              <div role="alert" className="rounded-xl bg-red-50 p-4 text-sm text-red-800">
                <p className="font-semibold">Some items in your cart need your attention</p>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {quote.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
                <Link href="/cart" className="mt-2 inline-block font-semibold underline">
                  Go to your cart
                </Link>
              </div>
            ) : (
              // Stock that ran out while placing the order; once the page re-renders the list above says it.
              <CheckoutError name="cart" />
            )}
            <AddressSection view={view} params={params} />
            {quote.sellers.map((seller) => (
              <SellerSection key={seller.store.id} seller={seller} currency={quote.currency} />
            ))}
            <noscript>
              <button type="submit" className="rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-50">
                Update the total
              </button>
            </noscript>
          </div>
          <aside className="h-fit space-y-5 rounded-xl border border-stone-200 bg-white p-5 lg:sticky lg:top-4">
            <CouponField code={appliedCoupon} refusal={quote.couponError} />
            <QuoteRegion>
              <Summary view={view} />
            </QuoteRegion>
            <PlaceOrderPanel token={randomUUID()} totalCents={quote.totalCents} appliedCoupon={appliedCoupon} blocked={blocked} />
            <p className="text-xs text-stone-500">You pay on the next page. Your items are held for 30 minutes while you pay.</p>
          </aside>
        </div>
      </CheckoutForm>
    </div>
  );
}

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

function AddressText({ address }: { address: AddressView }) {
  return (
    <span className="text-sm leading-6">
      <span className="font-semibold">{address.fullName}</span>
      {address.kind === "BILLING" ? <span className="ml-2 rounded-full bg-stone-100 px-2 py-0.5 text-xs text-stone-600">Billing address</span> : null}
      <br />
      {address.line1}
      {address.line2 ? `, ${address.line2}` : ""}
      <br />
      {address.city}
      {address.region ? `, ${address.region}` : ""} {address.postalCode}, {countryName(address.country)}
    </span>
  );
}

function AddressSection({ view, params }: { view: CheckoutView; params: SearchParams }) {
  const typing = view.addressId === null;
  // Without JavaScript the typed fields travel in the query string: take them back.
  const initial = Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, typing ? first(params[name]).slice(0, 200) : ""])) as Record<AddressField, string>;
  if (typing && view.country) initial.country = view.country;
  const option = "flex cursor-pointer gap-3 rounded-lg border border-stone-200 p-3 hover:border-brand-500 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50";
  return (
    <section aria-labelledby="address-heading" className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">
      <h2 id="address-heading" className="font-semibold">
        Shipping address
      </h2>
      {view.addresses.length > 0 ? (
        <fieldset>
          <legend className="sr-only">Ship to</legend>
          <ul className="grid gap-3 sm:grid-cols-2">
            {view.addresses.map((address) => (
              <li key={address.id}>
                <label className={option}>
                  <input type="radio" name="address" value={address.id} defaultChecked={address.id === view.addressId} className="mt-1 size-4" />
                  <AddressText address={address} />
                </label>
              </li>
            ))}
            <li>
              <label className={option}>
                <input type="radio" name="address" value={NEW_ADDRESS} defaultChecked={typing} className="mt-1 size-4" />
                <span className="text-sm font-semibold">Use a new address</span>
              </label>
            </li>
          </ul>
        </fieldset>
      ) : (
        <input type="hidden" name="address" value={NEW_ADDRESS} />
      )}
      <CheckoutError name="addressId" />
      {typing ? <NewAddressFields initial={initial} canSave={view.addresses.length < MAX_ADDRESSES} /> : null}
    </section>
  );
}

function deliveryDays({ minDays, maxDays }: ShippingOption) {
  return minDays === maxDays ? `${minDays} ${minDays === 1 ? "day" : "days"}` : `${minDays}–${maxDays} days`;
}

function SellerSection({ seller, currency }: { seller: SellerQuote; currency: string }) {
  const money = (cents: number) => formatMoney(cents, currency);
  const { store } = seller;
  return (
    <section className="rounded-xl border border-stone-200 bg-white" aria-label={`Items from ${store.name}`}>
      <h2 className="border-b border-stone-100 px-4 py-3 text-sm font-semibold">Sold by {store.name}</h2>
      <ul className="divide-y divide-stone-100">
        {seller.lines.map((line) => (
          <li key={line.cartItemId} className="flex gap-4 p-4" data-testid="checkout-item">
            <div className="relative size-16 shrink-0 overflow-hidden rounded-lg bg-stone-100">
              {line.imageUrl ? <ProductImage src={line.imageUrl} alt={line.productTitle} sizes="64px" /> : null}
            </div>
            <div className="flex-1 text-sm">
              <Link href={`/p/${line.productSlug}`} className="font-medium hover:text-brand-700">
                {line.productTitle}
              </Link>
              {line.variantTitle !== "Default" ? <p className="text-stone-500">{line.variantTitle}</p> : null}
              <p className="text-stone-600">
                {line.quantity} × {money(line.unitPriceCents)}
              </p>
            </div>
            <p className="text-sm font-semibold">{money(line.lineTotalCents)}</p>
          </li>
        ))}
      </ul>
      <fieldset className="border-t border-stone-100 px-4 py-3">
        <legend className="sr-only">Shipping method from {store.name}</legend>
        <p aria-hidden className="mb-2 text-sm font-semibold">
          Shipping method
        </p>
        <div className="space-y-2">
          {seller.shippingOptions.map((option) => (
            <label key={option.id ?? "default"} className="flex cursor-pointer items-center gap-3 rounded-lg border border-stone-200 px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
              <input type="radio" name={`${SHIPPING_PARAM_PREFIX}${store.id}`} value={option.id ?? ""} defaultChecked={option.id === seller.shipping.id} className="size-4" />
              <span className="flex-1">
                <span className="font-medium">{option.name}</span>
                <span className="block text-xs text-stone-600">
                  Arrives in {deliveryDays(option)}
                  {option.freeOverCents !== null && option.costCents > 0 ? ` · Free over ${money(option.freeOverCents)}` : ""}
                </span>
              </span>
              <span className="font-semibold">{option.costCents === 0 ? "Free" : money(option.costCents)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}

function Summary({ view }: { view: CheckoutView }) {
  const { quote } = view;
  const money = (cents: number) => formatMoney(cents, quote.currency);
  const items = quote.sellers.reduce((sum, seller) => sum + seller.lines.reduce((n, line) => n + line.quantity, 0), 0);
  return (
    <section aria-labelledby="summary-heading" className="space-y-3">
      <h2 id="summary-heading" className="font-semibold">
        Order summary
      </h2>
      <dl className="space-y-2 text-sm">
        <div className="flex justify-between gap-4">
          <dt>Subtotal ({items === 1 ? "1 item" : `${items} items`})</dt>
          <dd data-testid="checkout-subtotal">{money(quote.subtotalCents)}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt>Shipping{quote.sellers.length > 1 ? ` (${quote.sellers.length} parcels)` : ""}</dt>
          <dd data-testid="checkout-shipping">{quote.shippingCents === 0 ? "Free" : money(quote.shippingCents)}</dd>
        </div>
        {quote.coupon ? (
          <div className="flex justify-between gap-4 text-green-800">
            <dt>Discount ({quote.coupon.code})</dt>
            <dd data-testid="checkout-discount">−{money(quote.discountCents)}</dd>
          </div>
        ) : null}
        <div className="flex justify-between gap-4">
          {quote.tax ? <dt>Tax ({taxDescription(quote.tax)})</dt> : <dt>Tax</dt>}
          <dd data-testid="checkout-tax">{quote.tax ? money(quote.taxCents) : "Added once you choose a country"}</dd>
        </div>
        <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-base font-semibold">
          <dt>Total</dt>
          <dd data-testid="checkout-total">{money(quote.totalCents)}</dd>
        </div>
      </dl>
      {/* The whole story: what changed, and to place the order again at the new total. */}
      <CheckoutError name="expectedTotalCents" whole />
    </section>
  );
}
