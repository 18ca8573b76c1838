// The handlers behind /api/inngest: Inngest's `serve` in inngest mode, a JSON 404 otherwise.
// The mode is checked per request (not at import) so that building the app reads no environment.
import type { NextRequest } from "next/server";
import { serve } from "inngest/next";
import { withApi } from "../api/handler";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { inngest } from "./client";
import type { Job } from "./define-job";

type Method = "GET" | "POST" | "PUT";
type RouteHandler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const notServed = withApi(() => {
  throw new AppError(
    "NOT_FOUND",
    "Jobs run in-process on this server: there is no Inngest endpoint. Set INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY to use Inngest.",
  );
});

export function inngestRouteHandlers(functions: readonly Job[]): Record<Method, RouteHandler> {
  let served: ReturnType<typeof serve> | undefined;
  const handler =
    (method: Method): RouteHandler =>
    async (request, context) => {
      if (getEnv().jobs.mode !== "inngest") return notServed(request, context);
      served ??= serve({ client: inngest, functions });
      return served[method](request, context);
    };
  return { GET: handler("GET"), POST: handler("POST"), PUT: handler("PUT") };
}
