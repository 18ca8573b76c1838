// GET /api/health — each service's mode; 503 "degraded" when the database does not answer
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { getHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export type GetHealthResponse = Awaited<ReturnType<typeof getHealth>>;

export const GET = withApi(async () => {
  const health = await getHealth();
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
