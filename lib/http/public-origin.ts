// The origin to send a visitor to. With APP_URL set it is always APP_URL. Without it (a laptop,
// a test run) a visitor who came on http://127.0.0.1:3000 must come back there, not to
// http://localhost:3000 where their session cookie does not exist: the Host they used is followed,
// if it names an allowed host (ALLOWED_HOSTS, plus the loopback names). Emails never use this: they
// are read later, elsewhere, and a Host header is whatever the client wrote.
import { getEnv } from "../env";

type HeaderSource = { get(name: string): string | null };

const HOST = /^(?<name>[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(?<port>\d{1,5}))?$/;

export function publicOrigin(headers: HeaderSource): string {
  const env = getEnv();
  if (env.appUrlConfigured) return env.appUrl;
  const host = headers.get("host")?.trim().toLowerCase() ?? "";
  const match = HOST.exec(host);
  if (!match?.groups || !env.allowedHosts.includes(match.groups.name!)) return env.appUrl;
  if (match.groups.port && Number(match.groups.port) > 65535) return env.appUrl;
  // Only a trusted proxy's word says the visitor used HTTPS; a direct connection to Bazaar is HTTP.
  const forwardedProto = env.clientAddress.mode === "direct" ? null : headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  const protocol = forwardedProto === "https" || forwardedProto === "http" ? forwardedProto : new URL(env.appUrl).protocol.slice(0, -1);
  return `${protocol}://${host}`;
}

/** For server actions and dynamic pages: the origin of the request being served. */
export async function requestPublicOrigin(): Promise<string> {
  const { headers } = await import("next/headers");
  return publicOrigin(await headers());
}
