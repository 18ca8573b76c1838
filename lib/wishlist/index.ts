// The wishlist, for the heart on cards and product pages, the wishlist page and /api/v1/wishlist.
export { addToWishlist, MAX_WISHLIST_ITEMS } from "./add-to-wishlist";
export { removeFromWishlist } from "./remove-from-wishlist";
export { listWishlist, listWishlistProductIds, type GetWishlistIdsResponse, type WishlistPage } from "./list-wishlist";
export * from "./wishlist.schema";
