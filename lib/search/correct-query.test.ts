import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "../../scripts/seed/demo";
import { listProducts } from "../catalog/listing";
import { ZListingQuery } from "../catalog/listing-query";
import { db } from "../db";
import { correctQuery } from "./correct-query";

// Over the demo catalog, which sells armchairs, vintage goods, keyboards, drawing tablets and
// rackets, but no jackets.
const search = (q: string) => listProducts(ZListingQuery.parse({ q }));

describe("[SEARCH] typo tolerance", () => {
  beforeAll(async () => {
    await seedDemo(db);
  }, 180_000);

  it.each([
    ["amrchair", "armchair"],
    ["vinatge", "vintage"],
    ["keybaord", "keyboard"],
    ["drwaing", "drawing"],
  ])("finds %s as %s, and says so", async (typed, meant) => {
    const result = await search(typed);
    expect(result.correctedFrom).toBe(typed);
    expect(result.query.q).toBe(meant);
    expect(result.suggestion).toBeNull();
    expect(result.total).toBeGreaterThan(0);
    expect(result.products[0]!.title.toLowerCase()).toContain(meant);
  });

  it("asks “did you mean racket?” for jacket instead of showing rackets", async () => {
    const result = await search("jacket");
    expect(result).toMatchObject({ total: 0, products: [], correctedFrom: null, suggestion: "racket" });
    expect(result.query.q).toBe("jacket");
    expect((await search("racket")).total).toBeGreaterThan(0);
  });

  it("drops a word nothing is near when the rest finds something, rather than asking", async () => {
    const result = await search("vintage qzxjvw");
    expect(result.correctedFrom).toBe("vintage qzxjvw");
    expect(result.query.q).toBe("vintage");
    expect(result.suggestion).toBeNull();
  });

  it("corrects a word of 5 letters or more by one typo, and only offers words under 5 letters", async () => {
    expect(await correctQuery("tabel lmap")).toEqual({ corrected: ["table lmap"], suggestion: "table lamp", withoutUnknown: "table" });
    const result = await search("tabel lmap");
    expect(result).toMatchObject({ total: 0, correctedFrom: null, suggestion: "table lamp" });
  });

  it("keeps phrases, and leaves the word being typed alone when a catalog word starts with it", async () => {
    expect((await correctQuery('"vinatge mom" jeans')).corrected).toEqual(['"vintage mom" jeans']);
    expect((await correctQuery("vinatge armch")).corrected[0]).toBe("vintage armch");
    const typed = await search('"vinatge mom" jean');
    expect(typed.query.q).toBe('"vintage mom" jean');
    expect(typed.products.map((p) => p.title)).toContain("Kestrel Vintage Mom Jeans");
  });

  it("leaves known words, short words and symbols alone", async () => {
    expect(await correctQuery("vintage armchair")).toEqual({ corrected: [], suggestion: null, withoutUnknown: null });
    expect(await correctQuery("🙂 !!")).toEqual({ corrected: [], suggestion: null, withoutUnknown: null });
    expect((await correctQuery("zq armchair")).corrected).toEqual([]);
  });
});
