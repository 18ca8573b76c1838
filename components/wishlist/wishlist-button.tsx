"use client";
// The heart on product cards and the product page: saves or removes at once (optimistically);
// signed out, it sends the shopper to sign in and back.
import { useEffect } from "react";
import { useWishlist } from "./wishlist-provider";

const sizes = {
  sm: "h-9 w-9 justify-center rounded-full bg-white/90 shadow-sm backdrop-blur hover:bg-white",
  md: "h-10 w-10 justify-center rounded-full border border-stone-300 bg-white hover:bg-stone-100",
  lg: "gap-2 rounded-lg border border-stone-300 bg-white px-4 py-2.5 font-semibold hover:bg-stone-100",
} as const;

export function WishlistButton({ productId, productTitle, size = "md" }: { productId: string; productTitle: string; size?: keyof typeof sizes }) {
  const wishlist = useWishlist();
  const { ensureLoaded } = wishlist;
  useEffect(() => {
    void ensureLoaded();
  }, [ensureLoaded]);
  const saved = wishlist.isSaved(productId);
  // The large button shows "Saved": its name starts with that word, so speech users can say what they see.
  const label = saved ? `${size === "lg" ? "Saved: remove" : "Remove"} ${productTitle} from wishlist` : `Save ${productTitle} to wishlist`;
  return (
    <button
      type="button"
      aria-pressed={saved}
      aria-label={label}
      title={saved ? "Remove from wishlist" : "Save to wishlist"}
      data-testid="wishlist-button"
      onClick={() => wishlist.toggle(productId, productTitle)}
      className={`relative z-10 inline-flex shrink-0 items-center text-sm transition ${saved ? "text-accent-700" : "text-stone-700 hover:text-accent-700"} ${sizes[size]}`}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" className="h-5 w-5" fill={saved ? "currentColor" : "none"} stroke="currentColor" strokeWidth={2} strokeLinejoin="round">
        <path d="M12 20.5s-7.5-4.35-9.5-9.13C1.2 8.1 3.2 4.5 6.75 4.5c2.05 0 3.6 1.05 5.25 3 1.65-1.95 3.2-3 5.25-3 3.55 0 5.55 3.6 4.25 6.87C19.5 16.15 12 20.5 12 20.5z" />
      </svg>
      {size === "lg" ? <span className="text-stone-800">{saved ? "Saved" : "Save"}</span> : null}
    </button>
  );
}
