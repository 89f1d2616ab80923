// Hours and invoices as the people do it: Northwind's admin enters a consultant's week of hours (a day past 24 hours is
// refused, naming the day), drafts the month's invoice from them, adds an expense with its receipt and submits it;
// the PS coordinator approves it, and the partner sees it final.
//
// The SOW, work authorization and consultant are made in this run's database (found through its postmaster.pid): the
// pages that create them belong to the SOW and consultant parts of the issue, and each run needs its own SOW so its
// month's invoice is new.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl, pageAs } from "./helpers";

test.describe.configure({ timeout: 180_000 });

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const MONTH = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** The first Monday of this month: its whole week falls in the month, so the month's invoice takes all of it. */
function firstMondayOfMonth(now = new Date()): Date {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return new Date(first.getTime() + ((8 - first.getUTCDay()) % 7) * 86_400_000);
}

async function createAuthorization(suffix: string) {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const {
      rows: [{ partnerId }],
    } = await client.query<{ partnerId: string }>(`SELECT "partnerId" FROM "User" WHERE "email" = 'partner.admin@demo.test'`);
    await client.query(`UPDATE "Partner" SET "subcontractRelationship" = 'INDIRECT_STAFF_AUGMENTATION' WHERE "id" = $1 AND "subcontractRelationship" IS NULL`, [
      partnerId,
    ]);
    const sowId = `e2esow${suffix}`;
    const authorizationId = `e2ewa${suffix}`;
    const consultantId = `e2econ${suffix}`;
    await client.query(
      `INSERT INTO "PrimeSow" ("id", "partnerId", "number", "amountCents", "status", "authorizedCents", "updatedAt") VALUES ($1, $2, $3, 30000000, 'ACTIVE', 1500000, now())`,
      [sowId, partnerId, `SOW-E2E-${suffix}`],
    );
    await client.query(`INSERT INTO "Consultant" ("id", "partnerId", "name", "email", "stage", "updatedAt") VALUES ($1, $2, $3, $4, 'ACTIVE', now())`, [
      consultantId,
      partnerId,
      `Casey Consultant ${suffix}`,
      `casey.${suffix}@northwind.example`,
    ]);
    await client.query(
      `INSERT INTO "WorkAuthorization" ("id", "sowId", "projectName", "scope", "technicalRequirements", "backgroundCheck", "hourlyRateCents", "billingTerms",
        "travelAndExpenses", "expenseBudgetCents", "customerName", "hoursAuthorized", "amountCents", "status")
       VALUES ($1, $2, $3, 'Migrate the CI fleet', 'Kubernetes', 'None', 15000, 'Net 30', 'Pre-approved travel', 0, 'Contoso', 100, 1500000, 'ACTIVE')`,
      [authorizationId, sowId, `Migration ${suffix}`],
    );
    await client.query(`INSERT INTO "WorkAuthorizationConsultant" ("workAuthorizationId", "consultantId") VALUES ($1, $2)`, [authorizationId, consultantId]);
    return { sowNumber: `SOW-E2E-${suffix}`, projectName: `Migration ${suffix}`, consultantName: `Casey Consultant ${suffix}` };
  } finally {
    await client.end();
  }
}

test("a partner enters a week of hours and submits the month's invoice, which the PS coordinator approves", async ({ browser }) => {
  const suffix = randomBytes(4).toString("hex");
  const { sowNumber, projectName, consultantName } = await createAuthorization(suffix);
  const monday = firstMondayOfMonth();
  const monthLabel = MONTH.format(monday);

  const partner = await pageAs(browser, "partner.admin@demo.test");
  await partner.goto(`/partner/subcontracting?week=${monday.toISOString().slice(0, 10)}`);
  await expect(partner.getByRole("heading", { level: 1, name: "Subcontracting" })).toBeVisible();
  await expect(partner.getByRole("row").filter({ hasText: projectName })).toContainText("Contoso");
  await partner.getByLabel("Consultant", { exact: true }).selectOption({ label: consultantName });
  await partner.getByRole("button", { name: "Show" }).click();
  const row = partner
    .getByRole("table", { name: `Hours of ${consultantName}, in hours per day` })
    .getByRole("row")
    .filter({ hasText: projectName });
  const cells = row.getByRole("textbox");
  await expect(cells).toHaveCount(8);

  // 25 hours in a day is refused, naming the day, and nothing is saved.
  await cells.nth(0).fill("25");
  await cells.nth(7).fill("Cut-over rehearsal and runbook");
  await partner.getByRole("button", { name: "Save hours" }).click();
  await expect(partner.getByRole("alert")).toContainText("would hold 25 hours across all authorizations; a day holds at most 24.");

  for (let day = 0; day < 5; day += 1) await cells.nth(day).fill(day === 4 ? "7.5" : "8");
  await partner.getByRole("button", { name: "Save hours" }).click();
  await expect(partner.getByRole("status").filter({ hasText: `Saved the week of ${consultantName}.` })).toBeVisible();
  await expect(partner.getByRole("progressbar", { name: `${projectName}: 39.5 of 100 hours used` })).toBeVisible();

  await partner.getByLabel("SOW", { exact: true }).selectOption({ label: sowNumber });
  await partner.getByLabel("Month", { exact: true }).selectOption({ label: monthLabel });
  await partner.getByRole("button", { name: "Draft invoice" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: `Invoice for ${monthLabel}` })).toBeVisible();
  await expect(partner.getByRole("table", { name: "Hours per project and consultant" })).toContainText("39.5");
  await expect(partner.getByRole("table", { name: "Hours per project and consultant" })).toContainText("$5,925.00");

  const incurredOn = new Date(monday.getTime() + 86_400_000).toISOString().slice(0, 10);
  await partner.getByLabel("Work authorization").selectOption({ label: projectName });
  await partner.getByLabel("Incurred on").fill(incurredOn);
  await partner.getByLabel("Amount (USD)").fill("42.50");
  await partner.getByLabel("Description", { exact: true }).fill("Parking at the customer's site");
  await partner.getByLabel("Receipt").setInputFiles({ name: "parking.png", mimeType: "image/png", buffer: PNG });
  await partner.getByRole("button", { name: "Add expense" }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Expense added with its receipt." })).toBeVisible();
  await expect(partner.getByRole("link", { name: "parking.png" })).toBeVisible();

  await partner.getByRole("button", { name: "Submit invoice" }).click();
  await expect(partner.getByRole("status").filter({ hasText: `Submitted: the ${monthLabel} invoice goes to the PS coordinators` })).toBeVisible();
  const invoicePath = new URL(partner.url()).pathname;

  const coordinator = await pageAs(browser, "ps@demo.test");
  await coordinator.goto(`/ps/invoices?q=${sowNumber}`);
  await coordinator.getByRole("table", { name: "Invoices" }).getByRole("row").filter({ hasText: sowNumber }).getByRole("link").first().click();
  await expect(coordinator.getByRole("heading", { level: 1, name: new RegExp(`: ${monthLabel}$`) })).toBeVisible();
  await expect(coordinator.getByText("$5,967.50").first()).toBeVisible();
  await coordinator.getByRole("button", { name: "Approve" }).click();
  const dialog = coordinator.getByRole("dialog");
  await dialog.getByRole("button", { name: "Approve the invoice" }).click();
  // The decision card goes once the invoice is approved: it is final.
  await expect(coordinator.getByRole("button", { name: "Approve" })).toBeHidden();
  await expect(coordinator.getByText("Approved", { exact: true }).first()).toBeVisible();

  await partner.goto(invoicePath);
  await expect(partner.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(partner.getByRole("button", { name: "Submit invoice" })).toBeHidden();
  await expect(partner.getByRole("button", { name: "Add expense" })).toBeHidden();
});
