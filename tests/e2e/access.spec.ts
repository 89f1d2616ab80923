import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a partner opening the PHD area gets a 403 page", async ({ page }) => {
  await signIn(page, "partner.user@demo.test");
  await expect(page).toHaveURL("/partner");
  const response = await page.goto("/phd/applicants");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});

test("a CAM opening the admin area gets a 403 page", async ({ page }) => {
  await signIn(page, "cam@demo.test");
  await expect(page).toHaveURL("/cam");
  const response = await page.goto("/admin");
  expect(response?.status()).toBe(403);
});

test("an anonymous visit to /cam goes to /login and back to /cam after sign-in", async ({ page }) => {
  await page.goto("/cam");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcam$/);
  await page.getByLabel("Email").fill("cam@demo.test");
  await page.getByLabel("Password").fill(process.env.DEMO_PASSWORD ?? "demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/cam");
  await expect(page.getByRole("heading", { level: 1, name: "Home" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await expect(page).toHaveURL("/admin");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await expect(page.getByRole("status")).toHaveText("You are signed out.");
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
});

test("the CAM's accounts table sorts and pages through the URL", async ({ page }) => {
  await signIn(page, "cam@demo.test");
  await expect(page).toHaveURL("/cam");
  await page.goto("/accounts");
  const partnerHeader = page.getByRole("columnheader", { name: /Partner/ }).getByRole("link");
  await partnerHeader.click();
  await expect(page).toHaveURL(/sort=legalName&dir=desc/);
  await expect(page.getByRole("columnheader", { name: /Partner/ })).toHaveAttribute("aria-sort", "descending");
  const first = await page.getByRole("row").nth(1).textContent();
  await partnerHeader.click();
  await expect(page).toHaveURL(/sort=legalName&dir=asc/);
  expect(await page.getByRole("row").nth(1).textContent()).not.toBe(first);
});
