// [REVIEWS] review text reaches the page as text: markup in a review is shown, never run.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RatingHistogram } from "@/components/reviews/rating-histogram";
import { ReviewItem } from "@/components/reviews/review-item";
import { ratingSummary } from "./list-reviews";
import type { ReviewView } from "./review-view";

const review: ReviewView = {
  id: "r1",
  productId: "p1",
  rating: 4,
  title: `<img src=x onerror="alert(1)">`,
  body: `<script>alert("x")</script>\nSecond line`,
  verifiedPurchase: true,
  createdAt: "2026-03-01T12:00:00.000Z",
  updatedAt: "2026-03-01T12:00:00.000Z",
  edited: false,
  author: { displayName: "Ada L." },
};

describe("[REVIEWS] rendering", () => {
  it("escapes markup in the title and text, and shows the verified-purchase badge, name and date", () => {
    const html = renderToStaticMarkup(<ReviewItem review={review} />);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("Verified purchase");
    expect(html).toContain("Ada L.");
    expect(html).toContain("Mar 1, 2026");
    expect(html).toContain('aria-label="4 out of 5 stars"');
  });

  it("draws one bar per star count, 5 first, sized by share", () => {
    const html = renderToStaticMarkup(<RatingHistogram summary={ratingSummary([{ rating: 5, count: 3 }, { rating: 1, count: 1 }])} />);
    expect(html).toContain(">4.0<");
    expect([...html.matchAll(/(\d) stars?</g)].map((m) => m[1])).toEqual(["5", "4", "3", "2", "1"]);
    // The bars (the stars above them are drawn with widths too).
    expect([...html.matchAll(/class="block h-full rounded-full[^"]*" style="width:(\d+)%/g)].map((m) => m[1])).toEqual(["75", "0", "0", "0", "25"]);
  });
});
