-- Guards on money and stock that Prisma's schema language cannot state, the weighted
-- full-text search vector, and trigram indexes for typo-tolerant search.
-- Each is listed in prisma/README.md; `prisma migrate dev` leaves them alone.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change); generated columns and indexes need
-- IMMUTABLE. Naming the dictionary explicitly makes this wrapper safe to declare immutable.
CREATE OR REPLACE FUNCTION bazaar_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Weighted, accent-insensitive search vector: title (A), brand and category names (B), description (C).
ALTER TABLE "products" DROP COLUMN "search_vector";
ALTER TABLE "products" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', bazaar_unaccent(coalesce("title", ''))), 'A') ||
  setweight(to_tsvector('english', bazaar_unaccent(coalesce("search_terms", ''))), 'B') ||
  setweight(to_tsvector('english', bazaar_unaccent(coalesce("description", ''))), 'C')
) STORED;
CREATE INDEX "products_search_vector_idx" ON "products" USING GIN ("search_vector");
CREATE INDEX "products_title_trgm_idx" ON "products" USING GIN (bazaar_unaccent(lower("title")) gin_trgm_ops);
CREATE INDEX "stores_name_trgm_idx" ON "stores" USING GIN (bazaar_unaccent(lower("name")) gin_trgm_ops);

-- Accounts
ALTER TABLE "users" ADD CONSTRAINT "users_email_lower_chk" CHECK ("email" = lower("email"));
CREATE UNIQUE INDEX "addresses_one_default_per_kind" ON "addresses" ("user_id", "kind") WHERE "is_default";

-- Catalog and stock
ALTER TABLE "products" ADD CONSTRAINT "products_money_chk" CHECK (
  "price_cents" >= 0 AND "total_stock" >= 0 AND "units_sold" >= 0 AND "rating_count" >= 0
  AND "rating_average" BETWEEN 0 AND 5
  AND ("flash_sale_price_cents" IS NULL OR "flash_sale_price_cents" > 0)
  AND ("flash_sale_ends_at" IS NULL OR "flash_sale_starts_at" IS NULL OR "flash_sale_ends_at" > "flash_sale_starts_at")
);
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_stock_chk" CHECK ("stock" >= 0);
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_price_chk" CHECK (
  "price_cents" >= 0 AND "low_stock_threshold" >= 0
  AND ("compare_at_price_cents" IS NULL OR "compare_at_price_cents" > "price_cents")
);
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_position_chk" CHECK ("position" BETWEEN 0 AND 5);
ALTER TABLE "inventory_movements" ADD CONSTRAINT "inventory_movements_chk" CHECK ("quantity" <> 0 AND "stock_after" >= 0);
ALTER TABLE "stores" ADD CONSTRAINT "stores_rating_chk" CHECK ("rating_average" BETWEEN 0 AND 5 AND "rating_count" >= 0);
ALTER TABLE "shipping_methods" ADD CONSTRAINT "shipping_methods_chk" CHECK (
  "rate_cents" >= 0 AND ("free_over_cents" IS NULL OR "free_over_cents" >= 0) AND "min_days" >= 0 AND "max_days" >= "min_days"
);
ALTER TABLE "tax_rates" ADD CONSTRAINT "tax_rates_chk" CHECK ("rate_bps" BETWEEN 0 AND 10000 AND "country" = upper("country"));

-- Shopping
ALTER TABLE "cart_items" ADD CONSTRAINT "cart_items_quantity_chk" CHECK ("quantity" > 0 AND "unit_price_cents" >= 0);
ALTER TABLE "carts" ADD CONSTRAINT "carts_owner_chk" CHECK ("user_id" IS NOT NULL OR "anonymous_token" IS NOT NULL);
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_code_upper_chk" CHECK ("code" = upper("code") AND length("code") BETWEEN 3 AND 40);
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_value_chk" CHECK (
  "value" > 0 AND ("type" <> 'PERCENT' OR "value" <= 100) AND "min_subtotal_cents" >= 0
  AND ("ends_at" IS NULL OR "starts_at" IS NULL OR "ends_at" > "starts_at")
);
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_limit_chk" CHECK (
  "redemption_count" >= 0 AND ("usage_limit" IS NULL OR ("usage_limit" > 0 AND "redemption_count" <= "usage_limit"))
  AND ("per_user_limit" IS NULL OR "per_user_limit" > 0)
);
ALTER TABLE "coupon_redemptions" ADD CONSTRAINT "coupon_redemptions_chk" CHECK ("discount_cents" >= 0);

-- Orders and payments
ALTER TABLE "orders" ADD CONSTRAINT "orders_totals_chk" CHECK (
  "subtotal_cents" >= 0 AND "shipping_cents" >= 0 AND "discount_cents" >= 0 AND "tax_cents" >= 0
  AND "total_cents" = "subtotal_cents" + "shipping_cents" + "tax_cents" - "discount_cents"
  AND "total_cents" >= 0
);
ALTER TABLE "sub_orders" ADD CONSTRAINT "sub_orders_totals_chk" CHECK (
  "subtotal_cents" >= 0 AND "shipping_cents" >= 0 AND "discount_cents" >= 0 AND "tax_cents" >= 0
  AND "total_cents" = "subtotal_cents" + "shipping_cents" + "tax_cents" - "discount_cents"
  AND "refunded_cents" BETWEEN 0 AND "total_cents"
);
ALTER TABLE "order_items" ADD CONSTRAINT "order_items_chk" CHECK (
  "quantity" > 0 AND "unit_price_cents" >= 0 AND "line_total_cents" = "unit_price_cents" * "quantity"
);
ALTER TABLE "payments" ADD CONSTRAINT "payments_amount_chk" CHECK ("amount_cents" > 0 AND "refunded_cents" BETWEEN 0 AND "amount_cents");
ALTER TABLE "refunds" ADD CONSTRAINT "refunds_amount_chk" CHECK ("amount_cents" > 0);
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_chk" CHECK (length("key") BETWEEN 1 AND 255 AND "expires_at" > "created_at");

-- Community
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_rating_chk" CHECK ("rating" BETWEEN 1 AND 5);
ALTER TABLE "messages" ADD CONSTRAINT "messages_body_chk" CHECK (length("body") BETWEEN 1 AND 5000);
