// Agreements and Prime SOWs as the PS coordinator does them: a SOW is blocked from going to the partner until the
// partner's MSA and DPA are executed, the coordinator records both with their signed copies, and takes the SOW through
// its lifecycle to active; a work authorization past the SOW's funds is refused with the reason and nothing saved, and
// one that fits is created.
//
// The demo's subcontractors all have their MSA and DPA, so the admin first makes another authorized partner a
// subcontractor on its page (the admin's scope is every partner). Which partner is read from this run's database (as
// nfr.spec.ts does): one that neither subcontracts nor holds a signed MSA or DPA, so a second run picks another.
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { e2eDatabaseUrl, pageAs } from "./helpers";

test.describe.configure({ timeout: 180_000 });

const SIGNED_PDF = { name: "signed.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") };

async function partnerWithoutAgreements(): Promise<{ id: string; legalName: string }> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; legalName: string }>(`
      SELECT p.id, p."legalName" FROM "Partner" p
      WHERE p.status = 'AUTHORIZED' AND p."subcontractRelationship" IS NULL
        AND NOT EXISTS (
          SELECT 1 FROM "AgreementAcceptance" a JOIN "AgreementVersion" v ON v.id = a."versionId" JOIN "AgreementTemplate" t ON t.id = v."templateId"
          WHERE a."partnerId" = p.id AND t.kind IN ('MSA', 'DPA'))
      ORDER BY p."legalName" LIMIT 1`);
    if (!rows[0]) throw new Error("The demo data should hold an authorized partner without an MSA or DPA.");
    return rows[0];
  } finally {
    await client.end();
  }
}

async function recordExecuted(page: Page, kind: "MSA" | "DPA") {
  const form = page.getByRole("form", { name: "Record an executed agreement" });
  await form.getByLabel("Agreement").selectOption(kind);
  await form.getByLabel("Executed on").fill("2026-11-02");
  await form.getByLabel("Signed copy (PDF)").setInputFiles(SIGNED_PDF);
  await form.getByRole("button", { name: "Record as executed" }).click();
  await expect(form.getByText(`${kind} is recorded as executed`)).toBeVisible();
}

/** Takes one step; the step's button gives way to the next ones, and the step is the timeline's last row. */
async function move(page: Page, label: string, step: string) {
  await page.getByRole("button", { name: label, exact: true }).click();
  await expect(page.getByRole("list", { name: "Timeline" }).getByRole("listitem").last()).toContainText(`· ${step} by`);
}

test("a SOW waits for the MSA and DPA, goes to active, and funds only the work that fits", async ({ browser }) => {
  const partner = await partnerWithoutAgreements();

  // The admin makes the partner a project-based subcontractor.
  const admin = await pageAs(browser, "admin@demo.test");
  await admin.goto(`/ps/partners/${partner.id}`);
  await expect(admin.getByRole("heading", { level: 1, name: partner.legalName })).toBeVisible();
  await admin.getByLabel("Relationship type").selectOption("INDIRECT_PROJECT_BASED");
  await admin.getByRole("button", { name: "Save relationship" }).click();
  await expect(admin.getByText(`${partner.legalName} is now indirect project-based.`)).toBeVisible();

  // The coordinator finds it among the subcontracting partners, agreements missing, and drafts a SOW.
  const ps = await pageAs(browser, "ps@demo.test");
  await ps.goto(`/ps/partners?q=${encodeURIComponent(partner.legalName)}`);
  const row = ps.getByRole("row").filter({ hasText: partner.legalName });
  await expect(row.getByRole("cell", { name: "Missing" })).toHaveCount(2);
  await row.getByRole("link", { name: partner.legalName }).click();
  const draft = ps.getByRole("form", { name: "Draft a Prime SOW" });
  await expect(draft.getByLabel("Amount (USD)")).toHaveValue("300000");
  await draft.getByLabel("Rates per role").fill("Senior Consultant: 225\nProject Manager: 195");
  await draft.getByRole("button", { name: "Draft Prime SOW" }).click();
  await expect(ps.getByRole("heading", { level: 1, name: /^SOW PS-\d{4}-\d{4}$/ })).toBeVisible();
  const sowUrl = ps.url();

  // Sending is refused, with the reason beside the button.
  await expect(ps.getByRole("button", { name: "Send to partner" })).toBeDisabled();
  await expect(ps.getByText("The partner's MSA and DPA are not executed yet: record them on the partner's page before sending the SOW.")).toBeVisible();

  // The coordinator records both agreements with their signed copies.
  await ps.getByRole("link", { name: partner.legalName }).click();
  await recordExecuted(ps, "MSA");
  await recordExecuted(ps, "DPA");
  await expect(ps.getByRole("link", { name: "Signed MSA" })).toBeVisible();
  await expect(ps.getByRole("link", { name: "Signed DPA" })).toBeVisible();

  // Now the SOW goes through its lifecycle; each step is on the timeline.
  await ps.goto(sowUrl);
  await move(ps, "Send to partner", "Sent to partner");
  await move(ps, "Record legal stamp", "Legal stamp");
  await move(ps, "Send out for signature", "Out for signature");
  await move(ps, "Record as executed", "Executed");
  await ps.getByLabel("PO number").fill("PO-4500012345");
  await move(ps, "Record PO approved", "PO approved");
  await move(ps, "Activate", "Active");
  await expect(ps.getByRole("list", { name: "Timeline" }).getByRole("listitem")).toHaveCount(7);
  await expect(ps.getByRole("region", { name: "Funds" }).getByText("PO-4500012345")).toBeVisible();

  // A work authorization past the funds is refused, and nothing is saved.
  const authorize = ps.getByRole("form", { name: "Authorize work" });
  await authorize.getByLabel("Project").fill("Contoso platform migration");
  await expect(authorize.getByLabel("Customer")).toHaveCount(0);
  await authorize.getByLabel("Scope").fill("Migrate the CI pipelines and train the platform team.");
  await authorize.getByLabel("Technical requirements").fill("Self-managed, SSO through the customer's identity provider.");
  await authorize.getByLabel("Background-check needs").fill("Standard background check");
  await authorize.getByLabel("Rate", { exact: true }).selectOption({ label: "Senior Consultant ($225.00 an hour)" });
  await authorize.getByLabel("Hours authorized").fill("2000");
  await authorize.getByRole("button", { name: "Authorize work" }).click();
  await expect(authorize.getByText("This authorization draws $450,000.00, but the SOW has $300,000.00 left to authorize.")).toBeVisible();
  await ps.reload();
  await expect(ps.getByText("No work authorized against this SOW yet.")).toBeVisible();

  // One that fits is created and opens on its own page.
  const retry = ps.getByRole("form", { name: "Authorize work" });
  await retry.getByLabel("Project").fill("Contoso platform migration");
  await retry.getByLabel("Scope").fill("Migrate the CI pipelines and train the platform team.");
  await retry.getByLabel("Technical requirements").fill("Self-managed, SSO through the customer's identity provider.");
  await retry.getByLabel("Background-check needs").fill("Standard background check");
  await retry.getByLabel("Rate", { exact: true }).selectOption({ label: "Senior Consultant ($225.00 an hour)" });
  await retry.getByLabel("Hours authorized").fill("400");
  await retry.getByRole("button", { name: "Authorize work" }).click();
  await expect(ps.getByRole("heading", { level: 1, name: "Contoso platform migration" })).toBeVisible();
  await expect(ps.getByText("0 of 400 h")).toBeVisible();
  await ps.getByRole("button", { name: "Activate" }).click();
  await expect(ps.getByRole("button", { name: "Mark completed" })).toBeVisible();
  await expect(ps.getByRole("region", { name: "Authorization" }).getByText("Active", { exact: true })).toBeVisible();

  // The SOW shows what is drawn and what is left.
  await ps.goto(sowUrl);
  const funds = ps.getByRole("region", { name: "Funds" });
  await expect(funds.getByText("$90,000.00")).toBeVisible();
  await expect(funds.getByText("$210,000.00")).toBeVisible();
});
