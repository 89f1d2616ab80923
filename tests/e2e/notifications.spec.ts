import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// phd@demo.test has unread seed notifications, and no other spec depends on its unread count. The count is read
// from the bell rather than fixed, so the spec also passes on a database an earlier run already marked read.
test("a PHD opens notifications from the bell, marks all read and turns off one kind of email", async ({ page }) => {
  await signIn(page, "phd@demo.test");
  await expect(page).toHaveURL("/phd/applicants");

  const banner = page.getByRole("banner");
  const bell = banner.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  await expect(bell).toBeVisible();
  const unread = Number((await bell.getAttribute("aria-label"))?.match(/\d+/)?.[0]);
  await bell.click();

  await expect(page).toHaveURL("/notifications");
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  // The seed gives this user fewer notifications than one page holds, so every unread one is listed.
  await expect(page.getByText("Unread", { exact: true })).toHaveCount(unread);

  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("status").filter({ hasText: /notifications? marked as read/ })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Notifications, 0 unread" })).toBeVisible();
  await expect(page.getByText("Unread", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Mark as read/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark all as read" })).toHaveCount(0);

  const newNfrRequests = page.getByLabel("New NFR request", { exact: true });
  await newNfrRequests.selectOption({ label: "Off" });
  await page.getByRole("button", { name: "Save email preferences" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Email preferences saved." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("New NFR request", { exact: true })).toHaveValue("OFF");
  await expect(page.getByLabel("Account review due", { exact: true })).toHaveValue("IMMEDIATE");
  // Only the kinds a PHD receives are offered.
  await expect(page.getByLabel("License expiring", { exact: true })).toHaveCount(0);
  await expect(page.getByLabel("SOW funds running low", { exact: true })).toHaveCount(0);
  await expect(banner.getByRole("link", { name: "Notifications, 0 unread" })).toBeVisible();
});

test("an anonymous visitor is sent to sign in and comes back to notifications", async ({ page }) => {
  await page.goto("/notifications");
  await expect(page).toHaveURL(/\/login\?callbackUrl=(%2F|\/)notifications$/);
});
