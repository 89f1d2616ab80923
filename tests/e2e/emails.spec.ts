import { expect, test } from "@playwright/test";
import { signIn, waitUntilCaptured } from "./helpers";

// cam.apac@demo.test is used by no other spec, so changing its password disturbs nothing running beside it.
const ACCOUNT = "cam.apac@demo.test";

test("a password reset link arrives by email, works once, and the new password signs in", async ({ browser }) => {
  const visitor = await browser.newPage();
  await visitor.goto("/forgot-password");
  await visitor.getByLabel("Email").fill(ACCOUNT);
  await visitor.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(visitor.getByRole("status")).toHaveText(/a reset link is on its way/);

  // Without SMTP_URL the worker captures mail; an admin reads it at /admin/emails.
  const admin = await browser.newPage();
  await signIn(admin, "admin@demo.test");
  await admin.getByRole("link", { name: "Emails" }).click();
  await admin.getByLabel("Recipient").fill(ACCOUNT);
  await admin.getByRole("button", { name: "Apply" }).click();
  await expect(admin).toHaveURL(/q=cam.apac/);
  const row = admin.getByRole("row").filter({ hasText: ACCOUNT });
  await waitUntilCaptured(admin, row);
  await row.getByRole("link", { name: "Reset your Partner Portal password" }).click();
  const text = await admin.getByRole("region", { name: "As plain text" }).textContent();
  const link = text?.match(/https?:\/\/\S+reset-password\?token=[\w-]+/)?.[0];
  expect(link).toBeTruthy();

  await visitor.goto(link!);
  await visitor.getByLabel("New password", { exact: true }).fill("apac-new-password");
  await visitor.getByLabel("Repeat the new password").fill("apac-new-password");
  await visitor.getByRole("button", { name: "Save the new password" }).click();
  await expect(visitor).toHaveURL(/\/login\?reset=1/);
  await expect(visitor.getByRole("status")).toHaveText("Your password is changed. Sign in with the new one.");

  await signIn(visitor, ACCOUNT, "apac-new-password");
  await expect(visitor).toHaveURL("/cam");

  // The same link does not work twice, and says so before a password is typed.
  const second = await browser.newPage();
  await second.goto(link!);
  await expect(second.getByRole("alert").filter({ hasText: "This reset link is not valid" })).toBeVisible();
  await expect(second.getByLabel("New password", { exact: true })).toHaveCount(0);
});

test("a partner cannot open the email log", async ({ page }) => {
  await signIn(page, "partner.admin@demo.test");
  await expect(page).toHaveURL("/partner");
  const response = await page.goto("/admin/emails");
  expect(response?.status()).toBe(403);
});

test("an admin previews every email template as HTML and as text", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await page.getByRole("link", { name: "Emails" }).click();
  await page.getByRole("link", { name: "Templates" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Email templates" })).toBeVisible();
  await expect(page.getByRole("region", { name: "passwordReset as plain text" })).toContainText(
    "Choose a new password: https://partners.example.com/reset-password?token=example",
  );
  await expect(page.frameLocator('iframe[title="passwordReset as HTML"]').getByRole("link", { name: "Choose a new password" })).toBeVisible();
});
