import { expect, test } from "./fixtures";

test.describe("[STOREFRONT]", () => {
  test("home → category → product → add to cart", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "New arrivals" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Featured" })).toBeVisible();
    // Every product image on the home page loaded.
    const newArrivals = page.locator("section", { has: page.getByRole("heading", { name: "New arrivals" }) });
    await expect(newArrivals.getByRole("article")).toHaveCount(12);

    // A top-level category from the header navigation lists its descendants' products.
    const categoryNav = page.getByRole("navigation", { name: "Categories" });
    const firstCategory = categoryNav.getByRole("link").first();
    const categoryName = (await firstCategory.textContent())!.trim();
    await firstCategory.click();
    await expect(page.getByRole("heading", { level: 1, name: categoryName })).toBeVisible();
    await expect(page.getByTestId("result-count")).toHaveText(/\d+ listings?/);
    await expect(page.getByRole("list", { name: "Sub-categories" }).getByRole("link").first()).toBeVisible();

    // Open an in-stock product: price, stock state and seller are shown.
    const card = page.getByRole("article").filter({ hasNot: page.getByText("Sold out") }).first();
    const title = (await card.getByRole("heading").textContent())!.trim();
    await card.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId("stock-state")).toHaveText(/In stock|Only \d+ left/);
    await expect(page.getByTestId("seller-card")).toContainText("Sold by");
    await expect(page.getByText(/\$\d/).first()).toBeVisible();

    await page.getByRole("button", { name: "Add to cart" }).click();
    await expect(page.getByText("Added to your cart")).toBeVisible();
    await expect(page.getByTestId("cart-count")).toHaveText("1");
    await page.getByRole("link", { name: "View cart" }).click();
    await expect(page.getByTestId("cart-item")).toHaveCount(1);
    await expect(page.getByTestId("cart-item")).toContainText(title);
  });

  test("search finds products and survives hostile input", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("combobox", { name: "Search Bazaar" }).fill("vintage");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=vintage/);
    await expect(page.getByTestId("result-count")).toBeVisible();

    const response = await page.goto(`/search?q=${encodeURIComponent(`"unclosed & | ! : * ( ) 🙂 ${"x".repeat(1000)}`)}`);
    expect(response?.status()).toBe(200);
  });

  test("an unknown product answers 404", async ({ page }) => {
    const response = await page.goto("/p/no-such-product-anywhere");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("We couldn't find that page")).toBeVisible();
  });
});
