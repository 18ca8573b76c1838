-- CreateEnum
CREATE TYPE "BrandRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ProductImportMode" AS ENUM ('ALL_OR_NOTHING', 'PER_ROW');

-- CreateEnum
CREATE TYPE "ProductImportStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- AlterEnum
ALTER TYPE "StoreStatus" ADD VALUE 'REJECTED';

-- DropIndex
DROP INDEX "product_variants_sku_key";

-- DropIndex
DROP INDEX "stores_status_created_at_idx";

-- AlterTable
ALTER TABLE "product_images" ADD COLUMN     "height" INTEGER,
ADD COLUMN     "renditions" JSONB,
ADD COLUMN     "upload_id" TEXT,
ADD COLUMN     "width" INTEGER;

-- AlterTable
ALTER TABLE "product_variants" ADD COLUMN     "custom_option" TEXT,
ADD COLUMN     "low_stock_alerted_at" TIMESTAMP(3),
ADD COLUMN     "store_id" TEXT;

-- AlterTable
ALTER TABLE "products" ADD COLUMN     "custom_option_name" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "stores" ADD COLUMN     "contact_email" TEXT,
ADD COLUMN     "country" CHAR(2),
ADD COLUMN     "low_stock_digest_on" DATE,
ADD COLUMN     "return_policy" TEXT,
ADD COLUMN     "reviewed_at" TIMESTAMP(3),
ADD COLUMN     "shipping_policy" TEXT,
ADD COLUMN     "status_reason" TEXT,
ADD COLUMN     "submitted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "vacation_message" TEXT,
ADD COLUMN     "vacation_until" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "uploads" ADD COLUMN     "height" INTEGER,
ADD COLUMN     "renditions" JSONB,
ADD COLUMN     "width" INTEGER;

-- CreateTable
CREATE TABLE "brand_requests" (
    "id" TEXT NOT NULL,
    "store_id" TEXT NOT NULL,
    "product_id" TEXT,
    "name" TEXT NOT NULL,
    "status" "BrandRequestStatus" NOT NULL DEFAULT 'PENDING',
    "brand_id" TEXT,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMP(3),

    CONSTRAINT "brand_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "product_imports" (
    "id" TEXT NOT NULL,
    "store_id" TEXT NOT NULL,
    "actor_id" TEXT,
    "mode" "ProductImportMode" NOT NULL,
    "status" "ProductImportStatus" NOT NULL DEFAULT 'QUEUED',
    "filename" TEXT NOT NULL,
    "source" TEXT,
    "total_rows" INTEGER NOT NULL DEFAULT 0,
    "processed_rows" INTEGER NOT NULL DEFAULT 0,
    "created_count" INTEGER NOT NULL DEFAULT 0,
    "updated_count" INTEGER NOT NULL DEFAULT 0,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMP(3),
    "finished_at" TIMESTAMP(3),

    CONSTRAINT "product_imports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "brand_requests_status_created_at_idx" ON "brand_requests"("status", "created_at");

-- CreateIndex
CREATE INDEX "brand_requests_store_id_idx" ON "brand_requests"("store_id");

-- CreateIndex
CREATE INDEX "brand_requests_product_id_idx" ON "brand_requests"("product_id");

-- CreateIndex
CREATE INDEX "brand_requests_brand_id_idx" ON "brand_requests"("brand_id");

-- CreateIndex
CREATE INDEX "product_imports_store_id_created_at_idx" ON "product_imports"("store_id", "created_at");

-- CreateIndex
CREATE INDEX "product_imports_actor_id_idx" ON "product_imports"("actor_id");

-- CreateIndex
CREATE INDEX "product_imports_status_idx" ON "product_imports"("status");

-- CreateIndex
CREATE INDEX "product_images_upload_id_idx" ON "product_images"("upload_id");

-- CreateIndex
CREATE UNIQUE INDEX "product_variants_store_id_sku_key" ON "product_variants"("store_id", "sku");

-- CreateIndex
CREATE INDEX "stores_status_submitted_at_idx" ON "stores"("status", "submitted_at");

-- CreateIndex
CREATE INDEX "uploads_purpose_created_at_idx" ON "uploads"("purpose", "created_at");

-- AddForeignKey
ALTER TABLE "brand_requests" ADD CONSTRAINT "brand_requests_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "brand_requests" ADD CONSTRAINT "brand_requests_product_id_fkey" FOREIGN KEY ("product_id") REFERENCES "products"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "brand_requests" ADD CONSTRAINT "brand_requests_brand_id_fkey" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_variants" ADD CONSTRAINT "product_variants_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_upload_id_fkey" FOREIGN KEY ("upload_id") REFERENCES "uploads"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_imports" ADD CONSTRAINT "product_imports_store_id_fkey" FOREIGN KEY ("store_id") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "product_imports" ADD CONSTRAINT "product_imports_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- ───── What the schema language cannot say (listed in prisma/README.md) ─────

-- SKUs are unique within a store, and a variant's store is always its product's: the column is
-- filled here, never by the application, so no code path can put a variant in the wrong store.
CREATE FUNCTION bazaar_variant_store() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.store_id := (SELECT store_id FROM products WHERE id = NEW.product_id);
  RETURN NEW;
END $$;

CREATE TRIGGER product_variants_store
  BEFORE INSERT OR UPDATE OF product_id, store_id ON product_variants
  FOR EACH ROW EXECUTE FUNCTION bazaar_variant_store();

UPDATE product_variants v SET store_id = p.store_id FROM products p WHERE p.id = v.product_id;

-- A low-stock threshold is a number of units.
ALTER TABLE product_variants ADD CONSTRAINT product_variants_threshold_chk CHECK (low_stock_threshold >= 0);

-- One open request per brand name and store.
CREATE UNIQUE INDEX brand_requests_one_pending ON brand_requests (store_id, lower(name)) WHERE status = 'PENDING';

-- An import's progress never runs past its rows.
ALTER TABLE product_imports ADD CONSTRAINT product_imports_progress_chk
  CHECK (processed_rows BETWEEN 0 AND total_rows AND created_count >= 0 AND updated_count >= 0 AND error_count >= 0);
