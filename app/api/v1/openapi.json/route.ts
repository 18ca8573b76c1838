// GET /api/v1/openapi.json — the mobile API's OpenAPI 3.1 description
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { openApiDocument } from "@/lib/api/openapi";

export const GET = withApi(async () => NextResponse.json(openApiDocument()));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET");
