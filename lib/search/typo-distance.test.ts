import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { osaDistance, typoBudget, typoDistance } from "./typo-distance";

const word = fc.string({ unit: fc.constantFrom(..."abcdeé🙂"), maxLength: 12 });

/** The textbook full-matrix optimal string alignment, to check the three-row one against. */
function reference(a: string, b: string): number {
  const [s, t] = [Array.from(a), Array.from(b)];
  const d = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[s.length]![t.length]!;
}

/** One edit of any kind, anywhere but the first letter. */
const oneTypo = fc
  .tuple(fc.string({ unit: fc.constantFrom(..."abcdefghij"), minLength: 5, maxLength: 14 }), fc.nat(), fc.constantFrom("swap", "drop", "change", "add"), fc.constantFrom(..."xyz"))
  .map(([w, at, kind, letter]): [string, string] => {
    const i = 1 + (at % (w.length - 2)); // 1 … length − 2: a swap with the next letter stays inside the word
    if (kind === "swap") return [w, w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)];
    if (kind === "drop") return [w, w.slice(0, i) + w.slice(i + 1)];
    if (kind === "change") return [w, w.slice(0, i) + letter + w.slice(i + 1)];
    return [w, w.slice(0, i) + letter + w.slice(i)];
  });

describe("[SEARCH] typo distance", () => {
  it.each([
    ["armchair", "amrchair", 1],
    ["vintage", "vinatge", 1],
    ["keyboard", "keybaord", 1],
    ["drawing", "drwaing", 1],
    ["kitten", "sitting", 3],
    ["ca", "abc", 3], // optimal string alignment: no edit inside a swapped pair
    ["", "abc", 3],
    ["café", "cafe", 1],
  ])("%s ↔ %s: %i", (a, b, distance) => {
    expect(osaDistance(a, b)).toBe(distance);
  });

  it("agrees with the full-matrix computation", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(osaDistance(a, b)).toBe(reference(a, b));
      }),
    );
  });

  it("is symmetric, and zero only between equal words", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(osaDistance(a, b)).toBe(osaDistance(b, a));
        expect(osaDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });

  it("counts a swap of neighbours as one edit", () => {
    fc.assert(
      fc.property(word, fc.nat(), (w, at) => {
        const letters = Array.from(w);
        fc.pre(letters.length >= 2);
        const i = at % (letters.length - 1);
        fc.pre(letters[i] !== letters[i + 1]);
        [letters[i], letters[i + 1]] = [letters[i + 1]!, letters[i]!];
        expect(osaDistance(w, letters.join(""))).toBe(1);
      }),
    );
  });

  it("is never more than the longer length, nor less than the difference in length", () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const [m, n] = [Array.from(a).length, Array.from(b).length];
        const distance = osaDistance(a, b);
        expect(distance).toBeLessThanOrEqual(Math.max(m, n));
        expect(distance).toBeGreaterThanOrEqual(Math.abs(m - n));
      }),
    );
  });

  it("stops at a bound with the same answer up to it", () => {
    fc.assert(
      fc.property(word, word, fc.nat(4), (a, b, max) => {
        const exact = osaDistance(a, b);
        expect(osaDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
        expect(typoDistance(a, b, max)).toBe(Math.min(typoDistance(a, b), max + 1));
      }),
    );
  });

  it("keeps one typo past the first letter of a word of 5 letters or more within the budget", () => {
    fc.assert(
      fc.property(oneTypo, ([meant, typed]) => {
        expect(typoDistance(typed, meant)).toBeLessThanOrEqual(1);
        expect(typoDistance(typed, meant)).toBeLessThanOrEqual(typoBudget(Math.max(meant.length, typed.length)));
      }),
    );
  });

  it("counts a wrong first letter twice", () => {
    expect(typoDistance("racket", "jacket")).toBe(2);
    expect(typoDistance("amrchair", "armchair")).toBe(1);
    expect(typoDistance("rmchair", "armchair")).toBe(2);
  });

  it("allows no typo under 5 letters, one from 5, two from 9", () => {
    expect([3, 4, 5, 8, 9, 20].map(typoBudget)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
