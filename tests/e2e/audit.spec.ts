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
    .filter({ has: page.getByRole("cell", { name: "User signed in", exact: true }) })
    .filter({ hasText: "admin@demo.test" })
    .first();
  await expect(ownSignIn).toBeVisible();
  await expect(ownSignIn.getByRole("cell", { name: "Channel operations admin", exact: true })).toBeVisible();
  await expect(ownSignIn.getByRole("cell", { name: "User", exact: true })).toBeVisible();

  await page.getByLabel("Action", { exact: true }).selectOption({ label: "User signed in" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]action=user\.signed_in(&|$)/);
  await expect(ownSignIn).toBeVisible();
  for (const cell of await page.getByRole("row").locator("td:nth-child(4)").allTextContents()) {
    expect(cell).toBe("User signed in");
  }
});

test("a CAM opening the audit trail gets a 403 page", async ({ page }) => {
  await signIn(page, "cam@demo.test");
  await expect(page).toHaveURL("/cam");
  const response = await page.goto("/admin/audit");
  expect(response?.status()).toBe(403);
});

test("an admin in another time zone reads the audit trail in UTC, and the page loads without script errors", async ({ browser }) => {
  const context = await browser.newContext({ timezoneId: "America/Los_Angeles" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));

  await signIn(page, "admin@demo.test");
  await expect(page).toHaveURL("/admin");
  await page.goto("/admin/audit");
  const when = page.getByRole("row").nth(1).getByRole("cell").first();
  await expect(when).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M UTC$/);
  // Hydration runs after the first paint; a mismatch is reported on the console once it has.
  await page.waitForLoadState("networkidle");
  expect(errors).toEqual([]);
  await context.close();
});
