// "Did you mean": when the words typed find nothing, each word that is not in the catalog's
// dictionary (search_words, filled by a trigger on products) is replaced by its most similar
// dictionary word by trigram similarity; a word with nothing close enough is dropped as a last try.
import "server-only";
import { db } from "../db";

/** Words shorter than this are left alone: too few trigrams to tell a typo from another word. */
const MIN_WORD_LENGTH = 3;
/**
 * How alike a correction must be (pg_trgm similarity, 0–1). One wrong letter in a word of five or
 * more scores above 0.4 ("camra" → "camera" 0.44, "headphnes" → "headphones" 0.62) while a
 * different word sharing a stem does not ("walnut" → "wall" 0.33). Short words have few trigrams,
 * so one letter costs more: "wrp" → "wrap" is 0.29.
 */
const minSimilarity = (word: string) => (word.length <= 4 ? 0.25 : 0.4);

/**
 * Queries to try instead, best first: the words with misspellings corrected, then the same
 * without the words that match nothing at all. Empty when there is nothing to change.
 */
export async function alternativeQueries(words: readonly string[]): Promise<string[][]> {
  const unique = [...new Set(words)];
  if (unique.length === 0) return [];
  const rows = await db.$transaction(async (tx) => {
    // The % operator (and its index) uses this threshold; each word's own is applied below.
    await tx.$executeRaw`SET LOCAL pg_trgm.similarity_threshold = 0.25`;
    return tx.$queryRaw<{ input: string; known: boolean; nearest: string | null; score: number | null }[]>`
      SELECT t.input,
             EXISTS (SELECT 1 FROM search_words w WHERE w.word = bazaar_unaccent(t.input)) AS known,
             best.word AS nearest, best.score
      FROM unnest(${unique}::text[]) AS t(input)
      LEFT JOIN LATERAL (
        SELECT w.word, similarity(w.word, bazaar_unaccent(t.input)) AS score
        FROM search_words w
        WHERE length(t.input) >= ${MIN_WORD_LENGTH} AND w.word % bazaar_unaccent(t.input)
        ORDER BY score DESC, w.word
        LIMIT 1
      ) best ON TRUE`;
  });
  const byWord = new Map(rows.map((row) => [row.input, row]));
  const fix = (word: string): string | null => {
    const row = byWord.get(word);
    if (!row || row.known) return word;
    return row.nearest && (row.score ?? 0) >= minSimilarity(word) ? row.nearest : null;
  };
  const corrected = words.map((word) => fix(word) ?? word);
  const withoutUnknown = words.flatMap((word) => fix(word) ?? []);
  const alternatives: string[][] = [];
  if (corrected.join(" ") !== words.join(" ")) alternatives.push(corrected);
  if (withoutUnknown.length > 0 && withoutUnknown.length < words.length) alternatives.push(withoutUnknown);
  return alternatives;
}
