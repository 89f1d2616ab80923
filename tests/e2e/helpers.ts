import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "demo-password";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function expectSignedInAs(page: Page, name: RegExp | string) {
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText(name);
}

/**
 * The email log shows what was there when it loaded, and the worker captures a message a moment after it is queued:
 * reload, as a person would, until the message's row says Captured.
 */
export async function waitUntilCaptured(page: Page, row: Locator) {
  await expect(async () => {
    await page.reload();
    await expect(row.getByText("Captured")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * Opens a table's Columns menu. The menu is drawn by the page's script, so a click that lands before the script has
 * run does nothing, and a person clicks again: so does this, until the menu says it is open.
 */
export async function openColumnsMenu(page: Page): Promise<Locator> {
  const button = page.getByRole("button", { name: "Columns" });
  await expect(async () => {
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  return button;
}

/** A page of its own browser context, signed in as `email`: a second person beside the test's own page. */
export async function pageAs(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, password);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return page;
}

/** This run's embedded PostgreSQL, found through its postmaster.pid, for what the pages cannot set (the clock). */
export function e2eDatabaseUrl(): string {
  const dataDir = path.resolve(process.env.PORTAL_DATA_DIR ?? ".data/e2e");
  const port = readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8")
    .split("\n")[3]
    ?.trim();
  return `postgresql://postgres:postgres@127.0.0.1:${port}/portal`;
}
