// Every route under app/api answers a method it does not handle with the JSON error and an Allow
// header listing exactly the methods it does handle. Next would answer an unexported method itself
// (an empty 405 without Allow), so every one of Next's route methods must be exported.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { allowHeader, isMethodRefusal, refuseOtherMethods, routeMethods } from "./method-not-allowed";

// Route modules are imported to read their exports; only their 405 handlers are called.
vi.mock("@/lib/auth", () => ({ getActor: async () => null }));

const api = path.resolve(import.meta.dirname, "../../app/api");

function routeFiles(dir = api): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return entry === "route.ts" ? [full] : [];
  });
}

describe("[API] methods a route does not handle", () => {
  it("builds Allow the way Next's own OPTIONS answer does", () => {
    expect(allowHeader(["POST", "GET"])).toBe("GET, HEAD, OPTIONS, POST");
    expect(allowHeader(["DELETE"])).toBe("DELETE, OPTIONS");
    expect(Object.keys(refuseOtherMethods("GET")).sort()).toEqual(["DELETE", "PATCH", "POST", "PUT"]);
    expect(Object.keys(refuseOtherMethods("PATCH", "DELETE")).sort()).toEqual(["GET", "HEAD", "POST", "PUT"]);
  });

  const files = routeFiles();
  it("finds the route files", () => expect(files.length).toBeGreaterThan(40));

  for (const file of files) {
    const route = `/api/${path.relative(api, path.dirname(file))}`;
    it(`${route} answers every method it does not handle with 405, the JSON error and Allow`, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      const handled = routeMethods.filter((method) => typeof mod[method] === "function" && !isMethodRefusal(mod[method]));
      const refused = routeMethods.filter((method) => isMethodRefusal(mod[method]));
      // HEAD is GET's when the route has a GET (Next runs GET for it); everything else must be exported.
      const unexported = routeMethods.filter((method) => !handled.includes(method) && !refused.includes(method) && !(method === "HEAD" && handled.includes("GET")));
      expect(unexported, `${route}: export these from refuseOtherMethods(...)`).toEqual([]);
      expect(handled.length).toBeGreaterThan(0);

      const url = `http://localhost${route.replace(/\[\.\.\.\w+\]/g, "a/b").replace(/\[\w+\]/g, "x")}`;
      for (const method of refused) {
        const response = await (mod[method] as (request: NextRequest) => Promise<Response>)(new NextRequest(url, { method }));
        expect(response.status, `${method} ${route}`).toBe(405);
        expect(response.headers.get("allow"), `${method} ${route}`).toBe(allowHeader(handled.filter((m) => m !== "HEAD") as Parameters<typeof allowHeader>[0]));
        const requestId = response.headers.get("x-request-id");
        expect(requestId).toBeTruthy();
        if (method === "HEAD") continue;
        expect(await response.json()).toEqual({ error: { code: "METHOD_NOT_ALLOWED", message: expect.stringContaining(method), requestId } });
      }
    });
  }
});
