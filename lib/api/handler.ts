// Route handler wrapper for /api: gives each request an id (echoed as X-Request-Id), runs the
// handler inside it, and maps errors to `{ error: { code, message, fields?, requestId } }`.
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { AppError, toAppError } from "../errors";
import { logger, newRequestId, withRequestContext } from "../log";

const log = logger("api");

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]>; requestId: string };
}

type RouteContext<P> = { params: Promise<P> };
type Handler<P> = (request: NextRequest, context: RouteContext<P>) => Promise<Response> | Response;

export function errorResponse(error: unknown, requestId: string): NextResponse<ApiErrorBody> {
  const appError = toAppError(error);
  if (appError.code === "INTERNAL") log.error("unhandled error", { error: appError.cause ?? error });
  const body: ApiErrorBody = {
    error: { code: appError.code, message: appError.message, requestId, ...(appError.fields ? { fields: appError.fields } : {}) },
  };
  const headers: Record<string, string> = { "X-Request-Id": requestId };
  if (appError.retryAfterSeconds) headers["Retry-After"] = String(appError.retryAfterSeconds);
  return NextResponse.json(body, { status: appError.status, headers });
}

/** The caller's X-Request-Id when it looks like one, otherwise a new id. */
export function requestIdOf(request: Request): string {
  const incoming = request.headers.get("x-request-id");
  return incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : newRequestId();
}

export function withApi<P = Record<string, string>>(handler: Handler<P>): Handler<P> {
  return async (request, context) => {
    const requestId = requestIdOf(request);
    return withRequestContext(requestId, async () => {
      try {
        const response = await handler(request, context);
        response.headers.set("X-Request-Id", requestId);
        return response;
      } catch (error) {
        return errorResponse(error, requestId);
      }
    });
  };
}

/** Parses the query string with a schema (a repeated parameter counts once: the last); a bad value is a 400 naming it. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  return schema.parse(Object.fromEntries(new URL(request.url).searchParams));
}

/** Parses a JSON body; a body that is not JSON is a 400, not a 500. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("BAD_REQUEST", "The request body must be valid JSON");
  }
}

/** For POSTs whose body is optional: an empty body is `{}`, anything else must be valid JSON. */
export async function readOptionalJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "The request body must be valid JSON");
  }
}
