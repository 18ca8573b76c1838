// [REVIEWS] the product page's review section for each kind of viewer, rendered from real data.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createActor, createDeliveredOrder, createProduct } from "@/lib/testing/factories";
import { createReview } from ".";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth", () => ({ getActor: async () => session.actor, requireActor: async () => session.actor }));

const { ProductReviews } = await import("@/components/reviews/product-reviews");

async function render(product: { id: string; slug: string }, actor: Actor | null) {
  session.actor = actor;
  return renderToStaticMarkup(await ProductReviews({ productId: product.id, productSlug: product.slug }));
}

describe("[REVIEWS] product page section", () => {
  it("offers each viewer what they may do", async () => {
    const product = await createProduct();
    const author = await createActor();
    await createDeliveredOrder({ buyerId: author.userId, product });
    await createReview({ actor: author, productId: product.id, input: { rating: 5, title: "Lovely", body: "<b>Really</b> lovely thing, would buy again." } });

    const signedOut = await render(product, null);
    expect(signedOut).toContain(`href="/sign-in?callbackUrl=${encodeURIComponent(`/p/${product.slug}#reviews`)}"`);
    expect(signedOut).toContain("Sign in to review");
    expect(signedOut).toContain("&lt;b&gt;Really&lt;/b&gt;");
    expect(signedOut).toContain("Verified purchase");
    expect(signedOut).not.toContain(">Remove<");

    expect(await render(product, await createActor())).toContain("Only shoppers who received this item can review it");

    const buyer = await createActor();
    await createDeliveredOrder({ buyerId: buyer.userId, product });
    const form = await render(product, buyer);
    expect(form).toContain("Write a review");
    expect(form).toContain('name="productId"');
    expect(form).toContain("Post review");

    const own = await render(product, author);
    expect(own).toContain("Your review");
    expect(own).toContain("Edit your review");
    expect(own).toContain(">Delete<");
    expect(own).not.toContain("Write a review");

    const admin = await render(product, await createActor({ role: "ADMIN" }));
    expect(admin).toContain(">Remove<");
  });
});
