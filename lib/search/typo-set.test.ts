// One-typo queries made from the demo catalog's own title words: does a shopper who gets one
// letter wrong still find the product they meant? Every case is checked first with the word
// spelt right (the "control"); a word whose right spelling does not bring its product into the
// first ten says nothing about typos and is skipped.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo, DEMO_STORE_SLUGS } from "../../scripts/seed/demo";
import { Random } from "../../scripts/seed/random";
import { listProducts } from "../catalog/listing";
import { ZListingQuery } from "../catalog/listing-query";
import { db } from "../db";

const KINDS = ["transposition", "deletion", "substitution", "insertion"] as const;
type Kind = (typeof KINDS)[number];
const PER_KIND = 50;
const TOP = 10;

/** Keys next to each other on a QWERTY keyboard: the letters a slipping finger hits instead. */
const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const NEIGHBOURS = new Map<string, string[]>();
ROWS.forEach((row, r) =>
  [...row].forEach((letter, c) => {
    const near = [row[c - 1], row[c + 1], ROWS[r - 1]?.[c], ROWS[r - 1]?.[c + 1], ROWS[r + 1]?.[c], ROWS[r + 1]?.[c - 1]];
    NEIGHBOURS.set(letter, near.filter((l): l is string => Boolean(l)));
  }),
);

/** One typo of the given kind, never on the first letter; null when the word allows none. */
function typo(word: string, kind: Kind, rng: Random): string | null {
  switch (kind) {
    case "transposition": {
      const spots = [...word].flatMap((letter, i) => (i >= 1 && i < word.length - 1 && letter !== word[i + 1] ? [i] : []));
      if (spots.length === 0) return null;
      const i = rng.pick(spots);
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    case "deletion": {
      const i = rng.int(1, word.length - 1);
      return word.slice(0, i) + word.slice(i + 1);
    }
    case "substitution": {
      const i = rng.int(1, word.length - 1);
      return word.slice(0, i) + rng.pick(NEIGHBOURS.get(word[i]!)!) + word.slice(i + 1);
    }
    case "insertion": {
      // Half the time a doubled letter, otherwise a neighbour of the letter before.
      const i = rng.int(1, word.length);
      const before = word[i - 1]!;
      return word.slice(0, i) + (rng.chance(0.5) ? before : rng.pick(NEIGHBOURS.get(before)!)) + word.slice(i);
    }
  }
}

interface Case {
  kind: Kind;
  word: string;
  query: string;
  productId: string;
  title: string;
}

const search = async (q: string) => (await listProducts(ZListingQuery.parse({ q }), { facets: false })).products.slice(0, TOP).map((p) => p.id);

describe("[SEARCH] one-typo queries over the demo catalog", () => {
  const cases: Case[] = [];

  beforeAll(async () => {
    await seedDemo(db);
    const products = await db.product.findMany({
      where: { status: "ACTIVE", store: { slug: { in: [...DEMO_STORE_SLUGS] }, status: "APPROVED" } },
      select: { id: true, title: true },
      orderBy: { slug: "asc" },
    });
    // Each title word of five letters or more, with the first product that holds it.
    const owners = new Map<string, { id: string; title: string }>();
    for (const product of products) {
      for (const word of product.title.toLowerCase().match(/[a-z]+/g) ?? []) {
        if (word.length >= 5 && !owners.has(word)) owners.set(word, product);
      }
    }
    const rng = new Random(20_261_203);
    const words = [...owners.keys()].sort();
    for (let i = words.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [words[i], words[j]] = [words[j]!, words[i]!];
    }
    const counts = new Map<Kind, number>(KINDS.map((kind) => [kind, 0]));
    for (const word of words) {
      if (KINDS.every((kind) => counts.get(kind)! >= PER_KIND)) break;
      const product = owners.get(word)!;
      if (!(await search(word)).includes(product.id)) continue;
      for (const kind of KINDS) {
        if (counts.get(kind)! >= PER_KIND) continue;
        const query = typo(word, kind, rng);
        if (!query || query === word) continue;
        cases.push({ kind, word, query, productId: product.id, title: product.title });
        counts.set(kind, counts.get(kind)! + 1);
      }
    }
  }, 180_000);

  it(`finds the product meant in the first ${TOP} for at least 95% of the queries`, async () => {
    expect(cases).toHaveLength(PER_KIND * KINDS.length);
    const found = new Map<Kind, number>(KINDS.map((kind) => [kind, 0]));
    const missed: string[] = [];
    for (const item of cases) {
      if ((await search(item.query)).includes(item.productId)) found.set(item.kind, found.get(item.kind)! + 1);
      else missed.push(`${item.kind}: ${item.query} (${item.word}, "${item.title}")`);
    }
    const total = [...found.values()].reduce((a, b) => a + b, 0);
    const lines = KINDS.map((kind) => `  ${kind.padEnd(14)} ${found.get(kind)} of ${PER_KIND}`);
    console.info(
      [`One-typo queries: ${total} of ${cases.length} (${((100 * total) / cases.length).toFixed(1)}%) find the product meant in the first ${TOP}`, ...lines]
        .concat(missed.length ? ["Missed:", ...missed.map((line) => `  ${line}`)] : [])
        .join("\n"),
    );
    expect(total / cases.length).toBeGreaterThanOrEqual(0.95);
  }, 180_000);
});
