-- Typo candidates for "did you mean" (lib/search/correct-query.ts). Prisma leaves expression
-- indexes alone, so schema.prisma mentions neither.

-- A word and every way of dropping one of its letters. Two words one typo apart (a letter changed,
-- dropped, added, or two neighbours swapped) always share one of these, so the GIN index below
-- finds every such word with a few index probes, however large the dictionary (the idea of
-- SymSpell's deletion dictionary).
CREATE OR REPLACE FUNCTION bazaar_deletion_variants(text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_agg(DISTINCT v) FROM (SELECT $1 AS v UNION ALL SELECT overlay($1 PLACING '' FROM i FOR 1) FROM generate_series(1, length($1)) AS i) s $$;

CREATE INDEX "search_words_deletions_idx" ON "search_words" USING GIN (bazaar_deletion_variants("word"));

-- The word being typed is left alone when a dictionary word starts with it: those are found
-- among the words with its first letter that are longer, read from this index alone.
CREATE INDEX "search_words_first_letter_length_idx" ON "search_words" (left("word", 1), length("word"), "word");
