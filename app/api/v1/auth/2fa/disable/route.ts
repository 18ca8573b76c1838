// POST /api/v1/auth/2fa/disable — turn two-factor off; needs a current authenticator code or an unused recovery code
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { requestContext, withAuth } from "@/lib/api/with-auth";
import { disableTwoFactor, ZTwoFactorCodeInput } from "@/lib/auth/two-factor";

export const POST = withAuth(async (request, { actor }) => {
  const { code } = ZTwoFactorCodeInput.parse(await readJson(request));
  await disableTwoFactor({ actor, code }, requestContext(request));
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
