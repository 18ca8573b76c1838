-- "Did you mean": a dictionary of the words shoppers can find, with a trigram index so a
-- misspelt word finds its nearest real one. Kept in step by statement-level triggers, so a bulk
-- import adds its words in one INSERT … SELECT DISTINCT rather than one per row.
CREATE TABLE "search_words" (
    "word" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_words_pkey" PRIMARY KEY ("word")
);

CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING GIN ("word" gin_trgm_ops);

CREATE OR REPLACE FUNCTION bazaar_collect_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_words (word)
  SELECT DISTINCT w
  FROM new_rows, regexp_split_to_table(lower(bazaar_unaccent(new_rows.title || ' ' || new_rows.search_terms)), '[^[:alnum:]]+') AS w
  WHERE length(w) BETWEEN 3 AND 40
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER products_search_words_insert AFTER INSERT ON "products"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bazaar_collect_search_words();
CREATE TRIGGER products_search_words_update AFTER UPDATE ON "products"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bazaar_collect_search_words();

INSERT INTO search_words (word)
SELECT DISTINCT w
FROM products, regexp_split_to_table(lower(bazaar_unaccent(products.title || ' ' || products.search_terms)), '[^[:alnum:]]+') AS w
WHERE length(w) BETWEEN 3 AND 40
ON CONFLICT (word) DO NOTHING;
