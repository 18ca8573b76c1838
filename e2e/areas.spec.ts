import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const PASSWORD = "bazaar-demo";

async function signIn(page: Page, email: string, returnTo = "/") {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signed in once the sign-in page is left; navigating on before would cancel it.
  await expect(page).not.toHaveURL(/\/sign-in/);
}

test.describe("[AREAS]", () => {
  test("a wrong password is refused with a clear message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill("buyer1@bazaar.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Email or password is incorrect");
  });

  test("the seller dashboard needs sign-in, then shows the seller's store", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);
    await page.getByLabel("Email").fill("seller1@bazaar.test");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByText("Seller dashboard").first()).toBeVisible();
    await expect(page.getByText("Active listings")).toBeVisible();
  });

  test("a buyer is shown 403 in the seller and admin areas", async ({ page }) => {
    await signIn(page, "buyer2@bazaar.test");
    await expect(page.getByTestId("account-name")).toBeVisible();
    for (const path of ["/dashboard", "/admin"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByText("You don't have access to this page")).toBeVisible();
    }
  });

  test("an admin sees the marketplace overview and the email outbox", async ({ page }) => {
    await signIn(page, "admin@bazaar.test", "/admin");
    await expect(page.getByRole("heading", { name: "Marketplace overview" })).toBeVisible();
    await page.getByRole("link", { name: "Emails" }).click();
    await expect(page.getByRole("heading", { name: "Emails", level: 1 })).toBeVisible();
  });

  test("Admin → Searches keeps its columns on screen when a search term is very long", async ({ page }) => {
    const term = `nothingcalledthis${"q".repeat(180)}`;
    await page.goto(`/search?q=${term}`);
    await expect(page.getByTestId("result-count")).toBeVisible();
    await signIn(page, "admin@bazaar.test", "/admin/searches");
    // Searches are written in batches, a second apart.
    const link = page.getByTestId("search-term").getByRole("link", { name: term });
    await expect(async () => {
      await page.goto("/admin/searches");
      await expect(link).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(link).toHaveAttribute("title", term);
    const table = page.getByRole("table");
    expect(await table.evaluate((element) => element.parentElement!.scrollWidth - element.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
    await expect(page.getByRole("columnheader", { name: "Last searched" })).toBeInViewport();
  });

  test("on a phone the account sections and the seller's orders fit the screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, "seller3@bazaar.test", "/account");
    const sections = page.getByRole("navigation", { name: "Account sections" }).getByRole("link");
    await expect(sections).toHaveCount(6);
    for (const link of await sections.all()) await expect(link).toBeInViewport({ ratio: 1 });

    await page.goto("/dashboard/orders");
    const card = page.getByTestId("seller-order-card").first();
    await expect(card).toBeVisible();
    // Number, status and total of an order all show without scrolling sideways.
    for (const part of [card.getByRole("link", { name: /^#\d+$/ }), card.getByText(/^\$[\d,]+\.\d{2}$/), card.locator("[data-status]")]) {
      await expect(part).toBeInViewport({ ratio: 1 });
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
