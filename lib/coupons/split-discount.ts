// A discount shared across stores in proportion to their eligible subtotals. Each store's sub-order
// records its own part, so the parts must add up to the total exactly: every store gets the floor
// of its share, and the cents left over go to the largest remainders (ties by store id, so the same
// cart always splits the same way).

/** `subtotals` maps store id to eligible cents; returns store id to discount cents, summing to `discountCents`. */
export function splitDiscount(discountCents: number, subtotals: Readonly<Record<string, number>>): Record<string, number> {
  const entries = Object.entries(subtotals).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const total = entries.reduce((sum, [, cents]) => sum + BigInt(cents), 0n);
  const parts: Record<string, number> = {};
  if (total === 0n || discountCents === 0) {
    for (const [storeId] of entries) parts[storeId] = 0;
    return parts;
  }
  if (BigInt(discountCents) > total) throw new RangeError("A discount cannot exceed the subtotal it applies to");

  // BigInt: discount × subtotal can pass 2^53 on large orders.
  const shares = entries.map(([storeId, cents]) => {
    const product = BigInt(discountCents) * BigInt(cents);
    return { storeId, floor: product / total, remainder: product % total };
  });
  let leftover = BigInt(discountCents) - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1));
  for (const share of byRemainder) {
    if (leftover === 0n) break;
    share.floor += 1n;
    leftover -= 1n;
  }
  for (const share of shares) parts[share.storeId] = Number(share.floor);
  return parts;
}
