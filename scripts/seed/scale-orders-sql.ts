// The scale seed's orders, reviews and activity, set-based like scale-sql.ts. Orders pick products
// with a quadratic skew (low-numbered listings sell far more), so "best sellers" have a long tail.

const SKEWED = (seed: string) =>
  `1 + floor(power(((${seed}) % 1000003) / 1000003.0, 2) * (SELECT count(*) FROM scale_active))::bigint`;

const STAGES = `(ARRAY['PENDING_PAYMENT', 'PAID', 'PREPARING', 'IN_TRANSIT', 'DELIVERED'])`;
const STAGE_AT = `(ARRAY[interval '0', interval '3 minutes', interval '12 hours', interval '36 hours', interval '5 days'])`;

export const ACTIVE = `
  CREATE TEMP TABLE scale_active ON COMMIT DROP AS
  SELECT row_number() OVER (ORDER BY n) AS rn, id, n, variant_count, store_id, title, first_image
    FROM scale_products WHERE status = 'ACTIVE'`;

export const ACTIVE_INDEX = `CREATE INDEX ON scale_active (rn)`;

// $1 orders, $2 buyers. One to three lines per order; placed over the last year, oldest first.
export const LINES = `
  CREATE TEMP TABLE scale_lines ON COMMIT DROP AS
  WITH o AS (
    SELECT o, 1 + (o * 31 + o / 7) % $2::int AS buyer_n,
           now() - ((($1::int - o)::float8 / $1::int) * 365 + 0.05) * interval '1 day' AS placed_at
      FROM generate_series(1, $1::int) o
  )
  SELECT o.o, i, o.buyer_n, o.placed_at, a.id AS product_id, a.store_id, a.title, a.first_image,
         v.id AS variant_id, v.title AS variant_title, v.sku, v.price_cents, 1 + ((o.o + i) % 5 = 0)::int AS quantity
    FROM o
   CROSS JOIN LATERAL generate_series(1, 1 + o.o % 3) i
    JOIN scale_active a ON a.rn = ${SKEWED("o.o::bigint * 7919 + i * 104729")}
    JOIN product_variants v ON v.id = a.id || '_' || (1 + (o.o + i) % a.variant_count)`;

// Stage 1..4 = PAID..DELIVERED, from the order's age: older orders got further.
export const SUBS = `
  CREATE TEMP TABLE scale_subs ON COMMIT DROP AS
  WITH g AS (
    SELECT o, store_id, min(buyer_n) AS buyer_n, min(placed_at) AS placed_at, sum(price_cents * quantity)::int AS subtotal
      FROM scale_lines GROUP BY o, store_id
  )
  SELECT g.*, 'scs' || g.o || '_' || row_number() OVER (PARTITION BY g.o ORDER BY g.store_id) AS id,
         md5('scale-order-' || g.o)::uuid AS order_id,
         CASE WHEN g.subtotal >= 5000 THEN 0 ELSE 499 END AS shipping,
         round(g.subtotal * coalesce(c.rate_bps, 0) / 10000.0)::int AS tax,
         c.carrier,
         CASE WHEN now() - g.placed_at > interval '8 days' THEN 4 WHEN now() - g.placed_at > interval '4 days' THEN 3
              WHEN now() - g.placed_at > interval '36 hours' THEN 2 ELSE 1 END AS stage
    FROM g
    JOIN addresses a ON a.id = 'sca' || g.buyer_n
    JOIN scale_countries c ON c.code = a.country`;

export const ORDERS = `
  INSERT INTO orders (id, buyer_id, status, email, subtotal_cents, shipping_cents, discount_cents, tax_cents, total_cents,
                      shipping_address, reservation_expires_at, placed_at, paid_at, paid_payment_id, updated_at)
  SELECT s.order_id, u.id, (CASE WHEN min(s.stage) = 4 THEN 'FULFILLED' ELSE 'PAID' END)::"OrderStatus", u.email,
         sum(s.subtotal), sum(s.shipping), 0, sum(s.tax), sum(s.subtotal + s.shipping + s.tax),
         jsonb_build_object('fullName', a.full_name, 'line1', a.line1, 'line2', a.line2, 'city', a.city, 'region', a.region,
                            'postalCode', a.postal_code, 'country', a.country, 'phone', a.phone),
         min(s.placed_at) + interval '15 minutes', min(s.placed_at), min(s.placed_at) + interval '3 minutes',
         'spay_' || s.o, now()
    FROM scale_subs s
    JOIN users u ON u.id = 'scu_b' || s.buyer_n
    JOIN addresses a ON a.id = 'sca' || s.buyer_n
   GROUP BY s.o, s.order_id, u.id, u.email, a.id
   ORDER BY s.o`;

export const SUB_ORDERS = `
  INSERT INTO sub_orders (id, order_id, store_id, status, subtotal_cents, shipping_cents, discount_cents, tax_cents, total_cents,
                          shipping_method_name, carrier, tracking_number, shipped_at, delivered_at, created_at, updated_at)
  SELECT id, order_id, store_id, ${STAGES}[stage + 1]::"SubOrderStatus", subtotal, shipping, 0, tax, subtotal + shipping + tax, 'Standard',
         CASE WHEN stage >= 3 THEN carrier END, CASE WHEN stage >= 3 THEN 'SC' || lpad(o::text, 9, '0') || right(id, 1) END,
         CASE WHEN stage >= 3 THEN placed_at + ${STAGE_AT}[4] END, CASE WHEN stage >= 4 THEN placed_at + ${STAGE_AT}[5] END, placed_at, now()
    FROM scale_subs`;

export const ITEMS = `
  INSERT INTO order_items (id, sub_order_id, product_id, variant_id, product_title, variant_title, sku, image_url, unit_price_cents, quantity, line_total_cents)
  SELECT 'sco' || l.o || '_' || l.i, s.id, l.product_id, l.variant_id, l.title, l.variant_title, l.sku, l.first_image,
         l.price_cents, l.quantity, l.price_cents * l.quantity
    FROM scale_lines l JOIN scale_subs s ON s.o = l.o AND s.store_id = l.store_id`;

export const EVENTS = `
  INSERT INTO order_status_events (id, sub_order_id, from_status, to_status, actor_id, actor_role, note, created_at)
  SELECT s.id || '_' || st, s.id, (CASE WHEN st > 0 THEN ${STAGES}[st] END)::"SubOrderStatus", ${STAGES}[st + 1]::"SubOrderStatus",
         CASE WHEN st = 0 THEN 'scu_b' || s.buyer_n WHEN st IN (2, 3) THEN store.owner_id END,
         CASE WHEN st = 0 THEN 'BUYER' WHEN st IN (2, 3) THEN 'SELLER' ELSE 'SYSTEM' END,
         CASE st WHEN 1 THEN 'Payment confirmed' WHEN 3 THEN 'Shipped with ' || s.carrier WHEN 4 THEN 'Delivered' END,
         s.placed_at + ${STAGE_AT}[st + 1]
    FROM scale_subs s
    JOIN stores store ON store.id = s.store_id
   CROSS JOIN LATERAL generate_series(0, s.stage) st`;

export const PAYMENTS = `
  INSERT INTO payments (id, order_id, provider, provider_ref, status, amount_cents, created_at, updated_at)
  SELECT 'spay_' || s.o, o.id, 'sandbox', 'sbx_scale_' || o.number, 'SUCCEEDED', o.total_cents, o.placed_at, now()
    FROM (SELECT DISTINCT o, order_id FROM scale_subs) s JOIN orders o ON o.id = s.order_id`;

// $1 titles, $2 bodies (four per rating). Two in five delivered lines get a review, skewed positive.
export const REVIEWS = `
  INSERT INTO reviews (id, product_id, user_id, rating, title, body, verified_purchase, status, created_at, updated_at)
  SELECT DISTINCT ON (l.product_id, l.buyer_n)
         'scr' || l.o || '_' || l.i, l.product_id, 'scu_b' || l.buyer_n, r.rating,
         ($1::text[])[(r.rating - 1) * 4 + 1 + l.o % 4], ($2::text[])[(r.rating - 1) * 4 + 1 + (l.o / 4) % 4], true, 'PUBLISHED',
         LEAST(now() - interval '1 hour', s.placed_at + ${STAGE_AT}[5] + (1 + l.o % 9) * interval '1 day'), now()
    FROM scale_lines l
    JOIN scale_subs s ON s.o = l.o AND s.store_id = l.store_id
   CROSS JOIN LATERAL (SELECT CASE WHEN (l.o * 7 + l.i) % 20 = 0 THEN 1 WHEN (l.o * 7 + l.i) % 20 = 1 THEN 2
                                   WHEN (l.o * 7 + l.i) % 20 < 4 THEN 3 WHEN (l.o * 7 + l.i) % 20 < 10 THEN 4 ELSE 5 END AS rating) r
   WHERE s.stage = 4 AND (l.o + l.i) % 5 < 2
   ORDER BY l.product_id, l.buyer_n, l.o
  ON CONFLICT (product_id, user_id) DO NOTHING`;

// Units sold and ratings in one pass: every UPDATE of a product recomputes its search vector.
export const PRODUCT_SALES_AND_RATINGS = `
  UPDATE products p SET units_sold = coalesce(u.quantity, 0), rating_average = coalesce(r.average, 0), rating_count = coalesce(r.count, 0)
    FROM (SELECT product_id, sum(quantity)::int AS quantity FROM scale_lines GROUP BY product_id) u
    LEFT JOIN (SELECT product_id, round(avg(rating)::numeric, 2) AS average, count(*)::int AS count
                 FROM reviews WHERE status = 'PUBLISHED' AND product_id IN (SELECT id FROM scale_products) GROUP BY product_id) r
      ON r.product_id = u.product_id
   WHERE p.id = u.product_id`;

export const STORE_RATINGS = `
  UPDATE stores s SET rating_average = r.average, rating_count = r.count
    FROM (SELECT p.store_id, round(avg(rv.rating)::numeric, 2) AS average, count(*)::int AS count
            FROM reviews rv JOIN products p ON p.id = rv.product_id WHERE rv.status = 'PUBLISHED' GROUP BY p.store_id) r
   WHERE s.id = r.store_id`;

// $1 count, $2 buyers
export const WISHLISTS = `
  INSERT INTO wishlist_items (user_id, product_id, created_at)
  SELECT 'scu_b' || (1 + (w * 13) % $2::int), a.id, now() - (w % 60) * interval '1 day'
    FROM generate_series(1, $1::int) w
    JOIN scale_active a ON a.rn = ${SKEWED("w::bigint * 104729")}
  ON CONFLICT DO NOTHING`;

// $1 count, $2 buyers. Mostly views, over the last 30 days; two in five from signed-out visitors.
export const INTERACTIONS = `
  INSERT INTO product_interactions (id, product_id, user_id, anonymous_id, type, created_at)
  SELECT 'sci' || x, a.id,
         CASE WHEN x % 5 < 3 THEN 'scu_b' || (1 + (x * 17) % $2::int) END,
         CASE WHEN x % 5 >= 3 THEN 'anon_scale_' || (x % 5000) END,
         (CASE WHEN x % 20 < 14 THEN 'VIEW' WHEN x % 20 < 17 THEN 'CART' WHEN x % 20 < 19 THEN 'WISHLIST' ELSE 'PURCHASE' END)::"InteractionType",
         now() - ((x::bigint * 104729) % 43200) * interval '1 minute'
    FROM generate_series(1, $1::int) x
    JOIN scale_active a ON a.rn = ${SKEWED("x::bigint * 7919")}`;

// After the summaries are refreshed: a flash sale on one listing in a thousand, open now.
export const FLASH_SALES = `
  UPDATE products p SET flash_sale_price_cents = GREATEST(1, floor(p.price_cents * 0.8)::int),
         flash_sale_starts_at = now() - interval '1 day', flash_sale_ends_at = now() + (1 + sp.n % 3) * interval '1 day'
    FROM scale_products sp
   WHERE sp.id = p.id AND sp.n % 1000 = 7 AND p.status = 'ACTIVE' AND p.price_cents > 1`;
