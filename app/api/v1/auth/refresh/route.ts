// POST /api/v1/auth/refresh — trade a refresh token for a new pair (the old one stops working)
import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson, withApi } from "@/lib/api/handler";
import { refuseOtherMethods } from "@/lib/api/method-not-allowed";
import { rotateRefreshToken, type IssuedTokens } from "@/lib/auth/tokens";

const ZRefreshInput = z.object({ refreshToken: z.string({ error: "refreshToken is required" }).min(1, "refreshToken is required").max(512) });

export type PostRefreshResponse = { data: IssuedTokens };

export const POST = withApi(async (request) => {
  const { refreshToken } = ZRefreshInput.parse(await readJson(request));
  return NextResponse.json({ data: await rotateRefreshToken(refreshToken) } satisfies PostRefreshResponse);
});

export const { GET, HEAD, PUT, PATCH, DELETE } = refuseOtherMethods("POST");
