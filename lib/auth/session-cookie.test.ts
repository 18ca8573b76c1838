// A session cookie nobody could have been given (garbage, or sealed with another secret) makes an
// anonymous visitor, logged at debug at most: anyone can send one on every request.
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// next-auth reads the cookie through next/headers, which only a live Next request provides.
const incoming = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => incoming.headers, cookies: async () => ({ get: () => undefined }) }));

const garbage = "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..garbage.garbage.garbage";

function request(url: string, cookie: string) {
  // Next always sets x-forwarded-proto; over http the cookie has no __Secure- prefix.
  incoming.headers = new Headers({ host: "localhost", "x-forwarded-proto": "http", cookie });
  return new NextRequest(url, { headers: incoming.headers });
}

describe("[AUTH] a session cookie that does not decode", () => {
  let lines: string[];
  let level: string | undefined;
  beforeEach(() => {
    level = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = "debug";
    lines = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(`${method}: ${args.map(String).join(" ")}`));
    }
  });
  afterEach(() => {
    process.env.LOG_LEVEL = level;
    vi.restoreAllMocks();
  });

  const noWarnings = () => {
    expect(lines.filter((line) => !line.startsWith("log: ") || /"level":"(warn|error)"/.test(line))).toEqual([]);
    expect(lines.join("\n")).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace anywhere
  };

  it("is signed out on next-auth's own session endpoint, and logged at debug only", async () => {
    const { handlers } = await import("./next-auth");
    const response = await handlers.GET(request("http://localhost/api/auth/session", garbage));
    expect(response.status).toBe(200);
    expect(await response.json()).toBeNull();
    noWarnings();
    expect(lines.some((line) => line.includes('"level":"debug"') && line.includes("unreadable session cookie"))).toBe(true);
  });

  it("is an anonymous caller of /api/v1, with nothing logged at warn or error", async () => {
    const { GET } = await import("@/app/api/v1/wishlist/ids/route");
    for (let i = 0; i < 3; i++) {
      const response = await GET(request("http://localhost/api/v1/wishlist/ids", garbage), { params: Promise.resolve({}) });
      expect(response.status).toBe(200);
      expect((await response.json()).data).toEqual({ signedIn: false, productIds: [] });
    }
    noWarnings();
  });
});
