// The order emails rendered through lib/email: subjects, the facts each must carry in both the HTML and
// the plain-text version, escaping of what sellers typed, refusal of props that would make a bad email,
// and totals that add up.
import { describe, expect, it } from "vitest";
import { emailTemplateNames, emailTemplates } from "@/emails";
import { renderEmail, type EmailTemplateProps } from "@/lib/email";
import { moneyRowsInText, totalsOf } from "@/lib/testing/totals";

const orderUrl = "https://bazaar.example/account/orders/5001";
const shipTo = { fullName: "Grace Hopper", line1: "1 Main Street", line2: "Apt 4", city: "Arlington", region: "VA", postalCode: "22201", country: "United States" };
const items = [
  { title: "Stoneware mug", variant: "Sea green", quantity: 2, amount: "$36.00" },
  { title: "Serving bowl", quantity: 1, amount: "$48.00" },
];

function placed(overrides: Partial<EmailTemplateProps<"order-placed">> = {}): EmailTemplateProps<"order-placed"> {
  return {
    name: "Grace",
    orderNumber: 5001,
    orderUrl,
    payUrl: "https://bazaar.example/checkout/pay/5001",
    sellers: [
      { storeName: "Ada's Ceramics", items, shippingMethod: "Express" },
      { storeName: "Linen & Loom", items: [{ title: "Linen tea towel", quantity: 3, amount: "$27.00" }] },
    ],
    subtotal: "$111.00",
    shipping: "$9.50",
    discount: "$11.10",
    couponCode: "WELCOME10",
    tax: "$8.75",
    taxLabel: "Sales tax",
    total: "$118.15",
    shipTo,
    ...overrides,
  };
}

const shipped = (overrides: Partial<EmailTemplateProps<"order-shipped">> = {}): EmailTemplateProps<"order-shipped"> => ({
  name: "Grace",
  orderNumber: 5001,
  storeName: "Ada's Ceramics",
  carrier: "UPS",
  trackingNumber: "1Z999AA10123456784",
  orderUrl,
  items,
  ...overrides,
});

/** Each fact appears in the HTML and in the plain text; the plain text holds no markup. */
function expectInBoth(rendered: { html: string; text: string }, facts: string[]) {
  // React separates adjacent text with empty comments ("#<!-- -->5001"), which readers never see.
  const html = rendered.html.replaceAll("<!-- -->", "");
  for (const fact of facts) {
    expect(html, fact).toContain(fact.replaceAll("&", "&amp;").replaceAll("'", "&#x27;"));
    expect(rendered.text, fact).toContain(fact);
  }
  expect(rendered.text).not.toMatch(/<[a-z/!]/i);
}

describe("[EMAIL] order-placed", () => {
  it("lists each seller's lines, the totals, the address, and a payment link while unpaid", async () => {
    const rendered = await renderEmail("order-placed", placed());
    expect(rendered.subject).toBe("Order #5001 placed on Bazaar");
    expectInBoth(rendered, [
      "#5001",
      "Ada's Ceramics",
      "Linen & Loom",
      "Stoneware mug",
      "Sea green · Qty 2",
      "$36.00",
      "$111.00",
      "$9.50",
      "-$11.10",
      "Discount (WELCOME10)",
      "Sales tax",
      "$8.75",
      "$118.15",
      "Shipping: Express",
      "1 Main Street",
      "Apt 4",
      "Arlington, VA 22201",
      "waiting for payment",
    ]);
    expect(rendered.html).toContain('href="https://bazaar.example/checkout/pay/5001"');
    expect(rendered.html).toContain(`href="${orderUrl}"`);
    expect(rendered.text).toContain("Complete payment https://bazaar.example/checkout/pay/5001");
    // In plain text each amount stays on its line's row.
    expect(rendered.text).toMatch(/Stoneware mug +\$36\.00/);
    expect(rendered.text).toMatch(/Total +\$118\.15/);
  });

  it("once paid, has no payment link; absent optional facts may arrive as null", async () => {
    const rendered = await renderEmail(
      "order-placed",
      placed({ payUrl: null, discount: null, couponCode: null, tax: null, taxLabel: null, shipTo: { ...shipTo, line2: null, region: null } }),
    );
    expect(rendered.html).not.toContain("checkout/pay");
    expect(rendered.text).not.toContain("Complete payment");
    expect(rendered.text).toContain("we will email you when each parcel is on its way");
    expect(rendered.text).not.toContain("Discount");
    expect(rendered.text).not.toContain("Tax");
    expect(rendered.text).toContain("Arlington 22201");
  });

  it("shows a discount once signed, whichever way it arrives, and names tax Tax by default", async () => {
    const { text } = await renderEmail("order-placed", placed({ discount: "-$11.10", couponCode: undefined, taxLabel: undefined }));
    expect(text).toMatch(/Discount +-\$11\.10/);
    expect(text).not.toContain("--$11.10");
    expect(text).toMatch(/Tax +\$8\.75/);
  });

  it("escapes markup in product titles and store names", async () => {
    const title = `<script>alert("x")</script><img src=x onerror=alert(1)> Mug`;
    const { html } = await renderEmail("order-placed", placed({ sellers: [{ storeName: "<b>Evil</b> Store", items: [{ title, quantity: 1, amount: "$1.00" }] }] }));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img src=x");
    expect(html).not.toContain("<b>Evil</b>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;b&gt;Evil&lt;/b&gt; Store");
  });

  it("refuses links that are not http(s), empty or oversized lists, and a bad order number", async () => {
    await expect(renderEmail("order-placed", placed({ orderUrl: "javascript:alert(1)" }))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.orderUrl": expect.any(Array) },
    });
    await expect(renderEmail("order-placed", placed({ payUrl: "data:text/html,hi" }))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.payUrl": expect.any(Array) },
    });
    const tooMany = Array.from({ length: 101 }, (_, i) => ({ title: `Item ${i}`, quantity: 1, amount: "$1.00" }));
    await expect(renderEmail("order-placed", placed({ sellers: [{ storeName: "Big Store", items: tooMany }] }))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.sellers.0.items": expect.any(Array) },
    });
    await expect(renderEmail("order-placed", placed({ sellers: [] }))).rejects.toMatchObject({ fields: { "props.sellers": expect.any(Array) } });
    await expect(renderEmail("order-placed", placed({ orderNumber: 12.5 }))).rejects.toMatchObject({ fields: { "props.orderNumber": expect.any(Array) } });
    await expect(renderEmail("order-placed", placed({ shipTo: { ...shipTo, city: "" } }))).rejects.toMatchObject({
      fields: { "props.shipTo.city": expect.any(Array) },
    });
  });
});

describe("[EMAIL] new-order", () => {
  const newOrder = (paid: boolean): EmailTemplateProps<"new-order"> => ({
    storeName: "Ada's Ceramics",
    orderNumber: 5001,
    orderUrl: "https://bazaar.example/dashboard/orders/5001",
    paid,
    items,
    subtotal: "$84.00",
    shipping: "$6.50",
    total: "$90.50",
    shipTo,
    shippingMethod: "Standard",
  });

  it("tells the seller not to ship an unpaid order", async () => {
    const rendered = await renderEmail("new-order", newOrder(false));
    expect(rendered.subject).toBe("New order #5001 for Ada's Ceramics");
    expectInBoth(rendered, ["#5001", "Stoneware mug", "$84.00", "$6.50", "$90.50", "Grace Hopper", "Shipping method: Standard", "Don't ship until payment is confirmed"]);
    expect(rendered.text).not.toContain("Payment confirmed");
    expect(rendered.html).toContain('href="https://bazaar.example/dashboard/orders/5001"');
  });

  it("says a paid order is ready to prepare", async () => {
    const rendered = await renderEmail("new-order", newOrder(true));
    expectInBoth(rendered, ["Payment confirmed — the order is ready to prepare"]);
    expect(rendered.text).not.toContain("Don't ship");
  });

  it("refuses a missing paid flag", async () => {
    const { paid: _paid, ...withoutPaid } = newOrder(true);
    await expect(renderEmail("new-order", withoutPaid as never)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.paid": expect.any(Array) },
    });
  });
});

describe("[EMAIL] order-shipped", () => {
  it("carries the carrier, the tracking number and the parcel's lines", async () => {
    const rendered = await renderEmail("order-shipped", shipped());
    expect(rendered.subject).toBe("Your order #5001 from Ada's Ceramics is on its way");
    expectInBoth(rendered, ["#5001", "Carrier: UPS", "Tracking number: 1Z999AA10123456784", "Stoneware mug", "$36.00", "Serving bowl", "$48.00"]);
    expect(rendered.html).toContain(`href="${orderUrl}"`);
  });

  it("refuses a missing carrier or tracking number", async () => {
    const { carrier: _carrier, ...withoutCarrier } = shipped();
    await expect(renderEmail("order-shipped", withoutCarrier as never)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.carrier": expect.any(Array) },
    });
    await expect(renderEmail("order-shipped", shipped({ trackingNumber: "  " }))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.trackingNumber": expect.any(Array) },
    });
  });
});

describe("[EMAIL] order-delivered", () => {
  const delivered = (reviews: { title: string; url: string }[]): EmailTemplateProps<"order-delivered"> => ({
    name: "Grace",
    orderNumber: 5001,
    storeName: "Ada's Ceramics",
    orderUrl,
    reviews,
  });

  it("links to a review of each product", async () => {
    const rendered = await renderEmail(
      "order-delivered",
      delivered([
        { title: "Stoneware mug", url: "https://bazaar.example/products/stoneware-mug#review" },
        { title: "Serving bowl", url: "https://bazaar.example/products/serving-bowl#review" },
      ]),
    );
    expect(rendered.subject).toBe("Delivered: order #5001 from Ada's Ceramics");
    expectInBoth(rendered, ["#5001", "Stoneware mug", "Serving bowl", "Write a review"]);
    expect(rendered.html).toContain('href="https://bazaar.example/products/stoneware-mug#review"');
    expect(rendered.html).toContain('href="https://bazaar.example/products/serving-bowl#review"');
    expect(rendered.text).toContain("Write a review https://bazaar.example/products/serving-bowl#review");
  });

  it("leaves out the review section when there is nothing to review", async () => {
    const { text } = await renderEmail("order-delivered", delivered([]));
    expect(text).toContain("has been delivered");
    expect(text).not.toContain("Write a review");
  });

  it("refuses more than 20 review links, and links that are not http(s)", async () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ title: `Product ${i}`, url: `https://bazaar.example/products/${i}` }));
    await expect(renderEmail("order-delivered", delivered(many))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.reviews": expect.any(Array) },
    });
    await expect(renderEmail("order-delivered", delivered([{ title: "Mug", url: "javascript:alert(1)" }]))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.reviews.0.url": expect.any(Array) },
    });
  });
});

describe("[EMAIL] order-cancelled", () => {
  const cancelled = (overrides: Partial<EmailTemplateProps<"order-cancelled">>): EmailTemplateProps<"order-cancelled"> => ({
    recipient: "buyer",
    name: "Grace",
    orderNumber: 5001,
    storeName: "Ada's Ceramics",
    reason: "Cancelled by the seller",
    orderUrl,
    ...overrides,
  });

  it("tells the buyer why, and what is refunded", async () => {
    const rendered = await renderEmail("order-cancelled", cancelled({ refund: "$90.50" }));
    expect(rendered.subject).toBe("Order #5001 from Ada's Ceramics was cancelled");
    expectInBoth(rendered, ["#5001", "Reason: Cancelled by the seller", "Refund: $90.50", "We are refunding $90.50"]);
  });

  it("mentions no refund when nothing was paid", async () => {
    const { text } = await renderEmail("order-cancelled", cancelled({ reason: "Not paid within 30 minutes", refund: null }));
    expect(text).toContain("Reason: Not paid within 30 minutes");
    expect(text).not.toMatch(/refund/i);
  });

  it("tells the seller there is nothing to ship", async () => {
    const rendered = await renderEmail(
      "order-cancelled",
      cancelled({ recipient: "seller", name: "Ada", reason: "Cancelled by the buyer", refund: "$90.50", orderUrl: "https://bazaar.example/dashboard/orders/5001" }),
    );
    expect(rendered.subject).toBe("Order #5001 was cancelled");
    expectInBoth(rendered, ["Hi Ada", "#5001", "There is nothing to ship", "Reason: Cancelled by the buyer", "The buyer is refunded $90.50"]);
    expect(rendered.text).not.toContain("payment method you used");
  });

  it("refuses an unknown recipient or an empty reason", async () => {
    await expect(renderEmail("order-cancelled", cancelled({ recipient: "admin" as never }))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.recipient": expect.any(Array) },
    });
    await expect(renderEmail("order-cancelled", cancelled({ reason: "" }))).rejects.toMatchObject({ fields: { "props.reason": expect.any(Array) } });
  });
});

describe("[EMAIL] order-refunded", () => {
  const refunded = (overrides: Partial<EmailTemplateProps<"order-refunded">>): EmailTemplateProps<"order-refunded"> => ({
    name: "Grace",
    orderNumber: 5001,
    storeName: "Ada's Ceramics",
    amount: "$18.00",
    full: false,
    orderUrl,
    ...overrides,
  });

  it("gives the amount and says whether it is everything", async () => {
    const partial = await renderEmail("order-refunded", refunded({ reason: "One mug arrived broken" }));
    expect(partial.subject).toBe("Refund of $18.00 for order #5001");
    expectInBoth(partial, ["$18.00", "#5001", "Ada's Ceramics", "Reason: One mug arrived broken", "the rest of the order stands"]);

    const full = await renderEmail("order-refunded", refunded({ amount: "$90.50", full: true }));
    expect(full.subject).toBe("Refund of $90.50 for order #5001");
    expectInBoth(full, ["$90.50", "everything you paid"]);
    expect(full.text).not.toContain("Reason:");
  });

  it("refuses a missing amount", async () => {
    await expect(renderEmail("order-refunded", refunded({ amount: "" }))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { "props.amount": expect.any(Array) },
    });
  });
});

describe("[EMAIL] totals add up", () => {
  // The examples each template shows in the email preview are real orders' shapes: their lines must
  // add up too (the orders Bazaar sends are checked in lib/orders/order-emails-add-up.test.ts).
  const withTotals = emailTemplateNames.filter((name) => "total" in (emailTemplates[name].component as { PreviewProps?: object }).PreviewProps!);

  it.each(withTotals)("%s: the example's item lines sum to its subtotal, and its lines to its total", async (name) => {
    const preview = (emailTemplates[name].component as unknown as { PreviewProps: EmailTemplateProps<typeof name> }).PreviewProps;
    const rows = moneyRowsInText((await renderEmail(name, preview)).text);
    const subtotalAt = rows.findIndex((row) => row.label === "Subtotal");
    expect(rows.slice(0, subtotalAt).reduce((sum, row) => sum + row.cents, 0)).toBe(rows[subtotalAt]!.cents);
    const { sum, total, lines } = totalsOf(rows.slice(subtotalAt));
    expect(sum).toBe(total.cents);
    expect(lines.map((row) => row.label)).toEqual(["Subtotal", "Shipping", "Discount (WELCOME10)", "Sales tax"]);
  });

  it("covers every template that shows a total", () => {
    expect(withTotals.sort()).toEqual(["new-order", "order-placed"]);
  });
});
