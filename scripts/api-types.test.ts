// The committed client types (lib/api/client/schema.d.ts) are what the OpenAPI document generates.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../lib/api/openapi";
import { API_TYPES_FILE, generateApiTypes } from "./api-types";

describe("[API] generated client types", () => {
  it("match the OpenAPI document", async () => {
    const [committed, generated] = await Promise.all([readFile(API_TYPES_FILE, "utf8"), generateApiTypes()]);
    if (committed !== generated) {
      const a = committed.split("\n");
      const b = generated.split("\n");
      const line = a.findIndex((text, i) => text !== b[i]);
      const at = line === -1 ? b.length : line;
      throw new Error(
        `lib/api/client/schema.d.ts does not match the OpenAPI document (first difference at line ${at + 1}: ` +
          `${JSON.stringify(a[at] ?? "")} vs ${JSON.stringify(b[at] ?? "")}): run npm run api:types`,
      );
    }
  });

  it("do not depend on the server's URL", async () => {
    const document = openApiDocument();
    const here = await generateApiTypes({ ...document, servers: [{ url: "http://localhost:3000/api/v1" }] });
    const there = await generateApiTypes({ ...document, servers: [{ url: "https://shop.example.com/api/v1" }] });
    expect(here).toBe(there);
  });
});
