import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createProduct, createStore, refusal } from "../testing/factories";
import { getStorefront } from "./get-storefront";
import { formatMemberSince } from "./member-since";

describe("[STOREFRONT] getStorefront", () => {
  it("answers NOT_FOUND for an unknown store and for stores that are not approved", async () => {
    expect((await refusal(getStorefront("no-such-store-anywhere"))).code).toBe("NOT_FOUND");
    expect((await refusal(getStorefront(""))).code).toBe("NOT_FOUND");
    for (const status of ["PENDING", "SUSPENDED"] as const) {
      const { store } = await createStore({ status });
      expect((await refusal(getStorefront(store.slug))).code).toBe("NOT_FOUND");
    }
  });

  it("shows the store with its rating, member-since date and active listing count", async () => {
    const { store } = await createStore();
    await db.store.update({
      where: { id: store.id },
      data: { description: "Outdoor gear, tested.", ratingAverage: "4.50", ratingCount: 12, createdAt: new Date("2025-03-15T10:00:00Z") },
    });
    await createProduct({ storeId: store.id });
    await createProduct({ storeId: store.id });
    await createProduct({ storeId: store.id, status: "DRAFT" });
    await createProduct({ storeId: store.id, status: "ARCHIVED" });

    const storefront = await getStorefront(store.slug);

    expect(storefront).toEqual({
      id: store.id,
      slug: store.slug,
      name: store.name,
      description: "Outdoor gear, tested.",
      logoUrl: null,
      bannerUrl: null,
      rating: 4.5,
      ratingCount: 12,
      memberSince: "2025-03-15T10:00:00.000Z",
      listingCount: 2,
    });
    expect(formatMemberSince(storefront.memberSince)).toBe("March 2025");
  });
});

describe("[STOREFRONT] formatMemberSince", () => {
  it("names the month and year in UTC", () => {
    expect(formatMemberSince(new Date("2025-03-01T00:00:00Z"))).toBe("March 2025");
    expect(formatMemberSince("2024-12-31T23:59:59.999Z")).toBe("December 2024");
    // Late on 31 March in New York is already April in UTC.
    expect(formatMemberSince("2025-03-31T23:30:00-05:00")).toBe("April 2025");
  });
});
