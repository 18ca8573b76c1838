// The account flows in a browser, end to end: sign up, confirm the email with the code from the
// outbox, sign out, reset the password from the emailed link, sign in; then turn on two-factor
// sign-in and sign in again with a TOTP code. Emails are read the way an admin reads them: from
// the outbox pages, in a second browser context signed in as the demo admin.
import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { Secret, TOTP } from "otpauth";

const DEMO_PASSWORD = "bazaar-demo";
const FIRST_PASSWORD = "copper-meadow-whistle";
const NEW_PASSWORD = "violet-harbour-lantern";

/** An admin page on the outbox, kept open for the whole test. */
async function outbox(newContext: () => Promise<BrowserContext>) {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto("/sign-in?callbackUrl=%2Fadmin%2Femails");
  await page.getByLabel("Email").fill("admin@bazaar.test");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Emails", level: 1 })).toBeVisible();

  /** The newest email to `to` whose subject matches; emails are sent by a background job, so poll. */
  async function open(to: string, subject: RegExp) {
    const link = page.getByRole("link", { name: subject }).first();
    await expect(async () => {
      await page.goto(`/admin/emails?to=${encodeURIComponent(to)}`);
      await expect(link).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    const text = (await link.textContent())!.trim();
    await link.click();
    const body = (await page.getByTestId("email-text").textContent()) ?? "";
    return { subject: text, body };
  }
  return { open, close: () => context.close() };
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("navigation", { name: "Account" }).getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
}

test.describe("[ACCOUNTS]", () => {
  test("sign up → verify → sign out → forgot password → reset → sign in → two-factor sign-in → change password → sign out everywhere", async ({ page, newContext }) => {
    test.setTimeout(120_000);
    const email = `e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}@example.test`;
    const admin = await outbox(newContext);

    // Sign up: bad input is answered on its field and nothing typed is lost.
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Create an account" }).click();
    await expect(page).toHaveURL(/\/sign-up/);
    await page.getByLabel("Name").fill("Erin Example");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("password123");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("This password is too common: choose one that is harder to guess")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page.getByLabel("Name")).toHaveValue("Erin Example");
    await page.getByLabel("Password").fill(FIRST_PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();

    // Signed in and asked for the code (hashing the password and signing in take seconds on a busy machine).
    await expect(page).toHaveURL(/\/verify-email/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { name: "Confirm your email address" })).toBeVisible();
    await expect(page.getByText(email)).toBeVisible();
    const codeEmail = await admin.open(email, /is your Bazaar verification code/);
    const code = codeEmail.subject.match(/^(\d{6}) /)![1]!;

    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    await page.getByLabel("Verification code").fill(wrongCode);
    await page.getByRole("button", { name: "Confirm email address" }).click();
    await expect(page.getByText(/That code is not right\. 4 tries left\./)).toBeVisible();
    await page.getByLabel("Verification code").fill(code);
    await page.getByRole("button", { name: "Confirm email address" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByTestId("account-name")).toHaveText("Erin Example");
    // The page it lands on says it worked, once.
    await expect(page.getByTestId("flash-notice")).toHaveText(/Your email address is confirmed\./);
    await page.reload();
    await expect(page.getByTestId("account-name")).toHaveText("Erin Example");
    await expect(page.getByTestId("flash-notice")).toBeEmpty();

    // Sign out, then forget the password.
    await signOut(page);
    await page.goto("/sign-in");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    // The sign-in page has an Email field too: wait until the new page is the one shown.
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toContainText("If an account exists for that address");

    const resetEmail = await admin.open(email, /Reset your Bazaar password/);
    const resetUrl = new URL(resetEmail.body.match(/https?:\/\/\S+\/reset-password\?token=[\w-]+/)![0]);
    await page.goto(resetUrl.pathname + resetUrl.search);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Repeat the new password").fill(`${NEW_PASSWORD}!`);
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByText("The passwords do not match")).toBeVisible();
    await page.getByLabel("Repeat the new password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page).toHaveURL(/\/sign-in\?reset=1/);
    await expect(page.getByRole("status")).toHaveText("Your password is changed. Sign in with your new password.");

    // The link works once.
    await page.goto(resetUrl.pathname + resetUrl.search);
    await page.getByLabel("New password", { exact: true }).fill("another-quiet-passphrase");
    await page.getByLabel("Repeat the new password").fill("another-quiet-passphrase");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("not valid or has already been used");

    // The old password is gone; the new one signs in.
    await signIn(page, email, FIRST_PASSWORD);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Email or password is incorrect");
    await signIn(page, email, NEW_PASSWORD);
    await expect(page.getByTestId("account-name")).toHaveText("Erin Example");

    // Turn on two-factor sign-in with a code computed from the key shown on the page.
    await page.goto("/account/security");
    await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    const secret = (await page.getByTestId("two-factor-secret").textContent())!.replace(/\s/g, "");
    const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
    await page.getByLabel("Code from the app").fill(totp.generate());
    await page.getByRole("button", { name: "Turn on" }).click();
    await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
    await page.getByRole("button", { name: "I have saved them" }).click();
    await expect(page.getByText("Signing in asks for a code from your authenticator app.")).toBeVisible();

    // Sign out and back in: the password is not enough any more.
    await signOut(page);
    await signIn(page, email, NEW_PASSWORD);
    const codeField = page.getByLabel("Authentication code");
    await expect(codeField).toBeVisible();
    await codeField.fill("000000" === totp.generate() ? "111111" : "000000");
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page.getByText("That code is not right. Try the current code, or a recovery code.")).toBeVisible();
    // The enrolment used the current step's code and codes are never accepted twice: use the next step's.
    await codeField.fill(totp.generate({ timestamp: Date.now() + 30_000 }));
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page.getByTestId("account-name")).toHaveText("Erin Example");

    // Changing the password keeps this browser signed in (every other session ends)...
    await page.goto("/account/security");
    await page.getByLabel("Current password").fill(NEW_PASSWORD);
    await page.getByLabel("New password", { exact: true }).fill(FIRST_PASSWORD);
    await page.getByLabel("New password again").fill(FIRST_PASSWORD);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/account\/security\?notice=password-changed/);
    await page.reload();
    await expect(page.getByTestId("account-name")).toHaveText("Erin Example");
    await expect((await admin.open(email, /Your Bazaar password was changed/)).body).toContain("changed from your account settings");

    // ...and signing out everywhere ends this one too.
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere/);
    await expect(page.getByRole("status")).toHaveText("You are signed out on every device.");

    await admin.close();
  });

  test("an unverified account can browse and use the cart; a code resent at once is throttled", async ({ page }) => {
    const email = `e2e-unverified-${Date.now().toString(36)}@example.test`;
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Uma Unverified");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(FIRST_PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/verify-email/);
    await page.getByRole("link", { name: "Do this later" }).click();
    await expect(page.getByTestId("account-name")).toHaveText("Uma Unverified");
    const cart = await page.goto("/cart");
    expect(cart?.status()).toBe(200);
    // Resending right away is throttled, with a clear message.
    await page.goto("/verify-email");
    await page.getByRole("button", { name: "Send a new code" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText(/We just sent you a code\. You can ask for another code in \d+ seconds?\./);
  });
});
