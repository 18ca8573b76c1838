// Pusher's two signatures, checked the way the local server must: channel auth tokens sent over the
// WebSocket and the request signature on every HTTP API call. Both are HMAC-SHA256 with the app
// secret, hex-encoded; comparisons run in constant time.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

export function hmacHex(secret: string, data: string): string {
  return createHmac("sha256", secret).update(data, "utf8").digest("hex");
}

export function md5Hex(data: string | Buffer): string {
  return createHash("md5").update(data).digest("hex");
}

/** Constant-time string equality (length is not secret: every HMAC hex digest has the same length). */
export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Checks the `auth` field of a pusher:subscribe: `key:hex(HMAC(secret, "socket_id:channel[:channel_data]"))`.
 * channel_data is signed whenever it is sent (presence always sends it).
 */
export function verifyChannelAuth(options: {
  key: string;
  secret: string;
  socketId: string;
  channel: string;
  auth: unknown;
  channelData?: string;
}): boolean {
  if (typeof options.auth !== "string") return false;
  const separator = options.auth.indexOf(":");
  if (separator < 0) return false;
  const key = options.auth.slice(0, separator);
  const signature = options.auth.slice(separator + 1);
  const parts = [options.socketId, options.channel];
  if (options.channelData !== undefined) parts.push(options.channelData);
  const expected = hmacHex(options.secret, parts.join(":"));
  // Evaluate both so the time taken does not depend on which part was wrong.
  const keyOk = safeEqual(key, options.key);
  const signatureOk = safeEqual(signature, expected);
  return keyOk && signatureOk;
}

export const MAX_CLOCK_SKEW_SECONDS = 600;

export type HttpAuthResult = { ok: true } | { ok: false; status: 400 | 401; error: string };

/**
 * Verifies a signed HTTP API request (auth_version 1.0):
 * auth_signature = hex(HMAC(secret, "METHOD\nPATH\nk1=v1&k2=v2...")) over every query parameter
 * except auth_signature, keys lower-cased and sorted, values as sent (the SDKs do not escape them).
 */
export function verifyHttpRequest(options: {
  key: string;
  secret: string;
  method: string;
  path: string;
  query: URLSearchParams;
  body: Buffer;
  nowSeconds?: number;
}): HttpAuthResult {
  const params = new Map<string, string>();
  for (const [name, value] of options.query) {
    const key = name.toLowerCase();
    if (params.has(key)) return { ok: false, status: 400, error: `Duplicate query parameter ${key}` };
    params.set(key, value);
  }
  const signature = params.get("auth_signature");
  const authKey = params.get("auth_key");
  const timestamp = params.get("auth_timestamp");
  if (!signature || !authKey || !timestamp) {
    return { ok: false, status: 401, error: "Missing auth_key, auth_timestamp or auth_signature" };
  }
  if (params.get("auth_version") !== "1.0") return { ok: false, status: 401, error: "auth_version must be 1.0" };
  if (!safeEqual(authKey, options.key)) return { ok: false, status: 401, error: "Unknown auth_key" };

  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const sent = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || Math.abs(now - sent) > MAX_CLOCK_SKEW_SECONDS) {
    return { ok: false, status: 401, error: `auth_timestamp must be within ${MAX_CLOCK_SKEW_SECONDS} seconds of the server's clock` };
  }

  if (options.body.length > 0) {
    const bodyMd5 = params.get("body_md5");
    if (!bodyMd5 || !safeEqual(bodyMd5, md5Hex(options.body))) {
      return { ok: false, status: 401, error: "body_md5 does not match the request body" };
    }
  }

  params.delete("auth_signature");
  const sorted = [...params.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const expected = hmacHex(options.secret, [options.method.toUpperCase(), options.path, sorted].join("\n"));
  if (!safeEqual(signature, expected)) return { ok: false, status: 401, error: "Invalid signature" };
  return { ok: true };
}
