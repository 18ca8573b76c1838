// Every route under app/api answers a method it does not handle with the JSON error and an Allow
// header listing exactly the methods it does handle, and OPTIONS with the same list. Next would
// answer an unexported method itself (an empty 405 without Allow) and build its OPTIONS answer from
// whatever is exported, so every one of Next's route methods must be exported, OPTIONS included.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { allowHeader, isMethodRefusal, otherMethods, routeMethods } from "./method-not-allowed";

// Route modules are imported to read their exports; only their 405 and OPTIONS handlers are called.
vi.mock("@/lib/auth", () => ({ getActor: async () => null }));

const api = path.resolve(import.meta.dirname, "../../app/api");

function routeFiles(dir = api): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

type Handler = (request: NextRequest) => Promise<Response>;

describe("[API] methods a route does not handle", () => {
  it("builds Allow the way Next's own OPTIONS answer does", () => {
    expect(allowHeader(["POST", "GET"])).toBe("GET, HEAD, OPTIONS, POST");
    expect(allowHeader(["DELETE"])).toBe("DELETE, OPTIONS");
    expect(Object.keys(otherMethods("GET")).sort()).toEqual(["DELETE", "OPTIONS", "PATCH", "POST", "PUT"]);
    expect(Object.keys(otherMethods("PATCH", "DELETE")).sort()).toEqual(["GET", "HEAD", "OPTIONS", "POST", "PUT"]);
  });

  const files = routeFiles();
  it("finds the route files", () => expect(files.length).toBeGreaterThan(40));

  // The catch-all answers the API's 404 to every method, for paths no route handles.
  const catchAll = path.join(api, "[...path]", "route.ts");
  it("/api/* that no route handles is the JSON 404 for every method", async () => {
    const mod = (await import(catchAll)) as Record<string, Handler>;
    for (const method of routeMethods.filter((m) => m !== "HEAD")) {
      const response = await mod[method]!(new NextRequest("http://localhost/api/v1/no/such/route", { method }));
      expect(response.status, method).toBe(404);
      expect((await response.json()).error).toMatchObject({ code: "NOT_FOUND", requestId: response.headers.get("x-request-id") });
    }
  });

  for (const file of files.filter((f) => f !== catchAll)) {
    const route = `/api/${path.relative(api, path.dirname(file))}`;
    it(`${route} answers every method it does not handle with 405, the JSON error and Allow`, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      const handled = routeMethods.filter((method) => method !== "OPTIONS" && typeof mod[method] === "function" && !isMethodRefusal(mod[method]));
      const refused = routeMethods.filter((method) => isMethodRefusal(mod[method]));
      // HEAD is GET's when the route has a GET (Next runs GET for it); everything else must be exported.
      const unexported = routeMethods.filter((method) => !handled.includes(method) && !refused.includes(method) && method !== "OPTIONS" && !(method === "HEAD" && handled.includes("GET")));
      expect(unexported, `${route}: export these from otherMethods(...)`).toEqual([]);
      expect(typeof mod.OPTIONS, `${route}: export OPTIONS from otherMethods(...), or Next lists the refusals as allowed`).toBe("function");
      expect(handled.length).toBeGreaterThan(0);

      const allow = allowHeader(handled.filter((m) => m !== "HEAD") as Parameters<typeof allowHeader>[0]);
      const url = `http://localhost${route.replace(/\[\.\.\.\w+\]/g, "a/b").replace(/\[\w+\]/g, "x")}`;
      const options = await (mod.OPTIONS as Handler)(new NextRequest(url, { method: "OPTIONS" }));
      expect([options.status, options.headers.get("allow")]).toEqual([204, allow]);
      for (const method of refused) {
        const response = await (mod[method] as Handler)(new NextRequest(url, { method }));
        expect(response.status, `${method} ${route}`).toBe(405);
        expect(response.headers.get("allow"), `${method} ${route}`).toBe(allow);
        const requestId = response.headers.get("x-request-id");
        expect(requestId).toBeTruthy();
        if (method === "HEAD") continue;
        expect(await response.json()).toEqual({ error: { code: "METHOD_NOT_ALLOWED", message: expect.stringContaining(method), requestId } });
      }
    });
  }
});
