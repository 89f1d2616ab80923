// The PS coordinator's burn home as the coordinator reads it: the active SOWs with the least left first and a meter
// each, the burn chart with its figures as a table, the projects at change-order risk (the demo's Northwind project
// running ahead of its hours), the two CSV exports, and a SOW that fell to the $60,000 line with its drafted PO.
//
// The crossing itself comes from an invoice approval (the billing spec); here a SOW below the line and the PO request
// the hourly job drafts are written to this run's database (found through its postmaster.pid, as nfr.spec.ts does).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { e2eDatabaseUrl, pageAs } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("the coordinator reads the burn: SOWs by funds left, the chart, the projects at risk, and both exports", async ({ browser }) => {
  const page = await pageAs(browser, "ps@demo.test");
  await page.goto("/ps");
  await expect(page.getByRole("heading", { level: 1, name: "Burn" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Replenishment alerts" })).toBeVisible();

  const sows = page.getByRole("table", { name: "Active SOWs" });
  // The demo's SOW (other specs add Northwind SOWs of their own while this one runs).
  const northwind = sows
    .getByRole("row")
    .filter({ hasText: "Northwind Cloud Partners" })
    .filter({ hasText: /PS-SOW-\d{4}-\d{3}/ });
  await expect(northwind).toHaveCount(1);
  await expect(northwind.getByRole("meter", { name: "Share invoiced" })).toHaveAttribute("aria-valuetext", /^\d+%$/);
  await expect(sows.getByRole("columnheader", { name: /Remaining/ })).toHaveAttribute("aria-sort", "ascending");
  await sows.getByRole("link", { name: /^Remaining/ }).click();
  await expect(page).toHaveURL(/sort=remainingCents&dir=desc/);
  await expect(page.getByRole("table", { name: "Active SOWs" }).getByRole("columnheader", { name: /Remaining/ })).toHaveAttribute("aria-sort", "descending");

  const chart = page.getByRole("region", { name: "Burn over the last 12 months" });
  await expect(chart.getByRole("img", { name: /Hours-based value and invoiced amount per month/ })).toBeVisible();
  await chart.getByText("The figures by month").click();
  const figures = chart.getByRole("table", { name: /by month/ });
  // Twelve months, the header row and the total.
  await expect(figures.getByRole("row")).toHaveCount(14);

  const risks = page.getByRole("region", { name: "Projects at change-order risk" });
  const atRisk = risks.getByRole("row").filter({ hasText: "CI/CD migration" });
  await expect(atRisk).toHaveCount(1);
  await expect(atRisk).toContainText(/\+\d[\d,.]* h \(\d+%\)/);
  await expect(atRisk.getByRole("link")).toHaveAttribute("href", /^\/ps\/work-authorizations\/\w+$/);

  const sowCsv = await page.request.get("/ps/export/sows");
  expect(sowCsv.status()).toBe(200);
  expect(sowCsv.headers()["content-type"]).toContain("text/csv");
  const sowLines = (await sowCsv.text()).trim().split(/\r?\n/);
  expect(sowLines[0]).toBe("SOW,Partner,Funds (USD),Authorized (USD),Invoiced (USD),Remaining (USD),Replenishment alert");
  expect(sowLines.some((line) => line.includes("Northwind Cloud Partners"))).toBe(true);

  const projectCsv = await page.request.get("/ps/export/projects");
  expect(projectCsv.status()).toBe(200);
  const projectLines = (await projectCsv.text()).trim().split(/\r?\n/);
  expect(projectLines[0]).toBe("Work authorization,SOW,Partner,Status,Hours authorized,Hours used,Hours projected,At risk");
  expect(projectLines.filter((line) => line.includes("CI/CD migration") && line.endsWith(",Yes"))).toHaveLength(1);
});

test("a SOW at the $60,000 line shows as an alert with its drafted PO request and a way to its page", async ({ browser }) => {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  const number = `PS-SOW-E2E-${randomBytes(3).toString("hex").toUpperCase()}`;
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "PrimeSow" (id, "partnerId", number, "amountCents", "authorizedCents", "invoicedCents", status, "replenishAlertedAt", "updatedAt")
       SELECT 'e2e' || md5(random()::text), id, $1, 10000000, 9000000, 4200000, 'ACTIVE', now(), now()
       FROM "Partner" WHERE "subcontractRelationship" = 'INDIRECT_PROJECT_BASED' ORDER BY "legalName" LIMIT 1
       RETURNING id`,
      [number],
    );
    const sowId = rows[0]!.id;
    await client.query(`INSERT INTO "SowPoRequest" (id, "sowId", "amountCents") VALUES ('e2e' || md5(random()::text), $1, 30000000)`, [sowId]);

    const page = await pageAs(browser, "ps@demo.test");
    await page.goto("/ps");
    const alerts = page.getByRole("region", { name: "Replenishment alerts" });
    const alert = alerts.getByRole("listitem").filter({ hasText: `SOW ${number}` });
    await expect(alert).toContainText("$58,000.00 left of $100,000.00");
    await expect(alert).toContainText("PO request for $300,000.00 drafted");
    await alert.getByRole("link", { name: `approve the PO on SOW ${number}` }).click();
    await expect(page).toHaveURL(`/ps/sows/${sowId}`);

    // The SOW list flags it too.
    await page.goto("/ps");
    const row = page.getByRole("table", { name: "Active SOWs" }).getByRole("row").filter({ hasText: number });
    await expect(row).toContainText("At or below $60,000.00");
    await expect(row.getByRole("meter", { name: "Share invoiced" })).toHaveAttribute("aria-valuenow", "42");
  } finally {
    await client.query(`DELETE FROM "PrimeSow" WHERE number = $1`, [number]);
    await client.end();
  }
});

test("the burn exports answer 401 to nobody signed in and 403 to a partner", async ({ browser, request }) => {
  for (const path of ["/ps/export/sows", "/ps/export/projects"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(401);
  }
  const partner = await pageAs(browser, "partner.admin@demo.test");
  for (const path of ["/ps/export/sows", "/ps/export/projects"]) expect((await partner.request.get(path)).status(), path).toBe(403);
});
