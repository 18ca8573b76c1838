import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { flushSearchLog } from "@/lib/search/log-search";
import { createProduct, createStore, unique } from "@/lib/testing/factories";
import { GET as listProductsRoute } from "../products/route";
import { GET as searchRoute } from "./route";
import { GET as suggestRoute } from "./suggest/route";

vi.mock("@/lib/auth", () => ({ getActor: async () => null }));
// after() needs a live Next request; here the work runs straight away.
vi.mock("next/server", async (original) => ({ ...(await original<typeof import("next/server")>()), after: (task: () => unknown) => void task() }));

type Route = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Response | Promise<Response>;
const call = async (handler: Route, url: string) => handler(new NextRequest(`http://localhost${url}`), { params: Promise.resolve({}) });

describe("[API v1] search and listings", () => {
  it("searches with facets, corrects a typo, and logs the search", async () => {
    const word = unique("m").replace(/[^a-z0-9]/g, "");
    const product = await createProduct({ priceCents: 4200 });
    await db.product.update({ where: { id: product.id }, data: { title: `Copper ${word} kettle` } });

    const response = await call(searchRoute, `/api/v1/search?${new URLSearchParams({ q: `copper ${word}` })}`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data.map((p: { id: string }) => p.id)).toEqual([product.id]);
    expect(body.meta).toMatchObject({ total: 1, page: 1, pageCount: 1, correctedFrom: null, suggestion: null });
    expect(body.meta.facets.prices).toEqual([{ min: 2500, max: 5000, count: 1 }]);

    const typo = `${word.slice(0, 3)}q${word.slice(4)}`;
    const corrected = await (await call(searchRoute, `/api/v1/search?${new URLSearchParams({ q: `copper ${typo} ` })}`)).json();
    expect(corrected.data.map((p: { id: string }) => p.id)).toEqual([product.id]);
    expect(corrected.meta.correctedFrom).toBe(`copper ${typo}`);

    await flushSearchLog();
    expect(await db.searchQuery.count({ where: { normalizedQuery: `copper ${word}` } })).toBe(1);
  });

  it("offers a word with another first letter as \"did you mean\" instead of searching it", async () => {
    const word = `k${unique("d").replace(/[^a-z0-9]/g, "").slice(1, 7)}`;
    const product = await createProduct();
    await db.product.update({ where: { id: product.id }, data: { title: `Enamel ${word} jug` } });
    const body = await (await call(searchRoute, `/api/v1/search?${new URLSearchParams({ q: `z${word.slice(1)}` })}`)).json();
    expect(body.data).toEqual([]);
    expect(body.meta).toMatchObject({ total: 0, correctedFrom: null, suggestion: word });
  });

  it.each(['"', "a & | ! : * ( )", "🙂", "x".repeat(100), "'; select 1; --", "\\"])("answers 200 for any text: %s", async (q) => {
    for (const url of [`/api/v1/search?${new URLSearchParams({ q })}`, `/api/v1/search/suggest?${new URLSearchParams({ q })}`, `/api/v1/search?${new URLSearchParams({ q, mode: "stores" })}`]) {
      const handler = url.includes("suggest") ? suggestRoute : searchRoute;
      expect((await call(handler, url)).status, url).toBe(200);
    }
  });

  it("searches any length of text (cut to 200 characters), but suggests for at most 100 and needs q", async () => {
    const long = "x".repeat(1000);
    expect((await call(searchRoute, `/api/v1/search?${new URLSearchParams({ q: long })}`)).status).toBe(200);
    for (const url of [`/api/v1/search/suggest?${new URLSearchParams({ q: "x".repeat(101) })}`, "/api/v1/search/suggest", "/api/v1/search/suggest?limit=11"]) {
      const response = await call(suggestRoute, url);
      expect(response.status, url).toBe(400);
      expect((await response.json()).error.code).toBe("VALIDATION_FAILED");
    }
  });

  it("refuses invalid filters with the field named and a request id", async () => {
    const response = await call(listProductsRoute, "/api/v1/products?min=cheap&rating=7");
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(error.fields).sort()).toEqual(["min", "rating"]);
    expect(error.requestId).toBe(response.headers.get("x-request-id"));
  });

  it("lists one store's products with the web's filters and sorts", async () => {
    const { store } = await createStore();
    const cheap = await createProduct({ storeId: store.id, priceCents: 1000 });
    const dear = await createProduct({ storeId: store.id, priceCents: 9000 });
    await createProduct({ storeId: store.id, priceCents: 500, stock: 0 });
    const body = await (await call(listProductsRoute, `/api/v1/products?store=${store.slug}&stock=1&sort=price-desc&facets=1`)).json();
    expect(body.data.map((p: { id: string }) => p.id)).toEqual([dear.id, cheap.id]);
    expect(body.meta.total).toBe(2);
    expect(body.meta.query).toEqual({ store: store.slug, stock: "1", sort: "price-desc" });
    expect(body.meta.facets.conditions).toEqual([{ value: "NEW", count: 2 }]);
  });

  it("finds sellers by store name", async () => {
    const { store } = await createStore();
    const name = `Harbor ${unique("n").replace(/[^a-z0-9]/g, "")} Goods`;
    await db.store.update({ where: { id: store.id }, data: { name } });
    const body = await (await call(searchRoute, `/api/v1/search?${new URLSearchParams({ q: name.split(" ")[1]!, mode: "stores" })}`)).json();
    expect(body.data).toEqual([expect.objectContaining({ slug: store.slug, name, listingCount: 0 })]);
  });

  it("suggests while typing", async () => {
    const word = unique("s").replace(/[^a-z0-9]/g, "");
    const product = await createProduct();
    await db.product.update({ where: { id: product.id }, data: { title: `${word} lantern` } });
    const body = await (await call(suggestRoute, `/api/v1/search/suggest?q=${word.slice(0, 7)}`)).json();
    expect(body.data.products).toEqual([expect.objectContaining({ slug: product.slug, title: `${word} lantern` })]);
  });
});
