// What Bazaar's server (scripts/server.ts) does to every request before Next.js sees it.
//  - Establishes the client's address from the connection (lib/http/client-address.ts) and passes
//    it on in a header only this layer writes.
//  - Answers the methods Next cannot turn into a fetch Request (TRACE, TRACK, CONNECT: fetch refuses
//    them, and Next would answer a plain-text 500): a 405 naming the allowed methods, as JSON on /api.
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import type { ClientAddressConfig } from "../env";
import { newRequestId } from "../log";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "./client-address";

const UNFETCHABLE_METHODS = new Set(["TRACE", "TRACK", "CONNECT"]);
/** Pages take GET and HEAD, and POST for server actions. */
const PAGE_METHODS = "GET, HEAD, POST";

export interface RequestListenerOptions {
  handle: (req: IncomingMessage, res: ServerResponse) => unknown;
  clientAddress: ClientAddressConfig;
  /**
   * What an OPTIONS request to the path answers (Next lists a route's methods in Allow; 404 when
   * there is no route), so a refused TRACE names the same methods as every other 405.
   */
  probeOptions: (path: string) => Promise<{ status: number; allow: string | null }>;
}

export function createRequestListener({ handle, clientAddress, probeOptions }: RequestListenerOptions): RequestListener {
  return (req, res) => {
    delete req.headers[CLIENT_ADDRESS_HEADER];
    const address = resolveClientAddress(clientAddress, req.socket.remoteAddress, req.headers["x-forwarded-for"]);
    if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
    if (UNFETCHABLE_METHODS.has(req.method ?? "")) {
      refuseMethod(req, res, probeOptions).catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      return;
    }
    void handle(req, res);
  };
}

async function refuseMethod(req: IncomingMessage, res: ServerResponse, probeOptions: RequestListenerOptions["probeOptions"]) {
  req.resume(); // a TRACE may carry a body nobody reads
  const path = new URL(req.url ?? "/", "http://bazaar.invalid").pathname;
  if (!path.startsWith("/api/")) {
    res.writeHead(405, { Allow: PAGE_METHODS, "Content-Type": "text/plain; charset=utf-8" });
    res.end("Method Not Allowed");
    return;
  }
  const requestId = newRequestId();
  const probe = await probeOptions(path);
  const notFound = probe.status === 404;
  const allow = probe.allow ?? "GET, HEAD, OPTIONS";
  const error = notFound
    ? { code: "NOT_FOUND", message: "Not found", requestId }
    : { code: "METHOD_NOT_ALLOWED", message: `${req.method} is not allowed here: use ${allow.replace(/, (?=[^,]*$)/, " or ")}`, requestId };
  res.writeHead(notFound ? 404 : 405, {
    "Content-Type": "application/json",
    "X-Request-Id": requestId,
    ...(notFound ? {} : { Allow: allow }),
  });
  res.end(JSON.stringify({ error }));
}
