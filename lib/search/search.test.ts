import { beforeAll, describe, expect, it } from "vitest";
import { resetCacheForTests } from "../cache";
import { db } from "../db";
import { createProduct, createStore, createUser, unique } from "../testing/factories";
import { flushSearchLog, logSearch, searchReport } from "./log-search";
import { parseSearchQuery } from "./parse-query";
import { searchStores } from "./search-stores";
import { suggest } from "./suggest";

const token = () => unique("w").replace(/[^a-z0-9]/g, "").replace(/^w/, "k");

describe("[SEARCH] query parsing", () => {
  it.each([
    ["sony headphones", "'sony' & 'headphones':*"],
    ["sony headphones ", "'sony' & 'headphones'"],
    ['"noise cancelling" sony', "('noise' <-> 'cancelling') & 'sony':*"],
    ['sony "noise cancelling', "'sony' & ('noise' <-> 'cancelling')"],
    ["a & | ! : * ( ) b", "'a' & 'b'"],
    ["x", "'x'"],
    ["Café AU lait", "'café' & 'au' & 'lait':*"],
  ])("%s → %s", (raw, tsquery) => {
    expect(parseSearchQuery(raw).tsquery).toBe(tsquery);
  });

  it("leaves nothing to search in symbols and emoji", () => {
    expect(parseSearchQuery("🙂 !!! ***").tsquery).toBeNull();
  });

  it("restricts words to titles for autocomplete", () => {
    expect(parseSearchQuery("sony hea", { titleOnly: true }).tsquery).toBe("'sony':A & 'hea':*A");
  });

  it("bounds the work: 200 characters and 10 words at most", () => {
    const parsed = parseSearchQuery(Array.from({ length: 50 }, (_, i) => `word${i}`).join(" "));
    expect(parsed.words).toHaveLength(10);
    expect(parseSearchQuery("y".repeat(1000)).text).toHaveLength(200);
  });
});

describe("[SEARCH] autocomplete, stores, log", () => {
  const word = token();
  let storeSlug: string;
  let storeName: string;

  beforeAll(async () => {
    resetCacheForTests();
    const { store } = await createStore();
    storeName = `Zephyr ${word} Traders`;
    await db.store.update({ where: { id: store.id }, data: { name: storeName } });
    storeSlug = store.slug;
    const seller = await createProduct({ storeId: store.id });
    const popular = await createProduct({ storeId: store.id });
    const inDescription = await createProduct({ storeId: store.id });
    await db.product.update({ where: { id: seller.id }, data: { title: `${word} kettle`, unitsSold: 2 } });
    await db.product.update({ where: { id: popular.id }, data: { title: `${word} teapot`, unitsSold: 50 } });
    await db.product.update({ where: { id: inDescription.id }, data: { title: "Mug", description: `Matches the ${word} kettle` } });
  });

  it("suggests products whose title starts that way, best sellers first, and stores", async () => {
    const result = await suggest({ q: word.slice(0, 6) });
    expect(result.products.map((p) => p.title)).toEqual([`${word} teapot`, `${word} kettle`]);
    expect(result.products[0]!.priceCents).toBe(2500);
    const stores = await suggest({ q: `${word.slice(0, 5)}` });
    expect(stores.stores).toEqual([{ slug: storeSlug, name: storeName }]);
  });

  it("suggests nothing for one letter or symbols", async () => {
    expect((await suggest({ q: "k" })).products).toEqual([]);
    expect((await suggest({ q: "*&|" })).products).toEqual([]);
  });

  it("finds stores by a word of their name, and by a misspelt name", async () => {
    expect((await searchStores({ q: word, page: 1 })).stores.map((s) => s.slug)).toEqual([storeSlug]);
    const result = await searchStores({ q: `zephir ${word}`, page: 1 });
    expect(result.stores[0]).toMatchObject({ slug: storeSlug, listingCount: 3 });
    expect((await searchStores({ q: "%_", page: 1 })).total).toBe(0);
  });

  it("logs searches and reports the ones that found nothing", async () => {
    const user = await createUser();
    const missing = `${word} unicorn`;
    await logSearch({ query: `  ${missing.toUpperCase()}!`, resultCount: 0, userId: user.id });
    await logSearch({ query: missing, resultCount: 0, userId: null });
    await logSearch({ query: word, resultCount: 3, userId: null });
    await flushSearchLog();
    const zero = await searchReport({ days: 1, zeroResultsOnly: true, limit: 500 });
    expect(zero.find((row) => row.query === missing)).toMatchObject({ searches: 2, lastResultCount: 0 });
    expect(zero.find((row) => row.query === word)).toBeUndefined();
    const all = await searchReport({ days: 1, zeroResultsOnly: false, limit: 500 });
    expect(all.find((row) => row.query === word)).toMatchObject({ searches: 1, lastResultCount: 3 });
  });
});
