// POST /api/v1/auth/logout — sign this device out: its refresh token (and its family) stop working
import { z } from "zod";
import { readJson, withApi } from "@/lib/api/handler";
import { refuseOtherMethods } from "@/lib/api/method-not-allowed";
import { revokeRefreshToken } from "@/lib/auth/tokens";

// Holding the refresh token is the proof: an app can sign out even after its access token expired.
const ZLogoutInput = z.object({ refreshToken: z.string({ error: "refreshToken is required" }).min(1, "refreshToken is required").max(512) });

export const POST = withApi(async (request) => {
  const { refreshToken } = ZLogoutInput.parse(await readJson(request));
  await revokeRefreshToken(refreshToken);
  return new Response(null, { status: 204 });
});

export const { GET, HEAD, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
