import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProduct } from "@/lib/testing/factories";
import { GET as getCategories } from "./categories/route";
import { GET as getProduct } from "./products/[slug]/route";

const request = (url: string) => new NextRequest(`http://localhost${url}`);

describe("[API v1] catalog", () => {
  it("GET /products/{slug} returns the product with variant prices in cents", async () => {
    const product = await createProduct({ priceCents: 1999, variants: 2, stock: 3 });
    const response = await getProduct(request(`/api/v1/products/${product.slug}`), { params: Promise.resolve({ slug: product.slug }) });
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.slug).toBe(product.slug);
    expect(data.variants.map((v: { priceCents: number }) => v.priceCents)).toEqual([1999, 2099]);
    expect(data.variants[0].stock).toEqual({ kind: "low", left: 3 });
  });

  it("answers 404 with a JSON error, a code and the request id for an unknown or unlisted product", async () => {
    const draft = await createProduct({ status: "DRAFT" });
    for (const slug of ["no-such-product", draft.slug]) {
      const response = await getProduct(request(`/api/v1/products/${slug}`), { params: Promise.resolve({ slug }) });
      expect(response.status).toBe(404);
      const body = await response.json();
      expect(body.error).toMatchObject({ code: "NOT_FOUND", message: "Product not found" });
      expect(body.error.requestId).toBe(response.headers.get("x-request-id"));
    }
  });

  it("GET /categories returns the tree", async () => {
    const parent = await db.category.create({ data: { slug: `root-${Date.now()}`, name: "Root" } });
    await db.category.create({ data: { slug: `child-${Date.now()}`, name: "Child", parentId: parent.id } });
    const response = await getCategories(request("/api/v1/categories"), { params: Promise.resolve({}) });
    const { data } = await response.json();
    const node = data.find((c: { id: string }) => c.id === parent.id);
    expect(node.children.map((c: { name: string }) => c.name)).toEqual(["Child"]);
  });
});
