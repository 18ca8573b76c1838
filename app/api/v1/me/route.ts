import { NextResponse } from "next/server";
import { getProfile, updateProfile, type Profile } from "@/lib/accounts/profile";
import { readJson } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { withAuth } from "@/lib/api/with-auth";

export type GetMeResponse = { data: Profile };
export type PatchMeResponse = { data: Profile };

// GET /api/v1/me — the signed-in user's profile
export const GET = withAuth(async (_request, { actor }) => {
  return NextResponse.json({ data: await getProfile({ actor }) } satisfies GetMeResponse);
});

// PATCH /api/v1/me — change name and phone (omitted fields stay; an empty phone clears it)
export const PATCH = withAuth(async (request, { actor }) => {
  const data = await updateProfile({ actor, input: await readJson(request) });
  return NextResponse.json({ data } satisfies PatchMeResponse);
});

export const { POST, PUT, DELETE, OPTIONS } = otherMethods("GET", "PATCH");
