// How many typos apart two words are, and how many a word may have, as Meilisearch and Typesense
// count them: a swap of neighbouring letters is one typo (Damerau), a short word gets none, and
// a wrong first letter counts twice, since shoppers rarely get the first letter wrong and a word
// with another first letter is usually another word ("jacket", "racket").

/** Words of this many letters may hold one typo, */
export const ONE_TYPO_FROM = 5;
/** and from this many, two. */
export const TWO_TYPOS_FROM = 9;

/** Typos a word of this many letters may hold and still be corrected without asking. */
export function typoBudget(length: number): number {
  if (length >= TWO_TYPOS_FROM) return 2;
  if (length >= ONE_TYPO_FROM) return 1;
  return 0;
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein where no substring is edited twice):
 * insertions, deletions, substitutions and swaps of neighbours cost one each. Counted in code
 * points. Stops early and answers `max + 1` once the distance is known to exceed `max`.
 */
export function osaDistance(a: string, b: string, max = Infinity): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  if (s.length === 0 || t.length === 0) return Math.max(s.length, t.length);
  // Three rows: the one before the previous is needed for a swap.
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[t.length]!;
  return distance > max ? max + 1 : distance;
}

/** Typos between what was typed and a word: the OSA distance, plus one when the first letters differ. */
export function typoDistance(typed: string, word: string, max = Infinity): number {
  const firstDiffers = typed.codePointAt(0) !== word.codePointAt(0) ? 1 : 0;
  if (firstDiffers > max) return max + 1;
  return Math.min(osaDistance(typed, word, max - firstDiffers) + firstDiffers, max + 1);
}
