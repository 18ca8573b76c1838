// POST /api/v1/auth/logout-all — end every session and token of the signed-in user, on every device
import { signOutEverywhere } from "@/lib/accounts/change-password";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext, withAuth } from "@/lib/api/with-auth";

export const POST = withAuth(async (request, { actor }) => {
  await signOutEverywhere({ actor }, requestContext(request));
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
