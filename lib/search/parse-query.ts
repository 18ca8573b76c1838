// Turns whatever a shopper typed into a PostgreSQL tsquery string that cannot fail to parse.
// Only letters and digits survive into the query (each quoted as its own lexeme), so quotes,
// `& | ! : * ( )`, backslashes, emoji or a megabyte of text never reach to_tsquery as syntax.
// "Quoted words" become a phrase (<->); the last word is a prefix (:*) while it is being typed.

/** Inputs longer than this are cut: nobody searches with a paragraph, and it bounds the work. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 10;
/** A one-letter prefix would match half the catalog; prefix matching starts at two. */
const MIN_PREFIX_LENGTH = 2;

export interface ParsedQuery {
  /** The input, trimmed and cut to MAX_QUERY_LENGTH: what the shopper is shown and what is logged. */
  text: string;
  /** Lower-cased words in order (phrase words included), used for typo correction and logging. */
  words: string[];
  /** A to_tsquery('english', …) string, or null when nothing searchable is left (only symbols, emoji). */
  tsquery: string | null;
  /** The last word is matched as a prefix: it is still being typed. */
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function normalizeQuery(text: string): string {
  return (text.toLowerCase().match(WORD) ?? []).join(" ");
}

/**
 * `titleOnly` restricts every word to weight A (the title), for autocomplete: a suggestion must
 * be a product whose name starts the way the shopper is typing.
 */
export function parseSearchQuery(raw: string, options: { prefix?: boolean; titleOnly?: boolean } = {}): ParsedQuery {
  const text = raw.normalize("NFC").slice(0, MAX_QUERY_LENGTH).trim();
  const prefixAllowed = options.prefix ?? true;
  // Split on double quotes: odd segments are phrases. An unclosed quote still makes a phrase.
  const segments = text.split('"');
  const groups: { words: string[]; phrase: boolean }[] = [];
  segments.forEach((segment, index) => {
    const words = segment.toLowerCase().match(WORD) ?? [];
    if (words.length === 0) return;
    if (index % 2 === 1) groups.push({ words, phrase: true });
    else for (const word of words) groups.push({ words: [word], phrase: false });
  });

  const kept: typeof groups = [];
  let count = 0;
  for (const group of groups) {
    if (count >= MAX_TERMS) break;
    const words = group.words.slice(0, MAX_TERMS - count);
    kept.push({ ...group, words });
    count += words.length;
  }
  const words = kept.flatMap((g) => g.words);
  if (words.length === 0) return { text, words, tsquery: null, prefix: false };

  // Still typing the last word: no trailing space, and it is not inside a closed phrase.
  const last = kept[kept.length - 1]!;
  const typingLastWord =
    prefixAllowed && !last.phrase && !/\s$/.test(raw.slice(0, MAX_QUERY_LENGTH)) && last.words[0]!.length >= MIN_PREFIX_LENGTH;

  const parts = kept.map((group, index) => {
    const weight = options.titleOnly ? "A" : "";
    const lexemes = group.words.map((word) => `'${word}'`);
    if (group.phrase) return lexemes.length > 1 ? `(${lexemes.map((l) => `${l}${weight ? `:${weight}` : ""}`).join(" <-> ")})` : `${lexemes[0]}${weight ? `:${weight}` : ""}`;
    const prefix = index === kept.length - 1 && typingLastWord ? "*" : "";
    return prefix || weight ? `${lexemes[0]}:${prefix}${weight}` : lexemes[0]!;
  });
  return { text, words, tsquery: parts.join(" & "), prefix: typingLastWord };
}
