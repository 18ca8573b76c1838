// POST /api/v1/auth/refresh — trade a refresh token for a new pair (the old one stops working)
import { NextResponse } from "next/server";
import { readJson, withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { ZRefreshTokenInput } from "@/lib/auth/auth.schema";
import { rotateRefreshToken, type IssuedTokens } from "@/lib/auth/tokens";

export type PostRefreshResponse = { data: IssuedTokens };

export const POST = withApi(async (request) => {
  const { refreshToken } = ZRefreshTokenInput.parse(await readJson(request));
  return NextResponse.json({ data: await rotateRefreshToken(refreshToken) } satisfies PostRefreshResponse);
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
