-- Typo candidates for "did you mean": the dictionary words with a given first letter and a length
-- within a few letters of the word typed, read from this index alone (the word is part of it).
-- Prisma leaves expression indexes alone, so schema.prisma does not mention it.
CREATE INDEX "search_words_first_letter_length_idx" ON "search_words" (left("word", 1), length("word"), "word");
