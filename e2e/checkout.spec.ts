import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const DEMO_PASSWORD = "bazaar-demo";
// Two demo stores with different sellers (seller3 owns hearth-and-grain, seller4 paper-lantern-books).
const STORE_A = { slug: "hearth-and-grain", seller: "seller3@bazaar.test" };
const STORE_B = { slug: "paper-lantern-books", seller: "seller4@bazaar.test" };
const BUYER = "buyer19@bazaar.test";

async function signIn(page: Page, email: string, to: string) {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(to)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Off the sign-in page first: "/" matches any URL, and navigating on before the sign-in answered would cancel it.
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page).toHaveURL(new RegExp(to.replace(/[/?]/g, "\\$&")));
}

/** Opens the store's first product in stock and adds it to the cart; returns its title. */
async function addFirstProduct(page: Page, storeSlug: string): Promise<string> {
  await page.goto(`/store/${storeSlug}?stock=1`);
  const card = page.getByRole("article").first();
  const title = (await card.getByRole("heading").textContent())!.trim();
  await card.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText("Added to your cart")).toBeVisible();
  return title;
}

async function sellerPage(newContext: () => Promise<BrowserContext>, email: string) {
  const context = await newContext();
  const page = await context.newPage();
  await signIn(page, email, "/dashboard/orders");
  return { context, page };
}

test.describe("[CHECKOUT]", () => {
  test("two sellers → coupon → sandbox payment → seller ships in another browser → buyer sees it live → delivered → review", async ({ page, newContext }) => {
    test.setTimeout(120_000);
    await signIn(page, BUYER, "/");
    const titleA = await addFirstProduct(page, STORE_A.slug);
    await addFirstProduct(page, STORE_B.slug);

    // The cart groups by seller; a coupon applies there.
    await page.goto("/cart");
    await expect(page.getByRole("region", { name: /Items from/ })).toHaveCount(2);
    await page.getByLabel("Coupon code").fill("save5");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByTestId("cart-coupon")).toContainText("SAVE5");
    await page.getByRole("link", { name: "Proceed to checkout" }).click();

    // Checkout: default address, each seller's shipping, the coupon and tax on their own lines.
    await expect(page).toHaveURL(/\/checkout/);
    await expect(page.getByRole("region", { name: /Items from/ })).toHaveCount(2);
    await expect(page.getByTestId("checkout-total")).toHaveText(/\$\d/);
    await expect(page.getByText("Discount (SAVE5)")).toBeVisible();
    await page.getByRole("button", { name: "Place order and pay" }).click();

    // The sandbox's hosted page, then the confirmation.
    await expect(page).toHaveURL(/\/pay\/sandbox\//);
    await page.getByRole("button", { name: "Pay successfully" }).click();
    await expect(page).toHaveURL(/\/checkout\/complete\//);
    await expect(page.getByRole("heading", { name: /Thank you/ })).toBeVisible();
    const orderId = /\/checkout\/complete\/([0-9a-f-]+)/.exec(page.url())![1]!;
    const orderNumber = (await page.getByTestId("order-number").textContent())!.replace(/\D/g, "");

    // The buyer keeps the order page open.
    await page.goto(`/account/orders/${orderId}`);
    const partA = page.getByRole("region", { name: new RegExp(`Hearth`, "i") });
    await expect(partA.getByTestId("sub-order-status")).toHaveText("Paid");

    // The seller, in their own browser, prepares and ships it.
    const seller = await sellerPage(newContext, STORE_A.seller);
    await seller.page.getByRole("link", { name: `#${orderNumber}` }).click();
    await expect(seller.page.getByTestId("seller-order-status")).toHaveText("Paid");
    await seller.page.getByRole("button", { name: "Start preparing" }).click();
    await expect(seller.page.getByTestId("seller-order-status")).toHaveText("Preparing");
    await seller.page.getByLabel("Carrier").fill("DHL");
    await seller.page.getByLabel("Tracking number").fill("JD014600006281230");
    await seller.page.getByRole("button", { name: "Mark shipped" }).click();
    await expect(seller.page.getByTestId("seller-order-status")).toHaveText("In transit");

    // The buyer's open page follows without a reload.
    await expect(partA.getByTestId("sub-order-status")).toHaveText("In transit");
    await expect(partA).toContainText("JD014600006281230");

    await seller.page.getByRole("button", { name: "Mark delivered" }).click();
    await expect(seller.page.getByTestId("seller-order-status")).toHaveText("Delivered");
    await expect(partA.getByTestId("sub-order-status")).toHaveText("Delivered");
    await seller.context.close();

    // Delivered: the buyer may now review what they bought.
    await partA.getByRole("link", { name: titleA }).click();
    await expect(page.getByRole("heading", { level: 1, name: titleA })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Write a review" })).toBeVisible();
  });

  test("a refused order keeps what the shopper typed and chose, the country included", async ({ page }) => {
    await signIn(page, "buyer18@bazaar.test", "/");
    await addFirstProduct(page, STORE_B.slug);
    await page.goto("/checkout");
    await page.getByLabel("Use a new address").check();
    await page.getByLabel("Full name").fill("Erin Example");
    await page.getByLabel("Street address").fill("Unter den Linden 2");
    await page.getByLabel("City").fill("Berlin");
    // Four digits: not a German postal code, so the order is refused on that field.
    await page.getByLabel("Postal code").fill("1011");
    await page.getByLabel("Country").selectOption("DE");
    await expect(page.getByTestId("checkout-tax")).not.toHaveText("Added once you choose a country");
    await page.getByLabel("Save this address in my address book").uncheck();
    await page.getByRole("button", { name: "Place order and pay" }).click();

    await expect(page.getByText("Your order was not placed: see the highlighted details.")).toBeVisible();
    await expect(page.getByLabel("Postal code")).toHaveAccessibleDescription(/not a valid postal code/);
    await expect(page.getByLabel("Country")).toHaveValue("DE");
    await expect(page.getByLabel("Full name")).toHaveValue("Erin Example");
    await expect(page.getByLabel("Postal code")).toHaveValue("1011");
    await expect(page.getByLabel("Save this address in my address book")).not.toBeChecked();
    await expect(page.getByLabel("Use a new address")).toBeChecked();
  });
});
