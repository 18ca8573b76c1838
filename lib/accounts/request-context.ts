// Where a request came from, for audit entries, rate limits and "new sign-in" emails. Route
// handlers build it from the Request (lib/api/with-auth.ts requestContext); server actions and
// next-auth's authorize() build it from headers with contextFromHeaders.
import { clientAddressFromHeaders } from "../http/client-address";

export interface RequestContext {
  ip?: string | null;
  userAgent?: string | null;
}

type HeaderSource = { get(name: string): string | null };

/** The client's address (as Bazaar's server or the platform established it, never as the client claims) and user agent. */
export function contextFromHeaders(headers: HeaderSource): RequestContext {
  const userAgent = headers.get("user-agent")?.trim() || null;
  return { ip: clientAddressFromHeaders(headers), userAgent: userAgent ? userAgent.slice(0, 500) : null };
}

/** For server actions: the context of the request being served. */
export async function actionRequestContext(): Promise<RequestContext> {
  const { headers } = await import("next/headers");
  return contextFromHeaders(await headers());
}
