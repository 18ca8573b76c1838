// GET /api/session — who is signed in and how many items are in their cart, for the site header.
// Pages don't read the session themselves, so catalog pages can be cached and served to everyone;
// the header fills in these two per-visitor facts in the browser.
import { NextResponse } from "next/server";
import { getSessionSummary } from "@/lib/accounts/session-summary";
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { getActor } from "@/lib/auth";

export const GET = withApi(async () => {
  const body = await getSessionSummary(await getActor());
  return NextResponse.json(body, { headers: { "Cache-Control": "private, no-store" } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
