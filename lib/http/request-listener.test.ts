import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import type { ClientAddressConfig } from "../env";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { createRequestListener } from "./request-listener";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real server with the listener in front of a stand-in for Next that echoes what it was given. */
async function serve(clientAddress: ClientAddressConfig, probe: { status: number; allow: string | null } = { status: 204, allow: "GET, HEAD, OPTIONS, POST" }) {
  server = createServer(
    createRequestListener({
      clientAddress,
      handle: (req, res) => res.end(JSON.stringify({ method: req.method, address: req.headers[CLIENT_ADDRESS_HEADER] ?? null })),
      probeOptions: async () => probe,
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function send(port: number, options: { method?: string; path?: string; headers?: Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method: options.method ?? "GET", path: options.path ?? "/", headers: options.headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("[SERVER] client address", () => {
  it("is the connection's peer; a client's X-Forwarded-For and its own copy of the header are ignored", async () => {
    const port = await serve({ mode: "direct" });
    for (let i = 0; i < 5; i++) {
      const { body } = await send(port, { headers: { "x-forwarded-for": `198.51.100.${i}`, [CLIENT_ADDRESS_HEADER]: `6.6.6.${i}` } });
      expect(JSON.parse(body).address).toBe("127.0.0.1");
    }
  });

  it("behind one trusted proxy, is the hop that proxy appended", async () => {
    const port = await serve({ mode: "hops", hops: 1 });
    const { body } = await send(port, { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9" } });
    expect(JSON.parse(body).address).toBe("203.0.113.9");
  });
});

describe("[SERVER] methods fetch cannot carry", () => {
  it("answers TRACE on /api with the JSON error, a request id and Allow", async () => {
    const port = await serve({ mode: "direct" });
    const response = await send(port, { method: "TRACE", path: "/api/v1/products?x=1" });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD, OPTIONS, POST");
    expect(response.headers["content-type"]).toBe("application/json");
    const { error } = JSON.parse(response.body);
    expect(error).toMatchObject({ code: "METHOD_NOT_ALLOWED", requestId: response.headers["x-request-id"] });
  });

  it("answers 404 when there is no such API route, and a plain 405 on pages", async () => {
    let port = await serve({ mode: "direct" }, { status: 404, allow: null });
    const missing = await send(port, { method: "TRACE", path: "/api/v1/nothing-here" });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.code).toBe("NOT_FOUND");
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    port = await serve({ mode: "direct" });
    const page = await send(port, { method: "TRACE", path: "/c/fashion" });
    expect(page.status).toBe(405);
    expect(page.headers.allow).toBe("GET, HEAD, POST");
  });

  it("passes every other method through", async () => {
    const port = await serve({ mode: "direct" });
    for (const method of ["GET", "POST", "PATCH", "OPTIONS", "PROPFIND"]) {
      expect(JSON.parse((await send(port, { method, path: "/api/v1/products" })).body).method).toBe(method);
    }
  });
});
