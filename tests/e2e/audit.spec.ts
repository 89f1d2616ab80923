import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an admin finds their own sign-in in the audit trail and filters by action", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await expect(page).toHaveURL("/admin");
  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page).toHaveURL("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();

  const ownSignIn = page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: "user.signed_in", exact: true }) })
    .filter({ hasText: "admin@demo.test" })
    .first();
  await expect(ownSignIn).toBeVisible();

  await page.getByLabel("Action", { exact: true }).selectOption("user.signed_in");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]action=user\.signed_in(&|$)/);
  await expect(ownSignIn).toBeVisible();
  for (const cell of await page.getByRole("row").locator("td:nth-child(4)").allTextContents()) {
    expect(cell).toBe("user.signed_in");
  }
});

test("a CAM opening the audit trail gets a 403 page", async ({ page }) => {
  await signIn(page, "cam@demo.test");
  await expect(page).toHaveURL("/cam");
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(403);
});
