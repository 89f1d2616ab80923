// What the billing specs need before a partner can enter hours: an active SOW of Northwind with a work authorization
// and a consultant on it, made in this run's database (found through its postmaster.pid). The pages that create them
// belong to the SOW and consultant parts of the issue; each run makes its own, so its month's invoice is new.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect, type Page } from "@playwright/test";
import { e2eDatabaseUrl } from "./helpers";

export const MONTH_LABEL = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });

/** The first Monday of this month: its whole week falls in the month, so the month's invoice takes all of it. */
export function firstMondayOfMonth(now = new Date()): Date {
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  return new Date(first.getTime() + ((8 - first.getUTCDay()) % 7) * 86_400_000);
}

export interface BilledAuthorization {
  sowNumber: string;
  projectName: string;
  consultantName: string;
}

/** Northwind (a staff-augmentation subcontractor from here on) gets an active SOW, an authorization and a consultant. */
export async function createNorthwindAuthorization(): Promise<BilledAuthorization> {
  const suffix = randomBytes(4).toString("hex");
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

/** The consultant's row of the week's hour grid, on /partner/subcontracting for the first week of the month. */
export async function openHourGrid(page: Page, authorization: BilledAuthorization) {
  await page.goto(`/partner/subcontracting?week=${firstMondayOfMonth().toISOString().slice(0, 10)}`);
  await page.getByLabel("Consultant", { exact: true }).selectOption({ label: authorization.consultantName });
  await page.getByRole("button", { name: "Show" }).click();
  const cells = page
    .getByRole("table", { name: `Hours of ${authorization.consultantName}, in hours per day` })
    .getByRole("row")
    .filter({ hasText: authorization.projectName })
    .getByRole("textbox");
  await expect(cells).toHaveCount(8);
  return cells;
}

/** Saves a week of hours (Monday to Friday) and drafts the month's invoice, which opens. */
export async function draftInvoiceWithHours(page: Page, authorization: BilledAuthorization, hours = ["8", "8", "8", "8", "7.5"]) {
  const cells = await openHourGrid(page, authorization);
  for (const [day, value] of hours.entries()) await cells.nth(day).fill(value);
  await cells.nth(7).fill("Cut-over rehearsal and runbook");
  await page.getByRole("button", { name: "Save hours" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved the week of ${authorization.consultantName}.` })).toBeVisible();
  const monthLabel = MONTH_LABEL.format(firstMondayOfMonth());
  await page.getByLabel("SOW", { exact: true }).selectOption({ label: authorization.sowNumber });
  await page.getByLabel("Month", { exact: true }).selectOption({ label: monthLabel });
  await page.getByRole("button", { name: "Draft invoice" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Invoice for ${monthLabel}` })).toBeVisible();
}
