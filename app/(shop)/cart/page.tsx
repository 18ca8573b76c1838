// The cart, grouped by seller, with anything that changed since it was added, the coupon code on it
// and the way to checkout.
import type { Metadata } from "next";
import Link from "next/link";
import { ProductImage } from "@/components/catalog/product-image";
import { getActor } from "@/lib/auth";
import { getCart } from "@/lib/cart/get-cart";
import { currentCartOwner } from "@/lib/cart/session";
import { formatMoney } from "@/lib/money";
import { CartItemForm } from "./cart-item-form";
import { CouponPanel } from "./coupon-panel";

export const metadata: Metadata = { title: "Your cart", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function CartPage() {
  const actor = await getActor();
  const owner = await currentCartOwner(actor);
  const cart = owner ? await getCart(owner) : null;
  if (!cart || cart.itemCount === 0) {
    return (
      <div className="mx-auto max-w-xl py-12 text-center">
        <h1 className="text-2xl font-bold">Your cart is empty</h1>
        <p className="mt-2 text-stone-600">Browse the shop and add what you like.</p>
        <Link href="/" className="mt-6 inline-block rounded-lg bg-brand-600 px-5 py-2.5 font-semibold text-white hover:bg-brand-700">
          Start shopping
        </Link>
      </div>
    );
  }
  const applied = cart.coupon && "discountCents" in cart.coupon && cart.coupon.discountCents > 0 ? cart.coupon : null;
  // Checkout would refuse these lines anyway; saying so here saves a trip.
  const blocked = cart.sellers.some(({ items }) => items.some((item) => !item.available || item.quantity > item.stock));
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_320px]">
      <div>
        <h1 className="text-2xl font-bold">Your cart</h1>
        {cart.sellers.map(({ store, items }) => (
          <section key={store.id} className="mt-6 rounded-xl border border-stone-200 bg-white" aria-label={`Items from ${store.name}`}>
            <h2 className="border-b border-stone-100 px-4 py-3 text-sm font-semibold">Sold by {store.name}</h2>
            <ul className="divide-y divide-stone-100">
              {items.map((item) => (
                <li key={item.id} className="flex gap-4 p-4" data-testid="cart-item">
                  <div className="relative size-20 shrink-0 overflow-hidden rounded-lg bg-stone-100">
                    {item.image ? <ProductImage src={item.image.url} alt={item.image.alt || item.productTitle} sizes="80px" /> : null}
                  </div>
                  <div className="flex-1 space-y-1">
                    <Link href={`/p/${item.productSlug}`} className="font-medium hover:text-brand-700">
                      {item.productTitle}
                    </Link>
                    {item.variantTitle !== "Default" ? <p className="text-sm text-stone-500">{item.variantTitle}</p> : null}
                    {!item.available ? <p className="text-sm font-medium text-red-700">No longer available</p> : null}
                    {item.available && item.quantity > item.stock ? (
                      <p className="text-sm font-medium text-red-700">Only {item.stock} left: lower the quantity</p>
                    ) : null}
                    {item.priceChanged ? (
                      <p className="text-sm text-amber-700">
                        Price changed from {formatMoney(item.priceWhenAddedCents)} to {formatMoney(item.unitPriceCents)}
                      </p>
                    ) : null}
                    <CartItemForm itemId={item.id} quantity={item.quantity} max={item.maxQuantity} />
                  </div>
                  <p className="font-semibold">{formatMoney(item.lineTotalCents)}</p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <aside className="h-fit space-y-4 rounded-xl border border-stone-200 bg-white p-5">
        <h2 className="font-semibold">Summary</h2>
        <dl className="space-y-2 text-sm">
          <div className="flex justify-between">
            <dt>Subtotal ({cart.itemCount === 1 ? "1 item" : `${cart.itemCount} items`})</dt>
            <dd className="font-semibold" data-testid="cart-subtotal">{formatMoney(cart.subtotalCents)}</dd>
          </div>
          {applied ? (
            <>
              <div className="flex justify-between text-green-800">
                <dt>Discount ({applied.code})</dt>
                <dd className="font-semibold" data-testid="cart-discount">−{formatMoney(applied.discountCents)}</dd>
              </div>
              <div className="flex justify-between border-t border-stone-100 pt-2">
                <dt>After discount</dt>
                <dd className="font-semibold" data-testid="cart-total">{formatMoney(cart.subtotalCents - applied.discountCents)}</dd>
              </div>
            </>
          ) : null}
        </dl>
        <p className="text-xs text-stone-500">Shipping and tax are worked out per seller at checkout.</p>
        {actor ? (
          <CouponPanel coupon={cart.coupon} />
        ) : (
          <p className="text-sm text-stone-600">
            Have a coupon code?{" "}
            <Link href="/sign-in?callbackUrl=/cart" className="font-medium text-brand-700 hover:underline">
              Sign in
            </Link>{" "}
            to use it.
          </p>
        )}
        <CheckoutLink signedIn={actor !== null} blocked={blocked} />
      </aside>
    </div>
  );
}

const checkoutButton = "block w-full rounded-lg px-5 py-2.5 text-center font-semibold";

function CheckoutLink({ signedIn, blocked }: { signedIn: boolean; blocked: boolean }) {
  if (!signedIn) {
    return (
      <Link href="/sign-in?callbackUrl=/checkout" className={`${checkoutButton} bg-brand-600 text-white hover:bg-brand-700`}>
        Sign in to check out
      </Link>
    );
  }
  if (blocked) {
    return (
      <div className="space-y-2">
        {/* Not a link while it cannot succeed; the note says what to change. */}
        <span role="link" aria-disabled="true" aria-describedby="checkout-blocked" className={`${checkoutButton} cursor-not-allowed bg-stone-300 text-stone-600`}>
          Proceed to checkout
        </span>
        <p id="checkout-blocked" className="text-sm text-red-700">
          Remove the items that are no longer available and lower any quantity above what is in stock to check out.
        </p>
      </div>
    );
  }
  return (
    <Link href="/checkout" className={`${checkoutButton} bg-brand-600 text-white hover:bg-brand-700`}>
      Proceed to checkout
    </Link>
  );
}
