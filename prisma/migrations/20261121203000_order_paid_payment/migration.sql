-- The payment that paid an order, so a second payment for it (two checkouts both completed) is
-- told apart from a retried settlement of the first.
ALTER TABLE "orders" ADD COLUMN "paid_payment_id" TEXT;

-- Orders paid before: their earliest settled payment.
UPDATE "orders" o SET "paid_payment_id" = p.id
  FROM (SELECT DISTINCT ON (order_id) order_id, id FROM "payments"
         WHERE status IN ('SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED') AND order_id IS NOT NULL
         ORDER BY order_id, created_at) p
 WHERE o.id = p.order_id AND o.paid_at IS NOT NULL;
