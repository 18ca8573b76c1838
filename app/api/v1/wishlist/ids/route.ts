import { NextResponse } from "next/server";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withOptionalAuth } from "@/lib/api/with-auth";
import { listWishlistProductIds, type GetWishlistIdsResponse } from "@/lib/wishlist";

// GET /api/v1/wishlist/ids — every saved product id, for lighting up hearts. Signed out: an empty
// list with signedIn false (not a 401), since the site asks on every page load.
export const GET = withOptionalAuth(async (_request, { actor }) => {
  const body: GetWishlistIdsResponse = { data: { signedIn: actor !== null, productIds: actor ? await listWishlistProductIds({ actor }) : [] } };
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
