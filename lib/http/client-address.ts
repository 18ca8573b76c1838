// Who is asking, by network address: the key of every per-address rate limit and the address in
// audit entries and "new sign-in" emails. A client writes its own X-Forwarded-For, so that header
// only counts as far as proxies the operator trusts (TRUSTED_PROXIES) appended to it.
//
// Bazaar's server (scripts/server.ts) resolves the address from the TCP connection before Next
// sees the request and passes it on in CLIENT_ADDRESS_HEADER, replacing whatever the client sent
// under that name. On Vercel, which runs Next without that server, the platform's own header is used.
import { isIP } from "node:net";
import type { ClientAddressConfig } from "../env";
import { getEnv } from "../env";
import { logger } from "../log";

export const CLIENT_ADDRESS_HEADER = "x-bazaar-client-address";

const SERVED_BY_BAZAAR = Symbol.for("bazaar.server");
type Marked = typeof globalThis & { [SERVED_BY_BAZAAR]?: boolean };
const log = logger("client-address");
let warned = false;

/** Called once by Bazaar's server: from now on CLIENT_ADDRESS_HEADER is its word, not the client's. */
export function markServedByBazaar(): void {
  (globalThis as Marked)[SERVED_BY_BAZAAR] = true;
}

/** An IP address in canonical text, or null. IPv4 clients on a dual-stack socket arrive as ::ffff:a.b.c.d. */
export function normalizeAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  let address = value.trim();
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}

/**
 * The client's address from the connection's peer and the X-Forwarded-For it arrived with. With N
 * trusted proxies, the last N addresses of the chain (the peer, then X-Forwarded-For from the right)
 * were written by those proxies; the one before them is the client. A shorter chain (a request that
 * skipped a proxy) gives its farthest address, as Express's "trust proxy" does.
 */
export function resolveClientAddress(config: ClientAddressConfig, peer: string | undefined, forwardedFor: string | string[] | undefined): string | null {
  if (config.mode !== "hops") return normalizeAddress(peer);
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const chain = [peer, ...forwarded.reverse()];
  return normalizeAddress(chain[Math.min(config.hops, chain.length - 1)]);
}

type HeaderSource = { get(name: string): string | null };

/** The address of the client of the request these headers came with, or null when unknown. */
export function clientAddressFromHeaders(headers: HeaderSource): string | null {
  const config = getEnv().clientAddress;
  if (config.mode === "vercel") {
    return normalizeAddress(headers.get("x-vercel-forwarded-for")?.split(",")[0]) ?? normalizeAddress(headers.get("x-real-ip"));
  }
  if (!(globalThis as Marked)[SERVED_BY_BAZAAR]) {
    if (!warned) {
      warned = true;
      log.warn("Bazaar is not running behind its own server (npm start): client addresses are unknown, so per-address limits are off");
    }
    return null;
  }
  return normalizeAddress(headers.get(CLIENT_ADDRESS_HEADER));
}
