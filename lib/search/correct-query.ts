// "Did you mean": each word that is not in the catalog's dictionary (search_words, filled by a
// trigger on products) is replaced by its most similar dictionary word by trigram similarity.
import "server-only";
import { db } from "../db";

/** Words shorter than this are left alone: too few trigrams to tell a typo from another word. */
const MIN_WORD_LENGTH = 3;
/**
 * How alike a correction must be (pg_trgm similarity, 0–1). One wrong letter in a word of five or
 * more scores above it ("camra" → "camera" 0.44, "headphnes" → "headphones" 0.62); a different
 * word sharing a stem does not ("walnut" → "wall" 0.33).
 */
const MIN_SIMILARITY = 0.4;

/** The corrected words, or null when every word is already known or nothing close enough exists. */
export async function correctWords(words: readonly string[]): Promise<string[] | null> {
  const candidates = [...new Set(words.filter((word) => word.length >= MIN_WORD_LENGTH))];
  if (candidates.length === 0) return null;
  const rows = await db.$queryRaw<{ input: string; known: boolean; nearest: string | null }[]>`
    SELECT t.input,
           EXISTS (SELECT 1 FROM search_words w WHERE w.word = bazaar_unaccent(t.input)) AS known,
           (SELECT w.word FROM search_words w
             WHERE w.word % bazaar_unaccent(t.input) AND similarity(w.word, bazaar_unaccent(t.input)) >= ${MIN_SIMILARITY}
             ORDER BY similarity(w.word, bazaar_unaccent(t.input)) DESC, w.word
             LIMIT 1) AS nearest
    FROM unnest(${candidates}::text[]) AS t(input)`;
  const replacement = new Map(rows.filter((row) => !row.known && row.nearest).map((row) => [row.input, row.nearest!]));
  if (replacement.size === 0) return null;
  return words.map((word) => replacement.get(word) ?? word);
}
