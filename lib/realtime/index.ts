// Realtime fan-out over Pusher Channels: the only module that talks to the `pusher` server SDK.
// In "pusher" mode it reaches Pusher (or a self-hosted server); in "local" mode the same SDK calls
// Bazaar's embedded server (local-server.ts). Publishing is a side effect: it never throws into
// the request that triggered it.
import "server-only";
import Pusher from "pusher";
import { db } from "../db";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { getEnv, type RealtimeConfig } from "../env";
import { AppError } from "../errors";
import { logger } from "../log";
import { parseChannel, storeChannel, userChannel, type RealtimeClientConfig } from "./shared";

export { conversationChannel, storeChannel, userChannel, type RealtimeClientConfig } from "./shared";

const log = logger("realtime");
const SOCKET_ID = /^\d+\.\d+$/;
export const AUTH_ENDPOINT = "/api/realtime/auth";

let cached: { config: RealtimeConfig; client: Pusher } | undefined;

/** One SDK client per env; rebuilt when the env is reloaded (tests switch ports). */
function client(): Pusher {
  const config = getEnv().realtime;
  if (cached?.config !== config) {
    const base = { appId: config.appId, key: config.key, secret: config.secret, useTLS: config.useTLS, timeout: 5_000 };
    const pusher = config.host
      ? new Pusher({ ...base, host: config.host, ...(config.port ? { port: String(config.port) } : {}) })
      : new Pusher({ ...base, cluster: config.cluster });
    cached = { config, client: pusher };
  }
  return cached.client;
}

/** Sends `event` with `data` (any JSON value, at most 10 KB serialized) to everyone on `channel`. */
export async function publish(channel: string, event: string, data: unknown): Promise<boolean> {
  try {
    await client().trigger(channel, event, data);
    return true;
  } catch (error) {
    const status = (error as { status?: number }).status;
    log.error("publish failed", { channel, event, status, error });
    return false;
  }
}

export const publishToUser = (userId: string, event: string, data: unknown) => publish(userChannel(userId), event, data);
export const publishToStore = (storeId: string, event: string, data: unknown) => publish(storeChannel(storeId), event, data);

export type ChannelAuthorization = Pusher.ChannelAuthResponse;

/**
 * Decides whether `actor` may join `channel` and, if so, signs the subscription for `socketId`.
 * Rules: your own user channel; a store channel if you own the store (admins: any store);
 * a conversation channel if you are its buyer or own its store.
 */
export async function authorizeChannel(input: { socketId: string; channel: string; actor: Actor }): Promise<ChannelAuthorization> {
  const { socketId, channel, actor } = input;
  if (typeof socketId !== "string" || !SOCKET_ID.test(socketId)) throw new AppError("BAD_REQUEST", "socket_id is not a valid socket id");
  const parsed = typeof channel === "string" ? parseChannel(channel) : null;
  if (!parsed) throw new AppError("BAD_REQUEST", "Unknown channel name");

  // Look up who owns the channel, then let the authorization module decide.
  switch (parsed.kind) {
    case "user":
      authorize(actor, "realtime:subscribe", { kind: "user-channel", userId: parsed.id });
      return client().authorizeChannel(socketId, channel);
    case "store": {
      const store = await db.store.findUnique({ where: { id: parsed.id }, select: { ownerId: true } });
      authorize(actor, "realtime:subscribe", { kind: "store-channel", ownerId: store?.ownerId ?? null });
      return client().authorizeChannel(socketId, channel);
    }
    case "conversation": {
      const conversation = await db.conversation.findUnique({
        where: { id: parsed.id },
        select: { buyerId: true, store: { select: { ownerId: true } } },
      });
      if (!conversation) throw new AppError("FORBIDDEN", "You may not listen on this channel");
      authorize(actor, "realtime:subscribe", { kind: "conversation-channel", buyerId: conversation.buyerId, storeOwnerId: conversation.store.ownerId });
      return client().authorizeChannel(socketId, channel, {
        user_id: actor.userId,
        user_info: { name: actor.name ?? "Bazaar member" },
      });
    }
  }
}

/** What the browser needs to connect; pass it to <RealtimeProvider config={...}> from a server component. */
export function realtimeClientConfig(): RealtimeClientConfig {
  const config = getEnv().realtime;
  const base = { key: config.key, cluster: config.cluster, enabledTransports: ["ws", "wss"] as ("ws" | "wss")[], authEndpoint: AUTH_ENDPOINT };
  if (!config.host) return { ...base, forceTLS: true };
  return { ...base, wsHost: config.host, wsPort: config.port, wssPort: config.port, forceTLS: config.useTLS };
}
