// /api/docs, /api/redoc and the Scalar bundle they load: everything from this server.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as redoc } from "../redoc/route";
import { GET as docs } from "./route";
import { GET as bundle } from "./scalar.js/route";

const context = { params: Promise.resolve({}) };

describe("[API DOCS] pages", () => {
  it("serve Scalar's reference from this server, configured to call only this server", async () => {
    const response = await docs(new NextRequest("http://localhost/api/docs"), context);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    const src = /<script src="(\/api\/docs\/scalar\.js\?v=[^"]+)"><\/script>/.exec(html)?.[1];
    expect(src).toBeDefined();
    // No absolute URL anywhere in the page: no CDN, no fonts, no telemetry.
    expect(html).not.toMatch(/https?:\/\//);
    const configuration = JSON.parse(/createApiReference\("#reference", (.*)\);<\/script>/.exec(html)![1]!) as Record<string, unknown>;
    expect(configuration).toMatchObject({ url: "/api/v1/openapi.json", servers: [{ url: "/api/v1" }], withDefaultFonts: false, hideTestRequestButton: false });

    const script = await bundle(new NextRequest(`http://localhost${src}`), context);
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect(script.headers.get("cache-control")).toContain("immutable");
    expect(await script.text()).toContain("createApiReference");
  });

  it("/api/redoc is the read-only reference", async () => {
    const html = await (await redoc(new NextRequest("http://localhost/api/redoc"), context)).text();
    const configuration = JSON.parse(/createApiReference\("#reference", (.*)\);<\/script>/.exec(html)![1]!) as Record<string, unknown>;
    expect(configuration).toMatchObject({ layout: "classic", hideTestRequestButton: true, hideClientButton: true });
  });
});
