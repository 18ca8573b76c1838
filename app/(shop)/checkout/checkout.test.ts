// [CHECKOUT] the checkout page and its place-order action, rendered and called as Next would, with
// the signed-in actor stubbed (no server runs, follow-up jobs are not started): the summary with
// tax per country, the choices read from the query string, one order per token however often it
// is submitted, and refusals answered next to their fields with a fresh token.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addToCart } from "@/lib/cart/add-to-cart";
import { db } from "@/lib/db";
import { unauthenticated } from "@/lib/errors";
import { createActor, createProduct, createStore, unique } from "@/lib/testing/factories";
import { redirectOf } from "@/lib/testing/next-redirect";
import { placeOrderAction } from "./actions";
import CheckoutPage from "./page";

const auth = vi.hoisted(() => ({ actor: null as Actor | null }));
const refreshed = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth", () => ({
  getActor: async () => auth.actor,
  requireActor: async () => {
    if (!auth.actor) throw unauthenticated();
    return auth.actor;
  },
}));
// The anonymous-cart cookie needs a request; signed in, the cart is the account's.
vi.mock("@/lib/cart/session", () => ({ currentCartOwner: async (actor: Actor | null) => (actor ? { userId: actor.userId } : null) }));
vi.mock("@/lib/jobs", () => ({ enqueue: async () => ({ ids: [] }) }));
// The request the action serves: a shopper on 127.0.0.1 (payment pages must send them back there).
vi.mock("next/headers", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/headers")>()), headers: async () => new Headers({ host: "127.0.0.1:3000" }) }));
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  refresh: () => void refreshed.count++,
}));
vi.mock("next/navigation", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/navigation")>()),
  useRouter: () => ({ replace: () => undefined, refresh: () => undefined }),
}));

beforeAll(async () => {
  await db.taxRate.upsert({ where: { country: "DE" }, create: { country: "DE", rateBps: 1900, label: "VAT" }, update: { rateBps: 1900, label: "VAT" } });
});
beforeEach(() => {
  refreshed.count = 0;
});

async function render(query: Record<string, string> = {}) {
  const element = await CheckoutPage({ searchParams: Promise.resolve(query) });
  return renderToStaticMarkup(createElement(() => element));
}

/** A verified shopper with 2 × 30.00 from a store shipping 5.00 (free over 50.00) or 12.00 express, and a Berlin address. */
async function shopperWithCart() {
  const { store } = await createStore();
  const product = await createProduct({ storeId: store.id, priceCents: 3000, stock: 10 });
  const standard = await db.shippingMethod.create({ data: { storeId: store.id, name: "Standard", rateCents: 500, freeOverCents: 5000, minDays: 3, maxDays: 5, position: 0 } });
  const express = await db.shippingMethod.create({ data: { storeId: store.id, name: "Express", rateCents: 1200, minDays: 1, maxDays: 1, position: 1 } });
  const actor = await createActor();
  await addToCart({ owner: { userId: actor.userId }, input: { variantId: product.variants[0]!.id, quantity: 2 } });
  const address = await db.address.create({
    data: { userId: actor.userId, kind: "SHIPPING", isDefault: true, fullName: "Ada Buyer", line1: "Unter den Linden 1", city: "Berlin", postalCode: "10117", country: "DE" },
  });
  return { actor, store, product, standard, express, address };
}

const hidden = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];
const total = (html: string) => /data-testid="checkout-total">([^<]+)</.exec(html)?.[1];

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

/** What the browser posts when "Place order and pay" is pressed on the page as rendered. */
function submission(html: string, extra: Record<string, string> = {}) {
  return form({
    token: hidden(html, "token")!,
    expectedTotalCents: hidden(html, "expectedTotalCents")!,
    appliedCoupon: hidden(html, "appliedCoupon") ?? "",
    ...extra,
  });
}

describe("[CHECKOUT] checkout page", () => {
  it("shows the address book, each seller's items and shipping methods, and the summary with the tax of the destination", async () => {
    const { actor, product, standard, express, address } = await shopperWithCart();
    auth.actor = actor;
    const html = await render();
    expect(html).toContain("Unter den Linden 1");
    expect(html).toContain(`checked="" value="${address.id}"`);
    expect(html).toContain("Use a new address");
    expect(html).toContain(product.title);
    expect(html).toContain("2 × $30.00");
    // 60.00 is over Standard's threshold: free; Express costs its rate.
    expect(html).toMatch(new RegExp(`name="ship\\.[^"]+" checked="" value="${standard.id}"`));
    expect(html).toMatch(/Standard<\/span><span[^>]*>Arrives in 3–5 days<\/span><\/span><span class="font-semibold">Free</);
    expect(html).toMatch(/Express<\/span><span[^>]*>Arrives in 1 day<\/span><\/span><span class="font-semibold">\$12\.00</);
    // VAT 19 % on 60.00; shipping is not taxed.
    expect(html).toContain("Tax (VAT, DE 19%)");
    expect(total(html)).toBe("$71.40");
    expect(hidden(html, "expectedTotalCents")).toBe("7140");
    expect(hidden(html, "token")).toMatch(/^[0-9a-f-]{36}$/);
    expect(html).toContain("Place order and pay");

    // The query string's choices re-price it: express shipping, a typed address elsewhere.
    const express12 = await render({ [`ship.${express.storeId}`]: express.id });
    expect(total(express12)).toBe("$83.40");
    const typed = await render({ address: "new", country: "AQ" });
    expect(typed).toContain('name="fullName"');
    expect(typed).toMatch(/<option value="AQ" selected="">/);
    expect(total(typed)).toBe("$60.00");
    // A fresh token for every render.
    expect(hidden(await render(), "token")).not.toBe(hidden(html, "token"));
  });

  it("shows a coupon's discount by its code, and why a code does not apply under the field", async () => {
    const { actor } = await shopperWithCart();
    const code = unique("TENOFF").toUpperCase();
    await db.coupon.create({ data: { code, type: "FIXED", value: 1000 } });
    auth.actor = actor;
    const html = await render({ coupon: code.toLowerCase() });
    expect(html).toContain(`Discount (${code})`);
    // 60.00 − 10.00 = 50.00, VAT 9.50, shipping free (the threshold counts the goods before discount).
    expect(total(html)).toBe("$59.50");
    expect(hidden(html, "appliedCoupon")).toBe(code.toLowerCase());

    const refused = await render({ coupon: "NO-SUCH-CODE" });
    expect(refused).toMatch(/id="checkout-coupon-error"[^>]*>[^<]+</);
    expect(refused).not.toContain("Discount (");
  });

  it("sends an empty cart back to the cart, and a visitor to sign in", async () => {
    auth.actor = await createActor();
    const html = await render();
    expect(html).toContain("Your cart is empty");
    expect(html).toContain('href="/cart"');
    expect(html).not.toContain("Place order and pay");

    auth.actor = null;
    await expect(render()).rejects.toMatchObject({ digest: expect.stringContaining("/sign-in?callbackUrl=%2Fcheckout") });
  });
});

describe("[CHECKOUT] place order action", () => {
  it("places one order per token, however often it is submitted, and goes on to pay", async () => {
    const { actor, address } = await shopperWithCart();
    auth.actor = actor;
    const html = await render();
    const post = () => placeOrderAction(null, submission(html, { address: address.id }));

    const [first, second] = await Promise.all([redirectOf(post()), redirectOf(post())]);
    expect(first).toMatch(/\/pay\/sandbox\//);
    expect(second).toBe(first);
    expect(await redirectOf(post())).toBe(first);
    const orders = await db.order.findMany({ where: { buyerId: actor.userId }, select: { totalCents: true, shippingAddress: true } });
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ totalCents: 7140, shippingAddress: { line1: "Unter den Linden 1", country: "DE" } });
    expect(await db.cartItem.count({ where: { cart: { userId: actor.userId } } })).toBe(0);
  });

  it("refuses a total that changed since the page was shown, with the new total and a fresh token", async () => {
    const { actor, address, product } = await shopperWithCart();
    auth.actor = actor;
    const html = await render();
    await db.productVariant.update({ where: { id: product.variants[0]!.id }, data: { priceCents: 3500 } });

    const state = await placeOrderAction(null, submission(html, { address: address.id }));
    expect(state).toMatchObject({ ok: false, verify: false, fields: { expectedTotalCents: ["The total is now $83.30"] } });
    expect(state!.message).toMatch(/^The total is now \$83\.30 \(it was \$71\.40\)/);
    expect(state!.token).not.toBe(hidden(html, "token"));
    expect(refreshed.count).toBe(1);
    expect(await db.order.count({ where: { buyerId: actor.userId } })).toBe(0);

    // The page as it renders now places the order at the new total.
    const again = await render();
    expect(total(again)).toBe("$83.30");
    expect(await redirectOf(placeOrderAction(state, submission(again, { address: address.id })))).toMatch(/\/pay\/sandbox\//);
  });

  it("answers a typed address's mistakes on their fields, keeps it, and saves it when asked", async () => {
    const { actor } = await shopperWithCart();
    auth.actor = actor;
    const html = await render({ address: "new", country: "DE" });
    const typed = { address: "new", fullName: "Ada Buyer", line1: "Unter den Linden 2", city: "Berlin", postalCode: "1011", country: "DE" };
    const state = await placeOrderAction(null, submission(html, typed));
    expect(state).toMatchObject({ ok: false, fields: { "address.postalCode": ["This is not a valid postal code for the chosen country"] } });

    const fixed = await render({ address: "new", country: "DE" });
    expect(await redirectOf(placeOrderAction(state, submission(fixed, { ...typed, postalCode: "10117", saveAddress: "on" })))).toMatch(/\/pay\/sandbox\//);
    expect(await db.address.count({ where: { userId: actor.userId, line1: "Unter den Linden 2" } })).toBe(1);
  });

  it("tells a shopper with an unconfirmed email address to confirm it", async () => {
    const { actor, address } = await shopperWithCart();
    auth.actor = { ...actor, emailVerified: false };
    const html = await render();
    const state = await placeOrderAction(null, submission(html, { address: address.id }));
    expect(state).toMatchObject({ ok: false, verify: true, message: "Verify your email address first" });
    expect(await db.order.count({ where: { buyerId: actor.userId } })).toBe(0);
  });
});
