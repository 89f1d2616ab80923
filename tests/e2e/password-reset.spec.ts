import { expect, test } from "@playwright/test";

test("asking for a reset link validates the address and never says whether the account exists", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page).toHaveURL("/forgot-password");

  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Email").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-address");

  for (const email of ["partner.user@demo.test", "nobody@demo.test"]) {
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByRole("status")).toHaveText(/If an account uses that address, a reset link is on its way/);
  }
});

test("a reset link with a made-up token is refused when the page loads", async ({ page }) => {
  await page.goto("/reset-password?token=made-up");
  await expect(page.getByRole("alert").filter({ hasText: "This reset link is not valid" })).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ask for a new reset link" })).toHaveAttribute("href", "/forgot-password");
});
