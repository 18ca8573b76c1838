// GET /api/v1/auth/me — who the token (or session) belongs to
import { NextResponse } from "next/server";
import { getProfile, type Profile } from "@/lib/accounts/profile";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";

export type GetAuthMeResponse = { data: Profile };

export const GET = withAuth(async (_request, { actor }) => {
  return NextResponse.json({ data: await getProfile({ actor }) } satisfies GetAuthMeResponse);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
