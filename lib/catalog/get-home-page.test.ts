import { afterAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createStore, unique } from "../testing/factories";
import { getHomePage, openFlashSales, topCategories } from "./get-home-page";

// Far-future times and huge sales counts put this file's listings at the top of every home
// section whatever else the database holds; they are removed afterwards for the same reason.
const created: string[] = [];
const at = (time: string) => new Date(`2091-06-01T${time}:00Z`);
const now = at("12:00");

async function listing(options: {
  storeId: string;
  categoryId?: string;
  unitsSold?: number;
  featured?: boolean;
  publishedAt?: Date;
  status?: "ACTIVE" | "DRAFT";
  flash?: { priceCents: number | null; startsAt: Date; endsAt: Date };
}) {
  const slug = unique("home");
  const product = await db.product.create({
    data: {
      storeId: options.storeId,
      categoryId: options.categoryId ?? (await createCategory()).id,
      slug,
      title: `Listing ${slug}`,
      status: options.status ?? "ACTIVE",
      featured: options.featured ?? false,
      unitsSold: options.unitsSold ?? 0,
      priceCents: 4000,
      totalStock: 5,
      publishedAt: options.publishedAt ?? new Date("2020-01-01T00:00:00Z"),
      flashSalePriceCents: options.flash?.priceCents ?? null,
      flashSaleStartsAt: options.flash?.startsAt ?? null,
      flashSaleEndsAt: options.flash?.endsAt ?? null,
      variants: { create: { sku: unique("sku"), priceCents: 4000, stock: 5 } },
    },
  });
  created.push(product.id);
  return product;
}

afterAll(async () => {
  await db.product.deleteMany({ where: { id: { in: created } } });
});

describe("[HOME] getHomePage", () => {
  it("shows flash sales only while their window is open, the soonest to close first", async () => {
    const { store } = await createStore();
    const { store: pending } = await createStore({ status: "PENDING" });
    const open = await listing({ storeId: store.id, flash: { priceCents: 2500, startsAt: at("11:00"), endsAt: at("13:00") } });
    const closingSooner = await listing({ storeId: store.id, flash: { priceCents: 3000, startsAt: at("10:00"), endsAt: at("12:30") } });
    const notStarted = await listing({ storeId: store.id, flash: { priceCents: 2500, startsAt: at("12:01"), endsAt: at("14:00") } });
    const ended = await listing({ storeId: store.id, flash: { priceCents: 2500, startsAt: at("10:00"), endsAt: at("12:00") } });
    const noPrice = await listing({ storeId: store.id, flash: { priceCents: null, startsAt: at("11:00"), endsAt: at("13:00") } });
    const draft = await listing({ storeId: store.id, status: "DRAFT", flash: { priceCents: 2500, startsAt: at("11:00"), endsAt: at("13:00") } });
    const hidden = await listing({ storeId: pending.id, flash: { priceCents: 2500, startsAt: at("11:00"), endsAt: at("13:00") } });

    const home = await getHomePage(now);
    const ids = home.flashSales.map((p) => p.id);

    expect(ids.slice(0, 2)).toEqual([closingSooner.id, open.id]);
    for (const excluded of [notStarted, ended, noPrice, draft, hidden]) expect(ids).not.toContain(excluded.id);
    expect(home.flashSales[1]).toMatchObject({ priceCents: 2500, wasPriceCents: 4000, flashSaleEndsAt: "2091-06-01T13:00:00.000Z" });

    // An hour later the first window has closed and the second is still open.
    const later = await getHomePage(at("12:45"));
    expect(later.flashSales.map((p) => p.id)).toContain(open.id);
    expect(later.flashSales.map((p) => p.id)).not.toContain(closingSooner.id);

    // A cached copy from 12:00 shown at 12:45 drops the sale that has closed since.
    expect(openFlashSales(home.flashSales, at("12:45")).map((p) => p.id)).toEqual(home.flashSales.slice(1).map((p) => p.id));
  });

  it("orders best sellers by units sold and leaves out what never sold", async () => {
    const { store } = await createStore();
    const second = await listing({ storeId: store.id, unitsSold: 2_100_000_002 });
    const first = await listing({ storeId: store.id, unitsSold: 2_100_000_003 });
    const third = await listing({ storeId: store.id, unitsSold: 2_100_000_001 });
    const draft = await listing({ storeId: store.id, unitsSold: 2_100_000_009, status: "DRAFT" });

    const home = await getHomePage(now);

    expect(home.bestSellers.slice(0, 3).map((p) => p.id)).toEqual([first.id, second.id, third.id]);
    expect(home.bestSellers.map((p) => p.id)).not.toContain(draft.id);
    expect(home.bestSellers.length).toBeLessThanOrEqual(8);
  });

  it("shows featured listings, and new arrivals newest first", async () => {
    const { store } = await createStore();
    const featured = await listing({ storeId: store.id, featured: true, unitsSold: 2_100_000_100 });
    const older = await listing({ storeId: store.id, publishedAt: new Date("2091-01-01T00:00:00Z") });
    const newer = await listing({ storeId: store.id, publishedAt: new Date("2091-01-02T00:00:00Z") });

    const home = await getHomePage(now);

    expect(home.featured[0]?.id).toBe(featured.id);
    expect(home.newArrivals.slice(0, 2).map((p) => p.id)).toEqual([newer.id, older.id]);
    expect(home.newArrivals.length).toBeLessThanOrEqual(12);
  });

  it("counts a category's active listings of approved stores", async () => {
    const { store } = await createStore();
    const { store: pending } = await createStore({ status: "PENDING" });
    const category = await createCategory();
    const draftsOnly = await createCategory();
    for (let i = 0; i < 3; i++) await listing({ storeId: store.id, categoryId: category.id });
    await listing({ storeId: store.id, categoryId: category.id, status: "DRAFT" });
    await listing({ storeId: pending.id, categoryId: category.id });
    await listing({ storeId: store.id, categoryId: draftsOnly.id, status: "DRAFT" });

    const all = await topCategories(100_000);

    expect(all.find((c) => c.id === category.id)).toEqual({ id: category.id, slug: category.slug, name: category.name, imageUrl: null, listingCount: 3 });
    expect(all.find((c) => c.id === draftsOnly.id)).toBeUndefined();
    const counts = all.map((c) => c.listingCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect((await getHomePage(now)).topCategories.length).toBeLessThanOrEqual(8);
  });
});
