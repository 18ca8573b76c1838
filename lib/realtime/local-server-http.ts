// The HTTP half of the local Pusher server: the signed REST API the `pusher` server SDK calls
// (trigger, batch trigger, channel info). Formats follow Pusher's HTTP API reference.
import type { IncomingMessage, ServerResponse } from "node:http";
import { CHANNEL_NAME } from "./shared";
import { ChannelRegistry, isPresence } from "./local-channels";
import { verifyHttpRequest } from "./signing";
import { logger } from "../log";

const log = logger("realtime");

export const MAX_EVENT_DATA_BYTES = 10 * 1024;
const MAX_BODY_BYTES = 256 * 1024;
const MAX_EVENT_NAME = 200;
const MAX_CHANNELS_PER_EVENT = 100;
const MAX_BATCH = 10;
const SOCKET_ID = /^\d+\.\d+$/;

interface App {
  appId: string;
  key: string;
  secret: string;
  registry: ChannelRegistry;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners("data");
        req.pause();
        reject(new HttpError(413, `Request body larger than ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

interface EventInput {
  name: string;
  data: string;
  channels: string[];
  socketId?: string;
  info: string[];
}

function parseEvent(value: unknown): EventInput {
  if (typeof value !== "object" || value === null) throw new HttpError(400, "An event must be a JSON object");
  const event = value as Record<string, unknown>;
  if (typeof event.name !== "string" || event.name.length === 0 || event.name.length > MAX_EVENT_NAME) {
    throw new HttpError(400, `name must be a string of 1 to ${MAX_EVENT_NAME} characters`);
  }
  if (typeof event.data !== "string") throw new HttpError(400, "data must be a string");
  if (Buffer.byteLength(event.data, "utf8") > MAX_EVENT_DATA_BYTES) {
    throw new HttpError(413, `data must be at most ${MAX_EVENT_DATA_BYTES} bytes`);
  }
  const channels = event.channels ?? (event.channel === undefined ? undefined : [event.channel]);
  if (!Array.isArray(channels) || channels.length === 0 || channels.length > MAX_CHANNELS_PER_EVENT) {
    throw new HttpError(400, `channels must list 1 to ${MAX_CHANNELS_PER_EVENT} channels (or give one channel)`);
  }
  for (const channel of channels) {
    if (typeof channel !== "string" || !CHANNEL_NAME.test(channel)) throw new HttpError(400, `Invalid channel name: ${String(channel)}`);
  }
  if (event.socket_id !== undefined && (typeof event.socket_id !== "string" || !SOCKET_ID.test(event.socket_id))) {
    throw new HttpError(400, "socket_id is not a valid socket id");
  }
  if (event.info !== undefined && typeof event.info !== "string") throw new HttpError(400, "info must be a string");
  return {
    name: event.name,
    data: event.data,
    channels: channels as string[],
    socketId: event.socket_id as string | undefined,
    info: event.info ? event.info.split(",") : [],
  };
}

function parseJson(body: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new HttpError(400, "The body must be a JSON object");
}

/** The per-channel attributes asked for in `info` (user_count only exists on presence channels). */
function channelAttributes(registry: ChannelRegistry, channel: string, info: string[]) {
  const attributes: { user_count?: number; subscription_count?: number } = {};
  for (const attribute of info) {
    if (attribute === "user_count") {
      if (!isPresence(channel)) throw new HttpError(400, "user_count is only available for presence channels");
      attributes.user_count = registry.members(channel).size;
    } else if (attribute === "subscription_count") {
      attributes.subscription_count = registry.subscriptionCount(channel);
    } else if (attribute !== "") {
      throw new HttpError(400, `Unknown info attribute ${attribute}`);
    }
  }
  return attributes;
}

function deliver(registry: ChannelRegistry, event: EventInput) {
  for (const channel of event.channels) {
    registry.broadcast(channel, JSON.stringify({ event: event.name, channel, data: event.data }), event.socketId);
  }
}

function infoFor(registry: ChannelRegistry, event: EventInput) {
  return Object.fromEntries(event.channels.map((channel) => [channel, channelAttributes(registry, channel, event.info)]));
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new HttpError(400, "Malformed percent-encoding in the URL");
  }
}

async function route(app: App, req: IncomingMessage, res: ServerResponse) {
  // The signature covers the path and query values exactly as the SDK built them, before any
  // URL normalization: work from the raw request line.
  const [rawPath = "/", rawQuery = ""] = (req.url ?? "/").split("?", 2);
  const method = req.method ?? "GET";
  if (rawPath === "/" && method === "GET") return send(res, 200, { ok: true });

  const match = /^\/apps\/([^/]+)\/(events|batch_events|channels)(?:\/([^/]+))?(\/users)?$/.exec(rawPath);
  if (!match) throw new HttpError(404, "Not found");
  const [, appId, resource, rawChannel, users] = match;
  const body = await readBody(req);

  const query = new URLSearchParams();
  for (const pair of rawQuery.split("&").filter(Boolean)) {
    const separator = pair.indexOf("=");
    const name = separator < 0 ? pair : pair.slice(0, separator);
    const value = separator < 0 ? "" : pair.slice(separator + 1);
    query.append(decode(name), decode(value));
  }
  const auth = verifyHttpRequest({ key: app.key, secret: app.secret, method, path: rawPath, query, body });
  if (!auth.ok) throw new HttpError(auth.status, auth.error);
  if (appId !== app.appId) throw new HttpError(404, `Unknown app ${appId}`);
  const info = (query.get("info") ?? "").split(",");

  if (resource === "events" && !rawChannel) {
    if (method !== "POST") throw new HttpError(405, "Use POST");
    const event = parseEvent(parseJson(body));
    const attributes = event.info.length > 0 ? { channels: infoFor(app.registry, event) } : {};
    deliver(app.registry, event);
    return send(res, 200, attributes);
  }
  if (resource === "batch_events" && !rawChannel) {
    if (method !== "POST") throw new HttpError(405, "Use POST");
    const batch = parseJson(body).batch;
    if (!Array.isArray(batch) || batch.length === 0 || batch.length > MAX_BATCH) {
      throw new HttpError(400, `batch must hold 1 to ${MAX_BATCH} events`);
    }
    // Validate the whole batch first: a bad event delivers none of them.
    const events = batch.map((item) => parseEvent(item));
    for (const event of events) {
      if (event.channels.length !== 1) throw new HttpError(400, "Each batch event has exactly one channel");
    }
    const wantsInfo = events.some((event) => event.info.length > 0);
    const attributes = wantsInfo ? { batch: events.map((event) => channelAttributes(app.registry, event.channels[0]!, event.info)) } : {};
    events.forEach((event) => deliver(app.registry, event));
    return send(res, 200, attributes);
  }
  if (resource === "channels") {
    if (method !== "GET") throw new HttpError(405, "Use GET");
    if (!rawChannel) {
      const prefix = query.get("filter_by_prefix") ?? "";
      if (info.includes("user_count") && !prefix.startsWith("presence-")) {
        throw new HttpError(400, "user_count requires filter_by_prefix=presence-");
      }
      const channels = app.registry.occupiedChannels().filter((channel) => channel.startsWith(prefix));
      return send(res, 200, { channels: Object.fromEntries(channels.map((c) => [c, channelAttributes(app.registry, c, info)])) });
    }
    const channel = decode(rawChannel);
    if (!CHANNEL_NAME.test(channel)) throw new HttpError(400, "Invalid channel name");
    if (users) {
      if (!isPresence(channel)) throw new HttpError(400, "Users are only listed for presence channels");
      return send(res, 200, { users: [...app.registry.members(channel).keys()].map((id) => ({ id })) });
    }
    return send(res, 200, { occupied: app.registry.subscriptionCount(channel) > 0, ...channelAttributes(app.registry, channel, info) });
  }
  throw new HttpError(404, "Not found");
}

export function createHttpApi(app: App) {
  return (req: IncomingMessage, res: ServerResponse) => {
    route(app, req, res).catch((error: unknown) => {
      if (!(error instanceof HttpError)) log.error("local realtime HTTP API failed", { error });
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.message : "Internal error";
      // An oversized body is left unread: close the connection rather than drain it.
      if (status === 413) res.setHeader("connection", "close");
      send(res, status, { error: message, code: status });
    });
  };
}
