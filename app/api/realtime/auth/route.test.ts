import { createHmac, randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getEnv } from "@/lib/env";
import { userChannel } from "@/lib/realtime";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth", () => ({ getActor: async () => session.actor }));

const { POST } = await import("./route");

const call = (body: string) =>
  POST(
    new NextRequest("http://localhost/api/realtime/auth", {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    }),
    { params: Promise.resolve({}) },
  );

describe("[REALTIME] POST /api/realtime/auth", () => {
  beforeEach(() => {
    session.actor = null;
  });

  it("answers 401 JSON to an anonymous request", async () => {
    const response = await call(`socket_id=1.2&channel_name=${userChannel("someone")}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });

  it("signs the signed-in user's own channel the way pusher-js expects", async () => {
    const userId = `u${randomUUID().slice(0, 8)}`;
    session.actor = { userId, email: "a@example.test", name: null, role: "BUYER" };
    const channel = userChannel(userId);
    const response = await call(`socket_id=123.456&channel_name=${encodeURIComponent(channel)}`);
    expect(response.status).toBe(200);
    const { key, secret } = getEnv().realtime;
    const signature = createHmac("sha256", secret).update(`123.456:${channel}`).digest("hex");
    expect(await response.json()).toEqual({ auth: `${key}:${signature}` });
  });

  it("answers 403 for another user's channel and 400 for missing fields", async () => {
    session.actor = { userId: "me", email: "a@example.test", name: null, role: "BUYER" };
    expect((await call(`socket_id=123.456&channel_name=${userChannel("someone-else")}`)).status).toBe(403);
    expect((await call("socket_id=123.456")).status).toBe(400);
  });
});
