// Hours and invoices as the people do it: Northwind's admin enters a consultant's week of hours (a day past 24 hours is
// refused, naming the day), drafts the month's invoice from them, adds an expense with its receipt and submits it;
// the PS coordinator approves it, and the partner sees it final.
import { expect, test } from "@playwright/test";
import { pageAs } from "./helpers";
import { createNorthwindAuthorization, draftInvoiceWithHours, firstMondayOfMonth, MONTH_LABEL, openHourGrid } from "./subcontracting-billing-helpers";

test.describe.configure({ timeout: 180_000 });

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

test("a partner enters a week of hours and submits the month's invoice, which the PS coordinator approves", async ({ browser }) => {
  const authorization = await createNorthwindAuthorization();
  const { sowNumber, projectName } = authorization;
  const monday = firstMondayOfMonth();
  const monthLabel = MONTH_LABEL.format(monday);

  const partner = await pageAs(browser, "partner.admin@demo.test");
  await partner.goto("/partner/subcontracting");
  await expect(partner.getByRole("table", { name: "Your work authorizations" }).getByRole("row").filter({ hasText: projectName })).toContainText("Contoso");

  // 25 hours in a day is refused, naming the day, and nothing is saved.
  const cells = await openHourGrid(partner, authorization);
  await cells.nth(0).fill("25");
  await cells.nth(7).fill("Cut-over rehearsal and runbook");
  await partner.getByRole("button", { name: "Save hours" }).click();
  await expect(partner.getByRole("alert").filter({ hasText: "would hold 25 hours across all authorizations; a day holds at most 24." })).toBeVisible();
  await expect(partner.getByRole("progressbar", { name: `${projectName}: 0 of 100 hours used` })).toBeVisible();

  await draftInvoiceWithHours(partner, authorization);
  const hours = partner.getByRole("table", { name: "Hours per project and consultant" });
  await expect(hours).toContainText("39.5");
  await expect(hours).toContainText("$5,925.00");

  await partner.getByLabel("Work authorization").selectOption({ label: projectName });
  await partner.getByLabel("Incurred on").fill(new Date(monday.getTime() + 86_400_000).toISOString().slice(0, 10));
  await partner.getByLabel("Amount (USD)").fill("42.50");
  await partner.getByLabel("Description", { exact: true }).fill("Parking at the customer's site");
  await partner.getByLabel("Receipt").setInputFiles({ name: "parking.png", mimeType: "image/png", buffer: PNG });
  await partner.getByRole("button", { name: "Add expense" }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Expense added with its receipt." })).toBeVisible();
  await expect(partner.getByRole("link", { name: "parking.png" })).toBeVisible();

  await partner.getByRole("button", { name: "Submit invoice" }).click();
  // The forms go with the draft: the page says where the invoice is now.
  await expect(partner.getByText("Submitted to the PS coordinators: the invoice cannot change while they decide.")).toBeVisible();
  const invoicePath = new URL(partner.url()).pathname;

  const coordinator = await pageAs(browser, "ps@demo.test");
  await coordinator.goto(`/ps/invoices?q=${sowNumber}`);
  await coordinator.getByRole("table", { name: "Invoices" }).getByRole("row").filter({ hasText: sowNumber }).getByRole("link").first().click();
  await expect(coordinator.getByRole("heading", { level: 1, name: new RegExp(`: ${monthLabel}$`) })).toBeVisible();
  await expect(coordinator.getByText("$5,967.50").first()).toBeVisible();
  await coordinator.getByRole("button", { name: "Approve" }).click();
  await coordinator.getByRole("dialog").getByRole("button", { name: "Approve the invoice" }).click();
  // The decision card goes once the invoice is approved: it is final.
  await expect(coordinator.getByRole("button", { name: "Approve" })).toBeHidden();
  await expect(coordinator.getByText("Approved", { exact: true }).first()).toBeVisible();

  await partner.goto(invoicePath);
  await expect(partner.getByText("Approved: this invoice is final.")).toBeVisible();
  await expect(partner.getByRole("button", { name: "Add expense" })).toBeHidden();
  await expect(partner.getByRole("button", { name: "Submit invoice" })).toBeHidden();
});
