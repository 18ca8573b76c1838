// Route handler wrappers for /api/v1 that resolve who is asking (Bearer token or web session) on
// top of withApi. Permission checks beyond "signed in" / "admin" belong to lib/auth/authorize.ts,
// called by the use case with the resource in hand.
import type { NextRequest } from "next/server";
import { contextFromHeaders, type RequestContext } from "../accounts/request-context";
import type { Actor } from "../auth/actor";
import { authorize } from "../auth/authorize";
import { getRequestActor } from "../auth/request-actor";
import { unauthenticated } from "../errors";
import { withApi } from "./handler";

export type { RequestContext } from "../accounts/request-context";

type Params = Record<string, string>;
type AuthedHandler<P, A> = (request: NextRequest, ctx: { actor: A; params: P }) => Promise<Response>;

/** What Next calls: always a promise, so tests and callers can await it without narrowing. */
export type RouteHandler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

function wrap<P, A>(resolve: (request: NextRequest) => Promise<A>, handler: AuthedHandler<P, A>): RouteHandler<P> {
  const wrapped = withApi<P>(async (request, context) => {
    const actor = await resolve(request);
    return handler(request, { actor, params: await context.params });
  });
  return async (request, context) => wrapped(request, context);
}

/** Signed-in actors only: anonymous requests get a 401 JSON error. */
export function withAuth<P = Params>(handler: AuthedHandler<P, Actor>) {
  return wrap<P, Actor>(async (request) => {
    const actor = await getRequestActor(request);
    if (!actor) throw unauthenticated();
    return actor;
  }, handler);
}

/** Anyone; the handler sees the actor when there is one. A bad Bearer token is still a 401. */
export function withOptionalAuth<P = Params>(handler: AuthedHandler<P, Actor | null>) {
  return wrap<P, Actor | null>(getRequestActor, handler);
}

/** Admins only: 401 when anonymous, 403 for everyone else. */
export function withAdmin<P = Params>(handler: AuthedHandler<P, Actor>) {
  return wrap<P, Actor>(async (request) => {
    const actor = await getRequestActor(request);
    authorize(actor, "admin:access");
    return actor;
  }, handler);
}

/**
 * The client's address (see lib/http/client-address.ts: the connection's peer unless trusted
 * proxies are configured) and user agent, for rate limits and audit entries. The user agent is the
 * client's own claim: never a basis for deciding who someone is.
 */
export function requestContext(request: Request): RequestContext {
  return contextFromHeaders(request.headers);
}
