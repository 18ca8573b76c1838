// The API documentation in a browser: /api/docs (Scalar, served by Bazaar itself) is reached from
// the site footer, loads nothing from another host and breaks no rule of the site's CSP; a token
// from POST /api/v1/auth/register, entered in the page's authentication field, lets "Test Request"
// on GET /me answer 200 with the new account's email. /api/redoc shows the same reference read-only.
import { expect, test, type Page } from "@playwright/test";

// The first render parses a 5 MB script: give it more time than the suite's default on a busy machine.
const FIRST_RENDER = { timeout: 30_000 };

/** Requests to other hosts and CSP violations: the docs must work offline, under the site's CSP. */
function watchOutside(page: Page, origin: string) {
  const outside: string[] = [];
  const violations: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && url.origin !== origin) outside.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) violations.push(message.text());
  });
  return { outside, violations };
}

test.describe("[API DOCS]", () => {
  test.describe.configure({ timeout: 120_000 });

  test("authorize with a bearer token, then send GET /me from the page", async ({ page, request, baseURL }) => {
    const email = `e2e-docs-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`;
    const registered = await request.post("/api/v1/auth/register", { data: { name: "Docs Reader", email, password: "amber-lighthouse-kettle" } });
    expect(registered.status()).toBe(201);
    const { data } = (await registered.json()) as { data: { accessToken: string } };
    const watched = watchOutside(page, new URL(baseURL!).origin);

    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "API documentation" }).click();
    await expect(page).toHaveURL(/\/api\/docs$/);
    await expect(page.getByRole("heading", { name: "Bazaar API", level: 1 })).toBeVisible(FIRST_RENDER);

    // Authorize: the bearer token field of the document's authentication panel.
    await page.getByPlaceholder("Token").first().fill(data.accessToken);

    // GET /me, opened in the page's API client, sent with the token from the browser (this page has
    // no session cookie: the 200 can only come from the token).
    await page.evaluate(() => (window.location.hash = "GET/me"));
    const operation = page.locator('section[id$="/GET/me"]');
    await operation.getByRole("button", { name: "Test Request" }).click();
    const client = page.getByRole("dialog");
    await expect(client.getByPlaceholder("Token")).toHaveValue(data.accessToken);
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/v1/me" && response.request().method() === "GET");
    await client.getByRole("button", { name: /^Send/ }).first().click();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(await response.request().headerValue("authorization")).toBe(`Bearer ${data.accessToken}`);
    await expect(client.getByText("200 OK")).toBeVisible();
    await expect(client.getByText(`"${email}"`)).toBeVisible();

    expect(watched.outside).toEqual([]);
    expect(watched.violations).toEqual([]);
  });

  test("/api/redoc shows the same reference, with nothing to send requests with", async ({ page, baseURL }) => {
    const watched = watchOutside(page, new URL(baseURL!).origin);
    await page.goto("/api/redoc");
    await expect(page.getByRole("heading", { name: "Bazaar API", level: 1 })).toBeVisible(FIRST_RENDER);
    await expect(page.getByText("/me", { exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Test Request" })).toHaveCount(0);
    expect(watched.outside).toEqual([]);
    expect(watched.violations).toEqual([]);
  });
});
