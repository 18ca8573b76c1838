// Reviews (only from buyers whose order of the product was delivered), wishlists and the
// interaction events that recommendations and "trending" read.
import type { Prisma } from "../../lib/db";
import type { SeedProduct } from "./catalog";
import type { DeliveredLine } from "./orders";
import type { SeedBuyer } from "./people";
import type { Random } from "./random";
import { DAY, HOUR, newId } from "./util";

const REVIEWS: Record<number, { titles: string[]; bodies: string[] }> = {
  5: {
    titles: ["Exactly what I wanted", "Love it", "Five stars", "Better than expected", "Would buy again"],
    bodies: [
      "Really happy with this. It arrived quickly, well packed, and the quality is excellent.",
      "I've used it every day since it arrived and it's perfect.",
      "Great quality for the price and the seller was lovely to deal with.",
      "Bought this as a gift and ended up ordering one for myself.",
    ],
  },
  4: {
    titles: ["Very good", "Happy with it", "Solid choice", "Nearly perfect"],
    bodies: [
      "Very nice overall. Took a few days longer to arrive than I hoped, but worth the wait.",
      "Good quality and as described. Only wish it came in more colours.",
      "Does exactly what it should. Knocked off a star because the packaging was a bit excessive.",
    ],
  },
  3: {
    titles: ["It's fine", "Okay for the price", "Mixed feelings"],
    bodies: [
      "It's okay. Not as nice as the photos suggested, but it does the job.",
      "Decent, though I expected slightly better finishing at this price.",
      "Works well enough. Delivery was quick.",
    ],
  },
  2: {
    titles: ["Disappointed", "Not for me"],
    bodies: [
      "Smaller than I expected from the description. The seller was helpful when I asked, though.",
      "The quality doesn't feel great. Might return it.",
    ],
  },
  1: {
    titles: ["Not as described", "Would not recommend"],
    bodies: ["Arrived with a scuff and didn't match the listing. I've contacted the seller.", "Stopped working properly after a week."],
  },
};

export interface Community {
  reviews: Prisma.ReviewCreateManyInput[];
  wishlist: Prisma.WishlistItemCreateManyInput[];
  interactions: Prisma.ProductInteractionCreateManyInput[];
}

export function buildCommunity(
  rng: Random,
  now: Date,
  buyers: SeedBuyer[],
  products: SeedProduct[],
  delivered: DeliveredLine[],
  purchases: { buyerId: string; productId: string; at: Date }[],
): Community {
  const out: Community = { reviews: [], wishlist: [], interactions: [] };
  const reviewed = new Set<string>();
  for (const line of delivered) {
    const key = `${line.product.id}:${line.buyerId}`;
    if (reviewed.has(key) || !rng.chance(0.8)) continue;
    reviewed.add(key);
    const rating = rng.weighted([1, 2, 3, 4, 5], [3, 5, 11, 31, 50]);
    const text = REVIEWS[rating]!;
    const praise = rating >= 4 && rng.chance(0.6) ? ` ${rng.pick(line.product.ref.top.praise)}` : "";
    const latest = now.getTime() - HOUR;
    const written = Math.min(latest, line.deliveredAt.getTime() + rng.float(0.5, 10) * DAY);
    out.reviews.push({
      id: newId(),
      productId: line.product.id,
      userId: line.buyerId,
      rating,
      title: rng.chance(0.85) ? rng.pick(text.titles) : null,
      body: rng.pick(text.bodies) + praise,
      verifiedPurchase: true,
      createdAt: new Date(Math.max(written, line.deliveredAt.getTime() + HOUR)),
    });
  }

  const listed = products.filter((p) => p.status === "ACTIVE");
  const since = (p: SeedProduct, maxDays: number) => {
    const from = Math.max(p.publishedAt!.getTime(), now.getTime() - maxDays * DAY);
    return new Date(from + rng.next() * (now.getTime() - from));
  };
  const weight = listed.map((p) => 1 + (p.featured ? 4 : 0) + Math.min(p.unitsSold, 6));

  buyers.forEach((buyer, i) => {
    const picks = rng.sample(listed, i % 5 === 4 ? 0 : rng.int(1, 6));
    for (const product of picks) {
      const at = since(product, 40);
      out.wishlist.push({ userId: buyer.id, productId: product.id, createdAt: at });
      out.interactions.push({ id: newId(), productId: product.id, userId: buyer.id, type: "WISHLIST", createdAt: at });
    }
  });
  // Anonymous visitors come back: a pool of cookies, each behind several views.
  const visitors = Array.from({ length: 80 }, () => `anon_${rng.hex(16)}`);
  for (let i = 0; i < 900; i++) {
    const product = rng.weighted(listed, weight);
    const signedIn = rng.chance(0.55);
    const type = rng.chance(0.12) ? "CART" : "VIEW";
    out.interactions.push({
      id: newId(),
      productId: product.id,
      userId: signedIn ? rng.pick(buyers).id : null,
      anonymousId: signedIn ? null : rng.pick(visitors),
      type,
      createdAt: since(product, 30),
    });
  }
  for (const purchase of purchases) {
    out.interactions.push({ id: newId(), productId: purchase.productId, userId: purchase.buyerId, type: "PURCHASE", createdAt: purchase.at });
  }
  return out;
}
