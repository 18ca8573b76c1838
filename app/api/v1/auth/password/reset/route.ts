// POST /api/v1/auth/password/reset — set a new password with the emailed token; every session ends
import { resetPassword, ZResetPasswordInput } from "@/lib/accounts/password-reset";
import { readJson, withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext } from "@/lib/api/with-auth";

export const POST = withApi(async (request) => {
  const input = ZResetPasswordInput.parse(await readJson(request));
  await resetPassword(input, requestContext(request));
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
