import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";
import { removeFromWishlist } from "@/lib/wishlist";

type Params = { productId: string };

// DELETE /api/v1/wishlist/{productId} — remove a saved product (removing one not saved is fine too)
export const DELETE = withAuth<Params>(async (_request, { actor, params }) => {
  await removeFromWishlist({ actor, input: { productId: params.productId } });
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, POST, PUT, PATCH, OPTIONS } = otherMethods("DELETE");
