// POST /api/v1/me/delete — delete the account (password required): personal data erased, orders kept, every session ended
import { requestAccountDeletion, ZAccountDeletionInput } from "@/lib/accounts/profile";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext, withAuth } from "@/lib/api/with-auth";

export const POST = withAuth(async (request, { actor }) => {
  const { password } = ZAccountDeletionInput.parse(await readJson(request));
  await requestAccountDeletion({ actor, password }, requestContext(request));
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
