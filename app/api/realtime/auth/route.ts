// POST /api/realtime/auth — sign a private/presence channel subscription for the signed-in user (web session or mobile Bearer token)
import { NextResponse } from "next/server";
import { withApi } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/method-not-allowed";
import { getRequestActor } from "@/lib/auth/request-actor";
import { AppError, unauthenticated } from "@/lib/errors";
import { authorizeChannel } from "@/lib/realtime";

export const POST = withApi(async (request) => {
  const actor = await getRequestActor(request);
  if (!actor) throw unauthenticated();
  // pusher-js posts application/x-www-form-urlencoded: socket_id=...&channel_name=...
  const form = new URLSearchParams(await request.text());
  const socketId = form.get("socket_id");
  const channel = form.get("channel_name");
  if (!socketId || !channel) throw new AppError("BAD_REQUEST", "socket_id and channel_name are required");
  return NextResponse.json(await authorizeChannel({ socketId, channel, actor }));
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods("POST");
