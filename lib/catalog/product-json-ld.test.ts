import { describe, expect, it } from "vitest";
import { centsToDecimalString, productJsonLd, serializeJsonLd, type JsonLdProductInput } from "./product-json-ld";

const base: JsonLdProductInput = {
  title: "Canvas tote",
  description: "Sturdy.",
  condition: "NEW",
  images: [{ url: "/demo/tote.svg" }, { url: "https://utfs.io/f/abc.jpg" }],
  brand: { name: "Northwind" },
  rating: 4.25,
  ratingCount: 8,
  store: { name: "Northwind Outfitters" },
  variants: [{ sku: "TOTE-1", priceCents: 1999, stockState: { kind: "in-stock" } }],
  flashSaleEndsAt: null,
};

describe("[SEO] product JSON-LD", () => {
  it("writes prices as decimal strings from integer cents", () => {
    expect(centsToDecimalString(1999)).toBe("19.99");
    expect(centsToDecimalString(5)).toBe("0.05");
    expect(centsToDecimalString(0)).toBe("0.00");
    expect(centsToDecimalString(100)).toBe("1.00");
    expect(centsToDecimalString(123456789)).toBe("1234567.89");
    // 0.1 + 0.2 style float errors cannot happen: 29 cents stays "0.29".
    expect(centsToDecimalString(29)).toBe("0.29");
    expect(() => centsToDecimalString(12.5)).toThrow(RangeError);
    expect(() => centsToDecimalString(-1)).toThrow(RangeError);
  });

  it("describes the product, its offer, brand and rating", () => {
    const data = productJsonLd(base, "https://bazaar.test/p/canvas-tote");
    expect(data).toEqual({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Canvas tote",
      description: "Sturdy.",
      url: "https://bazaar.test/p/canvas-tote",
      image: ["https://bazaar.test/demo/tote.svg", "https://utfs.io/f/abc.jpg"],
      sku: "TOTE-1",
      brand: { "@type": "Brand", name: "Northwind" },
      offers: {
        "@type": "Offer",
        sku: "TOTE-1",
        price: "19.99",
        priceCurrency: "USD",
        availability: "https://schema.org/InStock",
        itemCondition: "https://schema.org/NewCondition",
        url: "https://bazaar.test/p/canvas-tote",
        seller: { "@type": "Organization", name: "Northwind Outfitters" },
      },
      aggregateRating: { "@type": "AggregateRating", ratingValue: 4.25, reviewCount: 8, bestRating: 5, worstRating: 1 },
    });
  });

  it("lists one offer per variant with its availability, and leaves out a rating nobody gave", () => {
    const data = productJsonLd(
      {
        ...base,
        brand: null,
        ratingCount: 0,
        rating: 0,
        condition: "USED",
        flashSaleEndsAt: new Date("2030-05-01T12:00:00Z"),
        variants: [
          { sku: "A", priceCents: 500, stockState: { kind: "low", left: 2 } },
          { sku: "B", priceCents: 700, stockState: { kind: "sold-out" } },
        ],
      },
      "https://bazaar.test/p/x",
    );
    expect(data).not.toHaveProperty("aggregateRating");
    expect(data).not.toHaveProperty("brand");
    expect(data.offers).toMatchObject([
      { sku: "A", price: "5.00", availability: "https://schema.org/InStock", itemCondition: "https://schema.org/UsedCondition", priceValidUntil: "2030-05-01" },
      { sku: "B", price: "7.00", availability: "https://schema.org/OutOfStock" },
    ]);
  });

  it("escapes markup so seller text cannot close the script element", () => {
    const data = productJsonLd({ ...base, title: "</script><script>alert(1)</script>", description: "a & b <!-- c -->" }, "https://bazaar.test/p/x");
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(json).not.toContain(">");
    expect(json).toContain("\\u003c/script\\u003e");
    // Still the same data once parsed.
    expect(JSON.parse(json)).toEqual(data);
  });
});
