import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { operations } from "./openapi";

const v1 = path.resolve(import.meta.dirname, "../../app/api/v1");

/** Every route file under app/api/v1 as an OpenAPI path with its exported methods. */
function routes(dir = v1, prefix = ""): { path: string; methods: string[] }[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return routes(full, `${prefix}/${entry.replace(/^\[(.+)\]$/, "{$1}")}`);
    if (entry !== "route.ts") return [];
    const source = readFileSync(full, "utf8");
    const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
    return [{ path: prefix, methods }];
  });
}

describe("[OPENAPI]", () => {
  it("documents every /api/v1 route and method, and nothing that does not exist", () => {
    const found = routes().flatMap((r) => r.methods.map((m) => `${m.toUpperCase()} ${r.path}`)).sort();
    const documented = Object.entries(operations).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)).sort();
    expect(found.length).toBeGreaterThan(0);
    expect(documented).toEqual(found);
  });
});
