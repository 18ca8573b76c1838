// Builds the demo catalog in memory: the category tree, brands, and a few hundred listings with
// variants and images. Stock and sales are settled later, once the orders are known.
import type { Prisma } from "../../lib/db";
import { demoImageLabel, demoImageUrl } from "./images";
import { conditionFor, listingDescription, listingTitle, variantDrafts, type Condition, type VariantDraft } from "./catalog-text";
import type { SeedStore } from "./people";
import type { Random } from "./random";
import { DAY, HOUR, newId, niceCents, slugify, uniqueSlugger } from "./util";
import { ALL_BRANDS, ALL_KINDS, CATALOG, type KindRef } from "./vocab";

export const DEMO_ACTIVE_PRODUCTS = 324;
const DRAFT_PRODUCTS = 6;
const ARCHIVED_PRODUCTS = 4;
const FEATURED = 20;
const FLASH_SALES = 10;

export interface SeedVariant extends VariantDraft {
  id: string;
  sku: string;
  compareAtPriceCents: number | null;
  stock: number;
  position: number;
  /** Units sold by the seeded orders; the ledger starts at stock + sold. */
  sold: number;
}

export interface SeedProduct {
  id: string;
  ref: KindRef;
  store: SeedStore;
  categoryId: string;
  brandId: string | null;
  slug: string;
  title: string;
  description: string;
  condition: Condition;
  status: "ACTIVE" | "DRAFT" | "ARCHIVED";
  featured: boolean;
  flashSalePriceCents: number | null;
  flashSaleStartsAt: Date | null;
  flashSaleEndsAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  images: { id: string; url: string; alt: string; position: number }[];
  variants: SeedVariant[];
  unitsSold: number;
}

export interface Catalog {
  categories: Prisma.CategoryCreateManyInput[];
  brands: Prisma.BrandCreateManyInput[];
  products: SeedProduct[];
}

function buildCategories() {
  const categories: Prisma.CategoryCreateManyInput[] = [];
  const leafIds = new Map<string, string>();
  CATALOG.forEach((top, i) => {
    const topId = newId();
    categories.push({ id: topId, slug: top.slug, name: top.name, description: top.description, imageUrl: demoImageUrl(top.image), position: i });
    top.children.forEach((leaf, j) => {
      const id = newId();
      leafIds.set(leaf.slug, id);
      const image = leaf.kinds[0]!.image;
      categories.push({ id, parentId: topId, slug: leaf.slug, name: leaf.name, description: leaf.description, imageUrl: demoImageUrl(image), position: j });
    });
  });
  return { categories, leafIds };
}

/** Up to four pictures: the kind's own first, then ones that suit it from the same category. */
function pickImages(rng: Random, ref: KindRef): string[] {
  const count = rng.weighted([1, 2, 3, 4], [3, 4, 3, 2]);
  const sameLeaf = ref.leaf.kinds.map((k) => k.image);
  const candidates = [...new Set([...(ref.kind.gallery ?? []), ...sameLeaf].filter((name) => name !== ref.kind.image))];
  return [ref.kind.image, ...rng.sample(candidates, count - 1)];
}

function stockFor(rng: Random, condition: Condition): number {
  if (condition === "USED") return rng.chance(0.15) ? 0 : 1;
  const r = rng.next();
  if (r < 0.08) return 0;
  if (r < 0.22) return rng.int(1, 5);
  return rng.int(6, 60);
}

export function buildCatalog(rng: Random, now: Date, stores: SeedStore[]): Catalog {
  const { categories, leafIds } = buildCategories();
  const brandIds = new Map(ALL_BRANDS.map((name) => [name, newId()]));
  const brands = [...brandIds].map(([name, id]) => ({ id, name, slug: slugify(name) }));
  const slug = uniqueSlugger();
  const titles = new Set<string>();
  const total = DEMO_ACTIVE_PRODUCTS + DRAFT_PRODUCTS + ARCHIVED_PRODUCTS;
  const products: SeedProduct[] = [];

  for (let n = 0; n < total; n++) {
    // Every kind three times over, then at random: all kinds show up, none dominates.
    const ref = n < ALL_KINDS.length * 3 ? ALL_KINDS[n % ALL_KINDS.length]! : rng.pick(ALL_KINDS);
    const { top, kind } = ref;
    const store = rng.pick(stores.filter((s) => s.def.sells.includes(top.slug)));
    const brandName = kind.unbranded || rng.chance(0.92) ? rng.pick(kind.brands ?? top.brands) : null;
    let title = "";
    let adjective = "";
    let noun = "";
    for (let attempt = 0; attempt < 12 && (attempt === 0 || titles.has(title)); attempt++) {
      adjective = rng.pick(kind.adjectives);
      noun = rng.pick(kind.nouns);
      title = listingTitle(kind, brandName, adjective, noun);
    }
    titles.add(title);
    const condition = conditionFor(rng, kind);
    const status = n < DRAFT_PRODUCTS ? "DRAFT" : n < DRAFT_PRODUCTS + ARCHIVED_PRODUCTS ? "ARCHIVED" : "ACTIVE";
    const publishedAt = status === "DRAFT" ? null : new Date(now.getTime() - (status === "ARCHIVED" ? rng.float(60, 90) : rng.float(0.5, 90)) * DAY);
    const createdAt = new Date((publishedAt?.getTime() ?? now.getTime() - rng.float(1, 20) * DAY) - rng.float(1, 72) * HOUR);
    const onSale = condition === "NEW" && rng.chance(0.25);
    const id = newId();
    const variants = variantDrafts(rng, kind, condition).map((draft, position): SeedVariant => {
      const compareAt = onSale ? niceCents(draft.priceCents * rng.float(1.2, 1.45)) : null;
      return {
        ...draft,
        id: newId(),
        sku: `${store.def.sku}-${String(n + 1).padStart(4, "0")}-${position + 1}`,
        compareAtPriceCents: compareAt && compareAt > draft.priceCents ? compareAt : null,
        stock: stockFor(rng, condition),
        position,
        sold: 0,
      };
    });
    const images = pickImages(rng, ref).map((name, position) => ({
      id: newId(),
      url: demoImageUrl(name),
      alt: position === 0 ? title : `${title}: ${demoImageLabel(name).toLowerCase()}`,
      position,
    }));
    const description = listingDescription(rng, top, kind, { title, brand: brandName, adjective, noun }, condition);
    products.push({
      id,
      ref,
      store,
      categoryId: leafIds.get(ref.leaf.slug)!,
      brandId: brandName ? brandIds.get(brandName)! : null,
      slug: slug(title),
      title,
      description,
      condition,
      status,
      featured: false,
      flashSalePriceCents: null,
      flashSaleStartsAt: null,
      flashSaleEndsAt: null,
      publishedAt,
      createdAt,
      images,
      variants,
      unitsSold: 0,
    });
  }

  const inStock = (p: SeedProduct) => p.status === "ACTIVE" && p.variants.some((v) => v.stock > 0);
  for (const p of rng.sample(products.filter(inStock), FEATURED)) p.featured = true;
  for (const p of rng.sample(products.filter((p) => inStock(p) && !p.featured && p.condition === "NEW"), FLASH_SALES)) {
    const lowest = Math.min(...p.variants.map((v) => v.priceCents));
    const price = Math.floor((lowest * rng.float(0.7, 0.85)) / 100) * 100 - 1;
    p.flashSalePriceCents = price > 0 && price < lowest ? price : Math.max(1, lowest - 100);
    p.flashSaleStartsAt = new Date(now.getTime() - DAY - rng.float(0, 6) * HOUR);
    p.flashSaleEndsAt = new Date(now.getTime() + rng.int(1, 3) * DAY);
  }
  return { categories, brands, products };
}
