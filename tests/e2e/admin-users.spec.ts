import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an admin filters the users by role, named as the header names it, and sees who is active", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await expect(page).toHaveURL("/admin");
  const role = page.getByLabel("Role", { exact: true });
  await expect(role.locator("option", { hasText: "Partner Help Desk" })).toHaveCount(1);
  await role.selectOption({ label: "Channel Account Manager" });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]role=CAM(&|$)/);

  const rows = page.getByRole("row").filter({ has: page.getByRole("cell") });
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    await expect(row.getByRole("cell", { name: "Channel Account Manager", exact: true })).toBeVisible();
  }
  await expect(page.getByRole("row").filter({ hasText: "cam@demo.test" }).getByText("Active", { exact: true })).toBeVisible();
});
