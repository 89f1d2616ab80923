// NFR licenses as the people do it: a partner files and the Partner Help Desk approves (the license email is captured
// in the outbox with its key and reference); a CAM files for an account without certified people and the approval
// encourages the contact and the CAM; a partner at its cap is refused with the reason; the desk asks for information
// and the partner answers; a renewal keeps its own one-year expiry.
import { randomBytes } from "node:crypto";
import { addYears } from "date-fns";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, waitUntilCaptured } from "./helpers";

test.describe.configure({ timeout: 150_000 });

async function pageAs(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  return page;
}

const uniqueContact = () => {
  const suffix = randomBytes(4).toString("hex");
  return { name: `Dana Contact ${suffix}`, email: `dana.${suffix}@contact.example` };
};

const DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** Fills the request form; the partner user's company is their own, a CAM chooses the account. */
async function fileRequest(page: Page, contact: { name: string; email: string }, options: { partner?: string; users?: string; renew?: boolean } = {}) {
  if (options.partner) await page.getByLabel("Partner", { exact: true }).selectOption({ label: options.partner });
  await page.getByLabel("Contact name").fill(contact.name);
  await page.getByLabel("Contact email").fill(contact.email);
  await page.getByLabel("Users").fill(options.users ?? "5");
  await expect(page.getByLabel("Plan")).toHaveValue("ULTIMATE");
  await page.getByLabel("Justification").fill("Demo environment for the solutions team's customer workshops.");
  await page.getByRole("button", { name: "File request" }).click();
}

/** The email's plain text, as the admin's email log shows it once the worker has captured it. */
async function capturedEmailText(browser: Browser, recipient: string, subject: RegExp): Promise<string> {
  const admin = await pageAs(browser, "admin@demo.test");
  await admin.goto(`/admin/emails?q=${encodeURIComponent(recipient)}`);
  const row = admin.getByRole("row").filter({ hasText: recipient }).filter({ hasText: subject });
  await waitUntilCaptured(admin, row);
  await row.getByRole("link", { name: subject }).click();
  const text = (await admin.getByRole("region", { name: "As plain text" }).textContent()) ?? "";
  await admin.close();
  return text;
}

/** Opens the request the contact's name identifies from the requester's list. */
async function openRequestOf(page: Page, listPath: string, contactName: string): Promise<string> {
  await page.goto(listPath);
  await page.getByRole("row").filter({ hasText: contactName }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/nfr\/requests\/\w+$/);
  return new URL(page.url()).pathname;
}
