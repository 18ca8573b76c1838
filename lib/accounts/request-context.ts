// Where a request came from, for audit entries, rate limits and "new sign-in" emails. Route
// handlers build it from the Request (lib/api/with-auth.ts requestContext); server actions and
// next-auth's authorize() build it from headers with contextFromHeaders.
export interface RequestContext {
  ip?: string | null;
  userAgent?: string | null;
}

type HeaderSource = { get(name: string): string | null };

/** The client's address: the first x-forwarded-for hop (set by the proxy in front of Next), else x-real-ip. */
export function contextFromHeaders(headers: HeaderSource): RequestContext {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || headers.get("x-real-ip")?.trim() || null;
  const userAgent = headers.get("user-agent")?.trim() || null;
  return { ip: ip ? ip.slice(0, 100) : null, userAgent: userAgent ? userAgent.slice(0, 500) : null };
}

/** For server actions: the context of the request being served. */
export async function actionRequestContext(): Promise<RequestContext> {
  const { headers } = await import("next/headers");
  return contextFromHeaders(await headers());
}
