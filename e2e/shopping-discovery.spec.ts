import { expect, test } from "./fixtures";

const DEMO_PASSWORD = "bazaar-demo";

test.describe("[DISCOVERY]", () => {
  test("search → filter → product → variant → wishlist (signing in on the way) → wishlist page", async ({ page }) => {
    await page.goto("/");

    // Suggestions while typing; Escape closes them and Enter searches for the text.
    const searchBox = page.getByRole("combobox", { name: "Search Bazaar" });
    await searchBox.fill("wrap dres");
    await expect(page.getByRole("option", { name: /Northwind Tiered Wrap Dress/ })).toBeVisible();
    await searchBox.press("Escape");
    await searchBox.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=wrap\+dres/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Results for “wrap dres”");
    await expect(page.getByTestId("result-count")).toHaveText("2 listings");

    // A brand filter applies at once, lands in the URL and shows as a removable chip.
    await page.getByRole("group", { name: "Brand" }).getByLabel("Northwind").check();
    await expect(page).toHaveURL(/brand=northwind/);
    await expect(page.getByTestId("result-count")).toHaveText("1 listing");
    await expect(page.getByRole("list", { name: "Active filters" })).toContainText("Northwind");
    // The back button returns to the unfiltered results, and forward to the filtered ones.
    await page.goBack();
    await expect(page.getByTestId("result-count")).toHaveText("2 listings");
    await page.goForward();
    await expect(page.getByTestId("result-count")).toHaveText("1 listing");

    await page.getByRole("article").getByRole("link", { name: "Northwind Tiered Wrap Dress" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Northwind Tiered Wrap Dress" })).toBeVisible();

    // Picking a size picks that SKU: its stock state follows.
    await page.locator("label", { hasText: /^L$/ }).click();
    await expect(page.getByRole("group", { name: /Size: L/ })).toBeVisible();
    await expect(page.getByTestId("stock-state")).toHaveText("Only 2 left");
    await page.locator("label", { hasText: /^M$/ }).click();
    await expect(page.getByTestId("stock-state")).toHaveText(/In stock|Only \d+ left/);

    // Signed out, the heart asks the shopper to sign in and brings them back with the item saved.
    const productUrl = page.url();
    await page.getByRole("button", { name: "Save Northwind Tiered Wrap Dress to wishlist" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.getByLabel("Email").fill("buyer7@bazaar.test");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(productUrl);
    await expect(page.getByRole("button", { name: "Remove Northwind Tiered Wrap Dress from wishlist" })).toHaveAttribute("aria-pressed", "true");

    await page.goto("/account/wishlist");
    await expect(page.getByRole("article").filter({ hasText: "Northwind Tiered Wrap Dress" })).toBeVisible();
  });

  test("a typo still finds the product, a farther one is offered, and sellers can be searched by name", async ({ page }) => {
    await page.goto("/search?q=northwnd%20tiered");
    await expect(page.getByTestId("did-you-mean")).toContainText("Showing results for northwind tiered");
    await expect(page.getByRole("article").filter({ hasText: "Northwind Tiered Wrap Dress" })).toBeVisible();

    // A word with another first letter is only offered, not searched in its place.
    await page.goto("/search?q=jacket");
    await expect(page.getByTestId("did-you-mean")).toHaveText("No results for “jacket” — did you mean racket?");
    await expect(page.getByTestId("result-count")).toHaveText("0 listings");
    await page.getByTestId("did-you-mean").getByRole("link", { name: "racket" }).click();
    await expect(page).toHaveURL(/\/search\?q=racket$/);
    await expect(page.getByRole("article").filter({ hasText: "Padel Racket" }).first()).toBeVisible();

    await page.getByRole("link", { name: "Sellers" }).click();
    await expect(page).toHaveURL(/mode=stores/);
    await page.goto("/search?q=northwind&mode=stores");
    await page.getByRole("link", { name: "Northwind Outfitters" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Northwind Outfitters" })).toBeVisible();
    await expect(page.getByText(/Member since/)).toBeVisible();
  });
});
