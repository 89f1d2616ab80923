// Subcontracting across its people, on the demo's data: the PS coordinator authorizes a short project on Northwind's
// active SOW and assigns a consultant; the partner logs today's hours (fast enough to outrun the hours authorized)
// and bills the month; the coordinator approves the waiting invoice and the new one. The SOW's burn chart moves, its
// funds fall past the $60,000 line (the alert job notifies the coordinator and drafts the new PO), and the project
// shows at change-order risk. The steps' own refusals are in the subcontracting-*.spec.ts files.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { e2eDatabaseUrl, pageAs } from "./helpers";

test.describe.configure({ timeout: 240_000 });

const DAY = 86_400_000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const MONTH_LABEL = new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const SHORT_MONTH = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** Northwind's demo SOW (active, with last month's invoice waiting) and one of its active consultants. */
async function demoSow(): Promise<{ id: string; number: string; consultant: string }> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; number: string; consultant: string }>(`
      SELECT s.id, s.number, c.name AS consultant
      FROM "PrimeSow" s
      JOIN "Partner" p ON p.id = s."partnerId"
      JOIN "Consultant" c ON c."partnerId" = p.id AND c.stage = 'ACTIVE'
      WHERE p."legalName" = 'Northwind Cloud Partners' AND s.status = 'ACTIVE'
        AND EXISTS (SELECT 1 FROM "Invoice" i WHERE i."sowId" = s.id AND i.status = 'SUBMITTED')
      ORDER BY s.number, c.name
      LIMIT 1`);
    expect(rows, "the demo's Northwind SOW with a waiting invoice").toHaveLength(1);
    return rows[0]!;
  } finally {
    await client.end();
  }
}

/** The SOW page's burn figures for a month: its "Invoiced" cell, in cents. */
async function invoicedIn(page: Page, sowId: string, month: Date): Promise<number> {
  await page.goto(`/ps/sows/${sowId}`);
  const burn = page.getByRole("region", { name: "Burn" });
  await burn.getByText("The figures by month").click();
  const row = burn.getByRole("table", { name: /by month/ }).getByRole("row", { name: new RegExp(`^${SHORT_MONTH.format(month)}`) });
  const text = (await row.getByRole("cell").nth(2).textContent())!;
  return Math.round(Number(text.replace(/[$,]/g, "")) * 100);
}

async function approveInvoice(page: Page, sowNumber: string, monthLabel: string) {
  await page.goto(`/ps/invoices?q=${sowNumber}`);
  await page.getByRole("table", { name: "Invoices" }).getByRole("row").filter({ hasText: monthLabel }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`: ${monthLabel}$`) })).toBeVisible();
  await page.getByRole("button", { name: "Approve" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Approve the invoice" }).click();
  await expect(page.getByRole("button", { name: "Approve" })).toBeHidden();
}

test("hours billed and approved move the SOW's burn past the $60,000 line, and a fast project shows at change-order risk", async ({ browser }) => {
  const sow = await demoSow();
  const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()));
  const thisMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
  const lastMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1));
  const project = `Cut-over sprint ${randomBytes(3).toString("hex")}`;

  // The coordinator authorizes ten hours over a month that started nine days ago, and assigns an active consultant.
  const ps = await pageAs(browser, "ps@demo.test");
  const invoicedBefore = await invoicedIn(ps, sow.id, thisMonth);
  const authorize = ps.getByRole("form", { name: "Authorize work" });
  await authorize.getByLabel("Project").fill(project);
  await authorize.getByLabel("Customer").fill("Fabrikam");
  await authorize.getByLabel("Scope").fill("Cut the last pipelines over before the freeze.");
  await authorize.getByLabel("Technical requirements").fill("Runner fleet on Kubernetes.");
  await authorize.getByLabel("Background-check needs").fill("None required");
  await authorize.getByLabel("Rate", { exact: true }).selectOption({ label: "Other (type the rate)" });
  await authorize.getByLabel("Hourly rate (USD), if typed").fill("150");
  await authorize.getByLabel("Hours authorized").fill("10");
  await authorize.getByLabel("Starts on").fill(isoDay(new Date(today.getTime() - 9 * DAY)));
  await authorize.getByLabel("Ends on").fill(isoDay(new Date(today.getTime() + 20 * DAY)));
  await authorize.getByRole("button", { name: "Authorize work" }).click();
  await expect(ps.getByRole("heading", { level: 1, name: project })).toBeVisible();
  await ps.getByRole("button", { name: "Activate" }).click();
  await expect(ps.getByRole("button", { name: "Mark completed" })).toBeVisible();

  await ps.goto(`/ps/consultants?view=list&q=${encodeURIComponent(sow.consultant)}`);
  await ps.getByRole("table").getByRole("link", { name: sow.consultant }).first().click();
  const assignments = ps.getByRole("region", { name: "Assignments" });
  await assignments.getByLabel("Work authorization").selectOption({ label: `${project} (SOW ${sow.number})` });
  await assignments.getByRole("button", { name: "Assign to work authorization" }).click();
  await expect(assignments.getByRole("listitem").filter({ hasText: project })).toBeVisible();

  // The partner logs eight hours today (a third of the span gone, 80% of the hours used) and bills the month.
  const partner = await pageAs(browser, "partner.admin@demo.test");
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY);
  await partner.goto(`/partner/subcontracting?week=${isoDay(monday)}`);
  await partner.getByLabel("Consultant", { exact: true }).selectOption({ label: sow.consultant });
  await partner.getByRole("button", { name: "Show" }).click();
  const cells = partner
    .getByRole("table", { name: `Hours of ${sow.consultant}, in hours per day` })
    .getByRole("row")
    .filter({ hasText: project })
    .getByRole("textbox");
  await expect(cells).toHaveCount(8);
  await cells.nth((today.getUTCDay() + 6) % 7).fill("8");
  await cells.nth(7).fill("Cut-over of the first pipelines");
  await partner.getByRole("button", { name: "Save hours" }).click();
  await expect(partner.getByRole("status").filter({ hasText: `Saved the week of ${sow.consultant}.` })).toBeVisible();

  const thisMonthLabel = MONTH_LABEL.format(thisMonth);
  await partner.getByLabel("SOW", { exact: true }).selectOption({ label: sow.number });
  await partner.getByLabel("Month", { exact: true }).selectOption({ label: thisMonthLabel });
  await partner.getByRole("button", { name: "Draft invoice" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: `Invoice for ${thisMonthLabel}` })).toBeVisible();
  await expect(partner.getByRole("table", { name: "Hours per project and consultant" }).getByRole("row").filter({ hasText: project })).toContainText("8");
  await partner.getByRole("button", { name: "Submit invoice" }).click();
  await expect(partner.getByText("Submitted to the PS coordinators: the invoice cannot change while they decide.")).toBeVisible();

  // The coordinator approves last month's waiting invoice and this month's: the burn chart's month grows by the bill.
  await approveInvoice(ps, sow.number, MONTH_LABEL.format(lastMonth));
  await approveInvoice(ps, sow.number, thisMonthLabel);
  // The invoice page's header reads "SOW <number> · $<total>".
  const header = (await ps
    .getByText(new RegExp(`^SOW ${sow.number} · \\$`))
    .first()
    .textContent())!;
  const billed = Math.round(Number(header.split("$")[1]!.replaceAll(",", "")) * 100);
  expect(billed).toBeGreaterThanOrEqual(8 * 100_00);
  expect(await invoicedIn(ps, sow.id, thisMonth)).toBe(invoicedBefore + billed);

  // Past the $60,000 line: the alert job drafts the new PO request and tells the coordinator.
  await expect(async () => {
    await ps.goto("/ps");
    const alert = ps
      .getByRole("region", { name: "Replenishment alerts" })
      .getByRole("listitem")
      .filter({ hasText: `SOW ${sow.number}` });
    await expect(alert).toContainText("PO request for $300,000.00 drafted", { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await ps.goto("/notifications");
  await expect(ps.getByText(new RegExp(`SOW ${sow.number} of Northwind Cloud Partners is down to \\$`)).first()).toBeVisible();

  // Eight of ten hours a third of the way in: on pace for 24, so 14 over, and at risk.
  await ps.goto("/ps");
  const risk = ps.getByRole("region", { name: "Projects at change-order risk" }).getByRole("row").filter({ hasText: project });
  await expect(risk).toContainText("+14 h");
});
