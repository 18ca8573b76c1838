// Web glue: which cart this browser request is about (the signed-in user's, else the anonymous
// cookie's). Only for pages and server actions; the API passes a CartOwner explicitly.
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import type { Actor } from "../auth/actor";
import { getEnv } from "../env";
import type { CartOwner } from "./cart-owner";
import { getCartCountFor } from "./get-cart";
import { mergeAnonymousCart } from "./merge-carts";

export const CART_COOKIE = "bazaar_cart";
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;

async function anonymousToken(): Promise<string | null> {
  const value = (await cookies()).get(CART_COOKIE)?.value;
  return value && TOKEN_PATTERN.test(value) ? value : null;
}

/** For reads: the owner if there is one. Merges an anonymous cart into the account after sign-in. */
export async function currentCartOwner(actor: Actor | null): Promise<CartOwner | null> {
  const token = await anonymousToken();
  if (actor) {
    if (token) await mergeAnonymousCart({ anonymousToken: token, userId: actor.userId });
    return { userId: actor.userId };
  }
  return token ? { anonymousToken: token } : null;
}

/** For server actions that write: creates the anonymous cookie when there is none. */
export async function cartOwnerForWrite(actor: Actor | null): Promise<CartOwner> {
  const owner = await currentCartOwner(actor);
  if (owner) return owner;
  const token = randomBytes(24).toString("base64url");
  (await cookies()).set(CART_COOKIE, token, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 60, secure: getEnv().appUrl.startsWith("https:") });
  return { anonymousToken: token };
}

export async function getCartCount(actor: Actor | null): Promise<number> {
  return getCartCountFor(await currentCartOwner(actor));
}
