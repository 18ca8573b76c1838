// A cart belongs to a signed-in user or, before sign-in, to an anonymous token kept in a cookie.
export type CartOwner = { userId: string } | { anonymousToken: string };

export function cartWhere(owner: CartOwner) {
  return "userId" in owner ? { userId: owner.userId } : { anonymousToken: owner.anonymousToken };
}
