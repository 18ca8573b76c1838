// POST /api/v1/auth/logout — sign this device out: its refresh token (and its family) stop working
import { readJson, withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { ZRefreshTokenInput } from "@/lib/auth/auth.schema";
import { revokeRefreshToken } from "@/lib/auth/tokens";

export const POST = withApi(async (request) => {
  const { refreshToken } = ZRefreshTokenInput.parse(await readJson(request));
  await revokeRefreshToken(refreshToken);
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
