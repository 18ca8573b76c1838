// How a review is shown: to the page, the API and the cache (JSON-safe: dates are ISO strings).
// The reviewer appears as first name and last initial; their account id is never shown.
import type { Prisma } from "../db";

export const reviewSelect = {
  id: true,
  productId: true,
  rating: true,
  title: true,
  body: true,
  verifiedPurchase: true,
  createdAt: true,
  updatedAt: true,
  user: { select: { name: true } },
} satisfies Prisma.ReviewSelect;

type Row = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>;

export interface ReviewView {
  id: string;
  productId: string;
  rating: number;
  title: string | null;
  /** Plain text: pages render it as text, never as HTML. */
  body: string;
  verifiedPurchase: boolean;
  createdAt: string;
  updatedAt: string;
  /** Changed by its author after it was first posted. */
  edited: boolean;
  author: { displayName: string };
}

/** "Ada Lovelace" → "Ada L."; no name (or an erased account) → "Bazaar shopper". */
export function reviewerDisplayName(name: string | null | undefined): string {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.slice(0, 40);
  if (!first) return "Bazaar shopper";
  const last = parts.length > 1 ? parts[parts.length - 1] : undefined;
  return last ? `${first} ${last[0]!.toUpperCase()}.` : first;
}

// Saving a review twice within a minute (a double submit) is not an edit worth a label.
const EDIT_GRACE_MS = 60_000;

export function toReviewView(row: Row): ReviewView {
  return {
    id: row.id,
    productId: row.productId,
    rating: row.rating,
    title: row.title,
    body: row.body,
    verifiedPurchase: row.verifiedPurchase,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    edited: row.updatedAt.getTime() - row.createdAt.getTime() > EDIT_GRACE_MS,
    author: { displayName: reviewerDisplayName(row.user.name) },
  };
}
