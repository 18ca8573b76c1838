// "Did you mean": when the words typed find nothing, each word the catalog's dictionary
// (search_words, filled by a trigger on products) does not hold is matched to its nearest
// dictionary word by typo distance (typo-distance.ts: Damerau, so a swap of neighbours is one
// typo, and a wrong first letter counts as two). As in Meilisearch and Typesense, a word is
// corrected without asking only within its budget: none under 5 letters, one typo from 5, two
// from 9, counting the longer of the word typed and the word meant, so "brck" may still be
// "brick" ("amrchair" finds armchairs). The nearest word one typo beyond the budget is only
// offered ("jacket": did you mean racket?), never searched in its place. A word with nothing
// within its budget is dropped as a last try. The last word, while it is being typed, is left
// alone when a dictionary word starts with it. Phrases stay phrases.
//
// Candidates come from indexes, so a dictionary of tens of thousands of words costs a few index
// probes: every word one typo away shares a "deletion variant" with the word typed (the word
// with one letter dropped; see the migration *_search_words_typo_candidates), and for long
// words, two letters dropped and trigram similarity find those two typos away. Their exact
// distance is computed here.
import "server-only";
import { db } from "../db";
import { parseSearchQuery } from "./parse-query";
import { TWO_TYPOS_FROM, typoBudget, typoDistance } from "./typo-distance";

/** Shorter words get no candidates at all: they are either known or dropped. */
const MIN_WORD_LENGTH = 3;
/** pg_trgm similarity for the trigram candidates of long words. */
const TRIGRAM_THRESHOLD = 0.3;
const WORD = /[\p{L}\p{N}]+/gu;

export interface QueryCorrection {
  /**
   * The text with each misspelt word corrected within its typo budget, then (when the word being
   * typed starts a dictionary word but is also a typo away from one: "geometri", whose stem
   * "geometr" the prefix does not reach) that word corrected too. Empty when nothing is.
   */
  corrected: string[];
  /** "Did you mean": as corrected, and words beyond their budget replaced by their nearest word too. */
  suggestion: string | null;
  /** The last try: as corrected, without the words that are neither known nor correctable. */
  withoutUnknown: string | null;
}

interface Row {
  input: string;
  plain: string;
  known: boolean;
  started: boolean;
  candidates: string[] | null;
}

export async function correctQuery(text: string): Promise<QueryCorrection> {
  const parsed = parseSearchQuery(text);
  const unique = [...new Set(parsed.words)];
  if (unique.length === 0) return { corrected: [], suggestion: null, withoutUnknown: null };
  const typing = parsed.prefix ? parsed.words[parsed.words.length - 1]! : null;

  const rows = await db.$transaction(async (tx) => {
    // The % operator (and its index) uses this threshold.
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(TRIGRAM_THRESHOLD)}, true)`;
    return tx.$queryRaw<Row[]>`
      WITH typed AS MATERIALIZED (
        SELECT t.input, u.plain, length(u.plain) AS len
        FROM unnest(${unique}::text[]) AS t(input), LATERAL (SELECT bazaar_unaccent(t.input) AS plain) u
      ), keyed AS MATERIALIZED (
        -- What to look up in the deletion index: the word with one letter dropped, and for a word
        -- long enough to be two typos from a dictionary word, two.
        SELECT typed.*, CASE WHEN len + 2 >= ${TWO_TYPOS_FROM}
          THEN ARRAY(SELECT DISTINCT d FROM unnest(bazaar_deletion_variants(plain)) v, unnest(bazaar_deletion_variants(v)) d)
          ELSE bazaar_deletion_variants(plain) END AS keys
        FROM typed
      )
      SELECT k.input, k.plain,
             EXISTS (SELECT 1 FROM search_words w WHERE w.word = k.plain) AS known,
             (k.input = ${typing} AND EXISTS (
               SELECT 1 FROM search_words w
               WHERE left(w.word, 1) = left(k.plain, 1) AND length(w.word) > k.len AND starts_with(w.word, k.plain))) AS started,
             CASE WHEN k.len >= ${MIN_WORD_LENGTH} THEN ARRAY(
               SELECT c.word FROM (
                 SELECT w.word FROM search_words w WHERE bazaar_deletion_variants(w.word) && k.keys
                 UNION
                 -- Two typos the deletions miss (two letters changed, two added) in a long word
                 -- leave most of its trigrams in place.
                 SELECT w.word FROM search_words w WHERE k.len + 2 >= ${TWO_TYPOS_FROM} AND w.word % k.plain
               ) c
               ORDER BY similarity(c.word, k.plain) DESC, c.word) END AS candidates
      FROM keyed k`;
  });

  const auto = new Map<string, string>();
  const offered = new Map<string, string>();
  const unknown = new Set<string>();
  let stillTyping: [string, string] | null = null;
  for (const row of rows) {
    if (row.known) continue;
    const best = nearest(row.plain, row.candidates ?? []);
    if (row.started) {
      if (best.auto) stillTyping = [row.input, best.auto];
    } else if (best.auto) auto.set(row.input, best.auto);
    else {
      unknown.add(row.input);
      if (best.offer) offered.set(row.input, best.offer);
    }
  }

  const corrected = [
    ...(auto.size > 0 ? [rewrite(parsed.text, auto)] : []),
    ...(stillTyping ? [rewrite(parsed.text, new Map([...auto, stillTyping]))] : []),
  ];
  const suggestion = offered.size > 0 ? rewrite(parsed.text, new Map([...auto, ...offered])) : null;
  const kept = parsed.words.filter((word) => !unknown.has(word));
  const withoutUnknown =
    kept.length > 0 && kept.length < parsed.words.length ? rewrite(parsed.text, new Map([...auto, ...[...unknown].map((word) => [word, ""] as const)])) : null;
  return { corrected, suggestion, withoutUnknown };
}

/**
 * The nearest candidate within its typo budget (`auto`), else the nearest one typo beyond it
 * (`offer`). The budget follows the longer of the two words, so a five-letter word may carry one
 * typo whichever way it is typed ("brck" is "brick" with a letter dropped). Candidates come most
 * alike first, which breaks ties.
 */
function nearest(typed: string, candidates: readonly string[]): { auto: string | null; offer: string | null } {
  const typedLength = Array.from(typed).length;
  let auto: { word: string; distance: number } | null = null;
  let offer: { word: string; distance: number } | null = null;
  for (const word of candidates) {
    const budget = typoBudget(Math.max(typedLength, Array.from(word).length));
    const distance = typoDistance(typed, word, budget + 1);
    if (distance <= budget && (!auto || distance < auto.distance)) auto = { word, distance };
    else if (distance === budget + 1 && (!offer || distance < offer.distance)) offer = { word, distance };
  }
  return { auto: auto?.word ?? null, offer: offer?.word ?? null };
}

/**
 * The text with words replaced (an empty replacement drops the word), keeping its phrases: a
 * phrase left with no word loses its quotes.
 */
function rewrite(text: string, replacements: ReadonlyMap<string, string>): string {
  const parts = text.split('"');
  return parts
    .map((part, index) => {
      const replaced = part.replace(WORD, (token) => replacements.get(token.toLowerCase()) ?? token);
      if (index % 2 === 0) return replaced;
      const phrase = replaced.replace(/\s+/g, " ").trim();
      return phrase ? ` "${phrase}${index < parts.length - 1 ? '"' : ""} ` : " ";
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
