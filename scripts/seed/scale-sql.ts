// The scale seed's statements. Each is one set-based INSERT … SELECT over generate_series, run in
// a single transaction (the temp tables live on its connection). Parameters: see seedScale().
// Ids carry a prefix (scu_, scst, scp, scs, sco…) so the data is easy to find and never collides
// with ids the app generates.

const nice = (expr: string) => `GREATEST(99, (round((${expr}) / 100.0) * 100 - 1)::int)`;
const variantPrice = (p: string, k: string, v: string) => nice(`${p}.base_cents * power(1 + ${k}.step, ${v} - 1)`);
const variantStock = (p: string, v: string) =>
  `CASE WHEN (${p}.n + ${v}) % 13 = 0 THEN 0 WHEN (${p}.n + ${v}) % 7 = 0 THEN 1 + ${p}.n % 5 ELSE 6 + (${p}.n * 31 + ${v} * 17) % 55 END`;

export const KINDS = `
  CREATE TEMP TABLE scale_kinds ON COMMIT DROP AS
  SELECT x.k, c.id AS category_id, x.scheme, x.nouns, x.adjectives, x.intros, x.intro_count, x.features, x.closings,
         x.images, x.options, x.step, x.price_min, x.price_max, x.unbranded, x.used, x.refurbished,
         (SELECT array_agg(b.id ORDER BY b.name) FROM brands b WHERE b.name = ANY (x.brands)) AS brand_ids,
         (SELECT array_agg(b.name ORDER BY b.name) FROM brands b WHERE b.name = ANY (x.brands)) AS brand_names
    FROM jsonb_to_recordset($1::jsonb) AS x(k int, leaf text, scheme text, nouns text[], adjectives text[], intros text[],
         intro_count int, features text[], closings text[], images text[], options text[], step float8, price_min int,
         price_max int, unbranded boolean, brands text[], used float8, refurbished float8)
    JOIN categories c ON c.slug = x.leaf`;

export const COUNTRIES = `
  CREATE TEMP TABLE scale_countries ON COMMIT DROP AS
  SELECT x.*, t.rate_bps FROM jsonb_to_recordset($1::jsonb) AS x(code text, carrier text, streets text[], cities text[],
         regions text[], postals text[], number_first boolean)
    LEFT JOIN tax_rates t ON t.country = x.code`;

// $1 count, $2 password hash, $3 first names, $4 last names
export const SELLERS = `
  INSERT INTO users (id, email, name, role, password_hash, email_verified_at, created_at, updated_at)
  SELECT 'scu_s' || n, 'seller' || n || '@scale.bazaar.test', ($3::text[])[1 + n % cardinality($3::text[])] || ' ' || ($4::text[])[1 + (n * 7) % cardinality($4::text[])],
         'SELLER', $2, now() - (400 - n) * interval '1 day', now() - (401 - n) * interval '1 day', now()
    FROM generate_series(1, $1::int) n`;

// $1 count, $2 first store words, $3 second store words
export const STORES = `
  INSERT INTO stores (id, owner_id, slug, name, description, status, approved_at, created_at, updated_at)
  SELECT 'scst' || n, 'scu_s' || n, 'scale-store-' || lpad(n::text, 3, '0'),
         ($2::text[])[1 + (n - 1) % cardinality($2::text[])] || ' ' || ($3::text[])[1 + ((n - 1) + (n - 1) / cardinality($2::text[])) % cardinality($3::text[])],
         'An independent shop on Bazaar, selling across the catalog since ' || to_char(now() - (400 - n) * interval '1 day', 'FMMonth YYYY') || '.',
         'APPROVED', now() - (399 - n) * interval '1 day', now() - (400 - n) * interval '1 day', now()
    FROM generate_series(1, $1::int) n`;

export const SHIPPING = `
  INSERT INTO shipping_methods (id, store_id, name, rate_cents, free_over_cents, min_days, max_days, position)
  SELECT s.id || '_' || m, s.id, CASE m WHEN 0 THEN 'Standard' ELSE 'Express' END, CASE m WHEN 0 THEN 499 ELSE 1299 END,
         CASE m WHEN 0 THEN 5000 END, CASE m WHEN 0 THEN 3 ELSE 1 END, CASE m WHEN 0 THEN 6 ELSE 2 END, m
    FROM stores s CROSS JOIN generate_series(0, 1) m WHERE s.id LIKE 'scst%'`;

// $1 count, $2 hash, $3 first names, $4 last names
export const BUYERS = `
  INSERT INTO users (id, email, name, role, password_hash, email_verified_at, created_at, updated_at)
  SELECT 'scu_b' || n, 'shopper' || n || '@scale.bazaar.test',
         ($3::text[])[1 + n % cardinality($3::text[])] || ' ' || ($4::text[])[1 + (n / cardinality($3::text[])) % cardinality($4::text[])],
         'BUYER', $2, CASE WHEN n % 10 <> 0 THEN now() - (n % 700) * interval '1 day' END, now() - (n % 700) * interval '1 day' - interval '1 hour', now()
    FROM generate_series(1, $1::int) n`;

// $1 count, $2 country buckets
export const ADDRESSES = `
  INSERT INTO addresses (id, user_id, kind, is_default, full_name, line1, city, region, postal_code, country, created_at, updated_at)
  SELECT 'sca' || n, 'scu_b' || n, 'SHIPPING', true, u.name,
         CASE WHEN c.number_first THEN (2 + n % 240) || ' ' || c.streets[1 + n % cardinality(c.streets)]
              ELSE c.streets[1 + n % cardinality(c.streets)] || ' ' || (2 + n % 240) END,
         c.cities[1 + n % cardinality(c.cities)], NULLIF(c.regions[1 + n % cardinality(c.cities)], ''),
         c.postals[1 + n % cardinality(c.cities)], c.code, u.created_at, now()
    FROM generate_series(1, $1::int) n
    JOIN users u ON u.id = 'scu_b' || n
    JOIN scale_countries c ON c.code = ($2::text[])[1 + (n * 37) % cardinality($2::text[])]`;

// $1 count, $2 descriptors, $3 colours, $4 editions, $5 number of kinds. Titles combine brand, descriptor, adjective, noun
// and colour by different strides of n, so 100k listings share words without repeating.
export const PRODUCTS_PLAN = `
  CREATE TEMP TABLE scale_products ON COMMIT DROP AS
  WITH base AS (
    SELECT n, k.*,
           1 + (n / $5::int) % cardinality(k.adjectives) AS ai,
           1 + (n / ($5::int * 5)) % cardinality(k.nouns) AS ni,
           1 + (n / 3) % cardinality(k.brand_ids) AS bi,
           stores.ids[1 + (n * 7 + n / 101) % cardinality(stores.ids)] AS store_id,
           CASE WHEN (n * 761) % 1000 < k.used * 1000 THEN 'USED'
                WHEN (n * 761) % 1000 < (k.used + k.refurbished) * 1000 THEN 'REFURBISHED' ELSE 'NEW' END AS condition,
           CASE WHEN n % 50 = 1 THEN 'DRAFT' WHEN n % 97 = 2 THEN 'ARCHIVED' ELSE 'ACTIVE' END AS status,
           ($2::text[])[1 + (n / 11) % cardinality($2::text[])] AS descriptor,
           ($3::text[])[1 + (n / 13) % cardinality($3::text[])] AS colour,
           ($4::text[])[1 + (n / 7) % cardinality($4::text[])] AS edition
      FROM generate_series(1, $1::int) n
      JOIN scale_kinds k ON k.k = n % $5::int
     CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM stores WHERE status = 'APPROVED') stores
  ), titled AS (
    SELECT b.*, b.brand_names[b.bi] AS brand, b.adjectives[b.ai] AS adjective, b.nouns[b.ni] AS noun,
           CASE WHEN b.unbranded THEN trim(b.adjectives[b.ai] || ' ' || b.nouns[b.ni]) || CASE WHEN b.n % 3 = 1 THEN ' (' || b.edition || ')' ELSE '' END
                WHEN b.n % 4 = 0 THEN b.brand_names[b.bi] || ' ' || b.adjectives[b.ai] || ' ' || b.nouns[b.ni]
                WHEN b.n % 4 = 2 AND b.scheme = 'size' THEN b.brand_names[b.bi] || ' ' || b.adjectives[b.ai] || ' ' || b.nouns[b.ni] || ' in ' || b.colour
                WHEN b.n % 4 IN (1, 2) THEN b.brand_names[b.bi] || ' ' || b.descriptor || ' ' || b.adjectives[b.ai] || ' ' || b.nouns[b.ni]
                ELSE b.descriptor || ' ' || b.adjectives[b.ai] || ' ' || b.nouns[b.ni] || ' by ' || b.brand_names[b.bi] END AS title
      FROM base b
  )
  SELECT t.n, 'scp' || t.n AS id, t.k, t.category_id, t.brand_ids[t.bi] AS brand_id, t.store_id, t.title, t.condition, t.status,
         trim(both '-' FROM lower(regexp_replace(t.title, '[^A-Za-z0-9]+', '-', 'g'))) || '-' || t.n AS slug,
         replace(replace(t.intros[1 + ((t.ai - 1) * cardinality(t.nouns) + (t.ni - 1)) * t.intro_count + t.n % t.intro_count], '{title}', t.title), '{brand}', t.brand)
           || ' ' || t.features[1 + t.n % cardinality(t.features)] || ' ' || t.features[1 + (t.n + 1) % cardinality(t.features)]
           || CASE t.condition WHEN 'USED' THEN ' Pre-owned and in good condition, with light signs of use.'
                               WHEN 'REFURBISHED' THEN ' Professionally refurbished and tested, with a 12-month warranty.' ELSE '' END
           || ' ' || t.closings[1 + t.n % cardinality(t.closings)] AS description,
         ${nice("(t.price_min + (t.n * 37) % (t.price_max - t.price_min + 1)) * 100 * CASE t.condition WHEN 'USED' THEN 0.6 WHEN 'REFURBISHED' THEN 0.8 ELSE 1 END")} AS base_cents,
         CASE WHEN t.condition <> 'NEW' OR cardinality(t.options) = 0 THEN 1 ELSE LEAST(1 + t.n % 3, cardinality(t.options)) END AS variant_count,
         LEAST(1 + (t.n * 3) % 4, cardinality(t.images)) AS image_count,
         t.images[1] AS first_image,
         CASE WHEN t.status <> 'DRAFT' THEN now() - ((t.n::bigint * 7919) % 525600) * interval '1 minute' END AS published_at
    FROM titled t`;

// The summary columns (price, stock, search terms) are written here from the same expressions the
// variants use: refreshing them afterwards then finds nothing to change instead of rewriting 100k rows.
export const PRODUCTS = `
  INSERT INTO products (id, store_id, category_id, brand_id, slug, title, description, condition, status, featured,
                        price_cents, total_stock, search_terms, published_at, created_at, updated_at)
  SELECT p.id, p.store_id, p.category_id, p.brand_id, p.slug, p.title, p.description, p.condition::"ProductCondition", p.status::"ProductStatus",
         p.status = 'ACTIVE' AND p.n % 500 = 0, s.price, s.stock, concat_ws(' ', b.name, c.name, pc.name),
         p.published_at, coalesce(p.published_at, now() - (p.n % 30) * interval '1 day') - interval '3 hours', now()
    FROM scale_products p
    JOIN scale_kinds k ON k.k = p.k
    JOIN categories c ON c.id = p.category_id
    LEFT JOIN categories pc ON pc.id = c.parent_id
    LEFT JOIN brands b ON b.id = p.brand_id
   CROSS JOIN LATERAL (SELECT min(${variantPrice("p", "k", "v")}) AS price, sum(${variantStock("p", "v")})::int AS stock
                         FROM generate_series(1, p.variant_count) v) s`;

export const VARIANTS = `
  INSERT INTO product_variants (id, product_id, sku, title, size, color, material, price_cents, compare_at_price_cents, stock, position, created_at, updated_at)
  SELECT p.id || '_' || v, p.id, 'SC-' || p.n || '-' || v, o.title,
         CASE WHEN k.scheme = 'size' THEN o.title END, CASE WHEN k.scheme = 'color' THEN o.title END, CASE WHEN k.scheme = 'material' THEN o.title END,
         o.price, CASE WHEN p.n % 4 = 0 AND p.condition = 'NEW' THEN GREATEST(${nice("o.price * 1.3")}, o.price + 100) END,
         ${variantStock("p", "v")},
         v - 1, now() - interval '3 hours', now()
    FROM scale_products p
    JOIN scale_kinds k ON k.k = p.k
   CROSS JOIN LATERAL generate_series(1, p.variant_count) v
   CROSS JOIN LATERAL (SELECT coalesce(k.options[1 + (p.n + v - 1) % NULLIF(cardinality(k.options), 0)], 'Default') AS title,
                              ${variantPrice("p", "k", "v")} AS price) o`;

export const IMAGES = `
  INSERT INTO product_images (id, product_id, url, alt, position, created_at)
  SELECT p.id || '_' || i, p.id, k.images[CASE WHEN i = 0 THEN 1 ELSE 2 + (p.n + i - 1) % (cardinality(k.images) - 1) END],
         CASE WHEN i = 0 THEN p.title ELSE p.title || ', view ' || (i + 1) END, i, now()
    FROM scale_products p
    JOIN scale_kinds k ON k.k = p.k
   CROSS JOIN LATERAL generate_series(0, p.image_count - 1) i`;

export const OPENING_STOCK = `
  INSERT INTO inventory_movements (id, variant_id, type, quantity, stock_after, reference, note, created_at)
  SELECT v.id || '_in', v.id, 'IN', v.stock, v.stock, 'seed:opening-stock', 'Opening stock', v.created_at
    FROM scale_products p JOIN product_variants v ON v.product_id = p.id WHERE v.stock > 0`;
