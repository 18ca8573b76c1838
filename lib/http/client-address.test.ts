import { afterEach, describe, expect, it } from "vitest";
import { loadEnv, resetEnvForTests } from "../env";
import { CLIENT_ADDRESS_HEADER, clientAddressFromHeaders, normalizeAddress, resolveClientAddress } from "./client-address";
import { publicOrigin } from "./public-origin";

const direct = { mode: "direct" } as const;
const hops = (n: number) => ({ mode: "hops", hops: n }) as const;

describe("[CLIENT ADDRESS] from the connection", () => {
  it("is the TCP peer by default, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress(direct, "203.0.113.9", "198.51.100.1")).toBe("203.0.113.9");
    expect(resolveClientAddress(direct, "::ffff:203.0.113.9", undefined)).toBe("203.0.113.9");
    expect(resolveClientAddress(direct, "::1", "1.2.3.4, 5.6.7.8")).toBe("::1");
  });

  it("behind N trusted proxies, is the N-th hop from the right; what the client wrote further left does not count", () => {
    // nginx appends the address it saw: "<whatever the client wrote>, <client>"; the peer is nginx.
    expect(resolveClientAddress(hops(1), "10.0.0.2", "6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(resolveClientAddress(hops(1), "10.0.0.2", ["6.6.6.6", "203.0.113.9"])).toBe("203.0.113.9");
    // CDN → load balancer → Bazaar: the balancer appended the CDN's address, the CDN the client's.
    expect(resolveClientAddress(hops(2), "10.0.0.3", "6.6.6.6, 203.0.113.9, 10.0.0.2")).toBe("203.0.113.9");
    // A request that reached Bazaar without passing every proxy: its farthest address.
    expect(resolveClientAddress(hops(2), "203.0.113.9", undefined)).toBe("203.0.113.9");
  });

  it("gives null for anything that is not an address", () => {
    expect(resolveClientAddress(hops(1), "10.0.0.2", "'; DROP TABLE users; --")).toBeNull();
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("localhost")).toBeNull();
    expect(normalizeAddress(undefined)).toBeNull();
  });
});

describe("[CLIENT ADDRESS] in route handlers", () => {
  afterEach(() => resetEnvForTests());

  it("reads the address Bazaar's server established, never X-Forwarded-For or X-Real-IP", () => {
    const headers = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "6.6.6.6", "x-real-ip": "6.6.6.7" });
    expect(clientAddressFromHeaders(headers)).toBe("203.0.113.9");
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBeNull();
  });

  it("on Vercel, reads the platform's header", () => {
    process.env.TRUSTED_PROXIES = "vercel";
    resetEnvForTests();
    try {
      expect(clientAddressFromHeaders(new Headers({ "x-vercel-forwarded-for": "203.0.113.9", [CLIENT_ADDRESS_HEADER]: "6.6.6.6" }))).toBe("203.0.113.9");
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
  });

  it("refuses a TRUSTED_PROXIES that is neither a count nor vercel", () => {
    expect(() => loadEnv({ BAZAAR_DATA_DIR: ".data/test-env", TRUSTED_PROXIES: "all" })).toThrow(/TRUSTED_PROXIES/);
    expect(loadEnv({ BAZAAR_DATA_DIR: ".data/test-env", TRUSTED_PROXIES: "2" }).clientAddress).toEqual({ mode: "hops", hops: 2 });
  });
});

describe("[PUBLIC ORIGIN] where visitors are sent", () => {
  const withEnv = (vars: Record<string, string | undefined>, run: () => void) => {
    const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
    Object.assign(process.env, vars);
    for (const [k, v] of Object.entries(vars)) if (v === undefined) delete process.env[k];
    resetEnvForTests();
    try {
      run();
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
      else process.env[k] = v;
      resetEnvForTests();
    }
  };

  it("without APP_URL, follows the allowed host the visitor used", () => {
    withEnv({ APP_URL: undefined, PORT: "3000", ALLOWED_HOSTS: "shop.example.org" }, () => {
      expect(publicOrigin(new Headers({ host: "127.0.0.1:3000" }))).toBe("http://127.0.0.1:3000");
      expect(publicOrigin(new Headers({ host: "localhost:3000" }))).toBe("http://localhost:3000");
      expect(publicOrigin(new Headers({ host: "[::1]:3000" }))).toBe("http://[::1]:3000");
      expect(publicOrigin(new Headers({ host: "SHOP.example.org" }))).toBe("http://shop.example.org");
      // Anything else falls back to the configured default, never to the header.
      expect(publicOrigin(new Headers({ host: "evil.example" }))).toBe("http://localhost:3000");
      expect(publicOrigin(new Headers({ host: "localhost:3000@evil.example" }))).toBe("http://localhost:3000");
      expect(publicOrigin(new Headers({ host: "localhost:99999" }))).toBe("http://localhost:3000");
      expect(publicOrigin(new Headers())).toBe("http://localhost:3000");
    });
  });

  it("believes X-Forwarded-Proto only behind trusted proxies", () => {
    withEnv({ APP_URL: undefined, PORT: "3000", TRUSTED_PROXIES: undefined }, () => {
      expect(publicOrigin(new Headers({ host: "localhost:3000", "x-forwarded-proto": "https" }))).toBe("http://localhost:3000");
    });
    withEnv({ APP_URL: undefined, PORT: "3000", TRUSTED_PROXIES: "1" }, () => {
      expect(publicOrigin(new Headers({ host: "localhost:3000", "x-forwarded-proto": "https" }))).toBe("https://localhost:3000");
    });
  });

  it("with APP_URL, is always APP_URL", () => {
    withEnv({ APP_URL: "https://bazaar.example.com" }, () => {
      expect(publicOrigin(new Headers({ host: "127.0.0.1:3000" }))).toBe("https://bazaar.example.com");
    });
  });
});
