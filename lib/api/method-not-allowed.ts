// What a route answers to the methods it does not handle. Next answers an unexported method
// itself, with an empty 405 and no Allow header; every route under app/api therefore exports the
// methods it refuses too, from one line:
//
//   export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
//
// OPTIONS comes with them: Next's own OPTIONS lists every exported method as allowed, refusals
// included. HEAD runs GET where there is one, as in Next. A test (method-not-allowed.test.ts)
// checks that every route file exports all of them.
import { AppError } from "../errors";
import { errorResponse, requestIdOf } from "./handler";

/** The methods Next routes to a route handler by name. */
export const routeMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type RouteMethod = (typeof routeMethods)[number];
type Handled = Exclude<RouteMethod, "HEAD" | "OPTIONS">;

/** What a route answers to: the handled methods, HEAD with GET, and OPTIONS; sorted as Next sorts it. */
export function allowHeader(handled: readonly Handled[]): string {
  return [...new Set([...handled, ...(handled.includes("GET") ? (["HEAD"] as const) : []), "OPTIONS"])].sort().join(", ");
}

const refusals = new WeakSet<object>();

/** Whether a route export is one of these 405 handlers (for tests that walk the routes). */
export const isMethodRefusal = (handler: unknown): boolean => typeof handler === "function" && refusals.has(handler);

type Others<A extends Handled> = Exclude<RouteMethod, A | ("GET" extends A ? "HEAD" : never)>;

/** Handlers for every method but the ones named: 405 with the JSON error and Allow, and OPTIONS (204 with Allow). */
export function otherMethods<const A extends Handled>(...handled: A[]): Record<Others<A>, (request: Request) => Promise<Response>> {
  const allow = allowHeader(handled);
  const refuse = async (request: Request) => {
    const message = `${request.method} is not allowed here: use ${allow.replace(/, (?=[^,]*$)/, " or ")}`;
    const response = errorResponse(new AppError("METHOD_NOT_ALLOWED", message), requestIdOf(request));
    response.headers.set("Allow", allow);
    return response;
  };
  refusals.add(refuse);
  const options = async () => new Response(null, { status: 204, headers: { Allow: allow } });
  const names: readonly string[] = handled;
  const others = routeMethods.filter((method) => !names.includes(method) && !(method === "HEAD" && names.includes("GET")));
  return Object.fromEntries(others.map((method) => [method, method === "OPTIONS" ? options : refuse])) as Record<Others<A>, typeof refuse>;
}
