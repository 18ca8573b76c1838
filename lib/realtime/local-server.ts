// Bazaar's embedded realtime server: speaks enough of the Pusher Channels protocol (7) that the real
// `pusher` server SDK and `pusher-js` run unchanged in development and tests. Soketi cannot be
// installed here and nothing else on npm serves the protocol in plain Node. See README.md.
import { randomInt } from "node:crypto";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import { logger } from "../log";
import { ChannelRegistry, isPresence, isPrivate, type LocalConnection, type PresenceMember } from "./local-channels";
import { createHttpApi, MAX_EVENT_DATA_BYTES } from "./local-server-http";
import { CHANNEL_NAME } from "./shared";
import { verifyChannelAuth } from "./signing";

const log = logger("realtime");

/** Seconds of silence after which pusher-js sends pusher:ping (it uses the smaller of its own and ours). */
const ACTIVITY_TIMEOUT_SECONDS = 30;
const HEARTBEAT_MS = 60_000;
/** Hard cap on a frame: anything larger closes the socket (1009). Event data itself is capped at 10 KB. */
const MAX_FRAME_BYTES = 16 * 1024;
const MAX_MEMBER_INFO_BYTES = 1024;
const MAX_EVENT_NAME = 200;
const CLIENT_EVENTS_PER_SECOND = 10;
/** A client this far behind on reading is dropped rather than buffered without bound. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

export interface LocalRealtimeServerOptions {
  host?: string;
  /** 0 picks a free port. */
  port: number;
  appId: string;
  key: string;
  secret: string;
}

export interface LocalRealtimeServer {
  port: number;
  /** Base URL of the HTTP API; WebSocket clients connect to ws://host:port/app/<key>. */
  url: string;
  stop(): Promise<void>;
}

interface Connection extends LocalConnection {
  ws: WebSocket;
  alive: boolean;
  eventWindowStart: number;
  eventsInWindow: number;
}

type Incoming = { event: string; channel?: unknown; data?: unknown };

export async function startLocalRealtimeServer(options: LocalRealtimeServerOptions): Promise<LocalRealtimeServer> {
  const host = options.host ?? "127.0.0.1";
  const registry = new ChannelRegistry();
  const connections = new Map<string, Connection>();
  const server = createServer(createHttpApi({ appId: options.appId, key: options.key, secret: options.secret, registry }));
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });

  const frame = (event: string, data: unknown, channel?: string) => JSON.stringify(channel ? { event, channel, data } : { event, data });

  const newSocketId = () => {
    let id: string;
    do id = `${randomInt(1, 2 ** 31)}.${randomInt(1, 2 ** 31)}`;
    while (connections.has(id));
    return id;
  };

  const subscriptionError = (connection: Connection, channel: string, type: string, error: string, status: number) =>
    connection.send(frame("pusher:subscription_error", { type, error, status }, channel));

  function leave(connection: Connection, channel: string) {
    const { goneMember } = registry.leave(connection, channel);
    if (goneMember) registry.broadcast(channel, frame("pusher_internal:member_removed", JSON.stringify({ user_id: goneMember.user_id }), channel));
  }

  function subscribe(connection: Connection, data: unknown) {
    if (typeof data !== "object" || data === null) return;
    const { channel, auth, channel_data: channelData } = data as Record<string, unknown>;
    if (typeof channel !== "string") return;
    if (!CHANNEL_NAME.test(channel)) return subscriptionError(connection, channel, "InvalidChannel", "Invalid channel name", 400);

    let member: PresenceMember | null = null;
    if (isPrivate(channel) || isPresence(channel)) {
      const signed = verifyChannelAuth({
        key: options.key,
        secret: options.secret,
        socketId: connection.socketId,
        channel,
        auth,
        channelData: typeof channelData === "string" ? channelData : undefined,
      });
      if (!signed) return subscriptionError(connection, channel, "AuthError", "The connection is unauthorized.", 401);
    }
    if (isPresence(channel)) {
      member = parseMember(channelData);
      if (!member) return subscriptionError(connection, channel, "AuthError", "channel_data must be JSON with a user_id", 401);
      if (Buffer.byteLength(JSON.stringify(member.user_info ?? null)) > MAX_MEMBER_INFO_BYTES) {
        return subscriptionError(connection, channel, "LimitReached", `user_info must be at most ${MAX_MEMBER_INFO_BYTES} bytes`, 413);
      }
    }

    // Subscribing again (after a re-auth, say) replaces the earlier membership.
    if (registry.isSubscribed(connection, channel)) leave(connection, channel);
    const { newMember } = registry.join(connection, channel, member);
    if (!member) return connection.send(frame("pusher_internal:subscription_succeeded", "{}", channel));

    const members = registry.members(channel);
    const presence = { ids: [...members.keys()], hash: Object.fromEntries(members), count: members.size };
    connection.send(frame("pusher_internal:subscription_succeeded", JSON.stringify({ presence }), channel));
    if (newMember) {
      const added = JSON.stringify({ user_id: member.user_id, user_info: members.get(member.user_id) });
      registry.broadcast(channel, frame("pusher_internal:member_added", added, channel), connection.socketId);
    }
  }

  function clientEvent(connection: Connection, message: Incoming) {
    const { channel, event } = message;
    if (typeof channel !== "string" || !registry.isSubscribed(connection, channel)) return;
    const reject = (why: string) => connection.send(frame("pusher:error", { code: 4301, message: why }, channel));
    if (!(isPrivate(channel) || isPresence(channel)) || channel.startsWith("private-encrypted-")) {
      return reject("Client events are only accepted on private and presence channels");
    }
    if (event.length > MAX_EVENT_NAME) return reject(`Event names are at most ${MAX_EVENT_NAME} characters`);
    if (Buffer.byteLength(JSON.stringify(message.data ?? null)) > MAX_EVENT_DATA_BYTES) {
      return reject(`Event data must be at most ${MAX_EVENT_DATA_BYTES} bytes`);
    }
    const now = Date.now();
    if (now - connection.eventWindowStart >= 1000) {
      connection.eventWindowStart = now;
      connection.eventsInWindow = 0;
    }
    if (++connection.eventsInWindow > CLIENT_EVENTS_PER_SECOND) {
      return reject(`Client events are limited to ${CLIENT_EVENTS_PER_SECOND} per second`);
    }
    const member = connection.channels.get(channel);
    const relayed = { event, channel, data: message.data, ...(member ? { user_id: member.user_id } : {}) };
    registry.broadcast(channel, JSON.stringify(relayed), connection.socketId);
  }

  function onMessage(connection: Connection, raw: RawData, isBinary: boolean) {
    connection.alive = true;
    if (isBinary) return;
    let message: Incoming;
    try {
      const parsed: unknown = JSON.parse(raw.toString());
      if (typeof parsed !== "object" || parsed === null || typeof (parsed as Incoming).event !== "string") return;
      message = parsed as Incoming;
    } catch {
      return; // malformed frames are ignored, as Pusher does
    }
    if (message.event === "pusher:ping") connection.send(frame("pusher:pong", "{}"));
    else if (message.event === "pusher:subscribe") subscribe(connection, message.data);
    else if (message.event === "pusher:unsubscribe") {
      const channel = (message.data as { channel?: unknown } | null)?.channel;
      if (typeof channel === "string") leave(connection, channel);
    } else if (message.event.startsWith("client-")) clientEvent(connection, message);
  }

  function onConnection(ws: WebSocket, request: IncomingMessage, key: string) {
    ws.on("error", (error) => log.debug("websocket error", { error }));
    const refuse = (code: number, message: string) => {
      ws.send(frame("pusher:error", { code, message }));
      ws.close(code); // no reason text: it is capped at 123 bytes and the message may hold a long key
    };
    if (key !== options.key) return refuse(4001, `App key ${key} does not exist`);
    const protocol = Number(new URL(request.url ?? "/", "http://local").searchParams.get("protocol") ?? 7);
    if (!(protocol >= 5 && protocol <= 7)) return refuse(4007, "Unsupported protocol version");

    const connection: Connection = {
      socketId: newSocketId(),
      channels: new Map(),
      ws,
      alive: true,
      eventWindowStart: 0,
      eventsInWindow: 0,
      send(text) {
        if (ws.readyState !== WebSocket.OPEN) return;
        if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.terminate();
        ws.send(text);
      },
    };
    connections.set(connection.socketId, connection);
    ws.on("message", (raw, isBinary) => onMessage(connection, raw, isBinary));
    ws.on("pong", () => (connection.alive = true));
    ws.on("close", () => {
      connections.delete(connection.socketId);
      for (const channel of [...connection.channels.keys()]) leave(connection, channel);
    });
    connection.send(
      frame("pusher:connection_established", JSON.stringify({ socket_id: connection.socketId, activity_timeout: ACTIVITY_TIMEOUT_SECONDS })),
    );
  }

  server.on("upgrade", (request: IncomingMessage, socket: Socket, head: Buffer) => {
    socket.on("error", () => socket.destroy());
    const match = /^\/app\/([^/?]+)(?:\?|$)/.exec(request.url ?? "");
    if (!match) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n");
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => onConnection(ws, request, decodeURIComponentSafe(match[1]!)));
  });
  server.on("clientError", (_error, socket) => socket.destroy());

  // Drops connections that stopped answering WebSocket pings (a laptop that went to sleep).
  const heartbeat = setInterval(() => {
    for (const connection of connections.values()) {
      if (!connection.alive) {
        connection.ws.terminate();
        continue;
      }
      connection.alive = false;
      connection.ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  server.on("error", (error) => log.error("local realtime server error", { error }));
  const port = (server.address() as AddressInfo).port;
  log.info("local realtime server listening", { host, port });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      clearInterval(heartbeat);
      for (const connection of connections.values()) {
        // 4200: pusher-js reconnects right away, so a restarted dev server is picked up again.
        connection.send(frame("pusher:error", { code: 4200, message: "Server shutting down" }));
        connection.ws.close(4200, "Server shutting down");
      }
      const force = setTimeout(() => connections.forEach((c) => c.ws.terminate()), 1000);
      force.unref();
      wss.close();
      server.close(() => {
        clearTimeout(force);
        resolve();
      });
      server.closeAllConnections();
    });
    return stopping;
  };

  return { port, url: `http://${host}:${port}`, stop };
}

function parseMember(channelData: unknown): PresenceMember | null {
  if (typeof channelData !== "string") return null;
  try {
    const parsed = JSON.parse(channelData) as { user_id?: unknown; user_info?: unknown } | null;
    const userId = parsed?.user_id;
    if ((typeof userId !== "string" && typeof userId !== "number") || userId === "") return null;
    return { user_id: String(userId), user_info: parsed?.user_info };
  } catch {
    return null;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
