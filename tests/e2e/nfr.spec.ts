// NFR licenses as the people do it: a partner files and the Partner Help Desk approves (the license email is captured
// in the outbox with its key and reference); a CAM files for an account without certified people and the approval
// encourages the contact and the CAM; a partner at its cap is refused with the reason; the desk asks for information
// and the partner answers; a renewal keeps its own one-year expiry while a new license joins the others' date.
//
// Which of the CAM's accounts has no certified employee is read from this run's database (found through its
// postmaster.pid), as ctp.spec.ts reads it: the pages say it only once a request exists.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eDatabaseUrl, pageAs, waitUntilCaptured } from "./helpers";

test.describe.configure({ timeout: 180_000 });

function uniqueContact() {
  const suffix = randomBytes(4).toString("hex");
  return { name: `Dana Contact ${suffix}`, email: `dana.${suffix}@contact.example` };
}

const DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
function inOneYear(): string {
  const today = new Date();
  return DAY.format(new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate())));
}

/** Fills and sends the request form; a CAM chooses the account first. */
async function fileRequest(page: Page, contact: { name: string; email: string }, options: { partner?: string } = {}) {
  if (options.partner) {
    // Each account is listed with what it holds against its cap: "Fabrikam (Open partner: 2 of 10 licenses held)".
    const picker = page.getByLabel("Partner", { exact: true });
    const label = await picker
      .locator("option", { hasText: `${options.partner} (` })
      .first()
      .textContent();
    await picker.selectOption({ label: label! });
  }
  await page.getByLabel("Contact name").fill(contact.name);
  await page.getByLabel("Contact email").fill(contact.email);
  await page.getByLabel("Users").fill("5");
  await expect(page.getByLabel("Plan")).toHaveValue("ULTIMATE");
  await page.getByLabel("Justification").fill("Demo environment for the solutions team's customer workshops.");
  await page.getByRole("button", { name: "File request" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Request filed for / })).toBeVisible();
}

/** Opens the request the contact's name identifies, from the requester's list; returns its path. */
async function openRequestOf(page: Page, listPath: string, contactName: string): Promise<string> {
  await page.goto(listPath);
  await page.getByRole("row").filter({ hasText: contactName }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/nfr\/requests\/\w+$/);
  return new URL(page.url()).pathname;
}

/** The email's plain text, as the admin's email log shows it once the worker has captured it. */
async function capturedEmailText(browser: Browser, recipient: string, subject: RegExp): Promise<string> {
  const admin = await pageAs(browser, "admin@demo.test");
  await admin.goto(`/admin/emails?q=${encodeURIComponent(recipient)}`);
  const row = admin.getByRole("row").filter({ hasText: subject });
  await waitUntilCaptured(admin, row.first());
  await row.first().getByRole("link").first().click();
  const text = (await admin.getByRole("region", { name: "As plain text" }).textContent()) ?? "";
  await admin.close();
  return text;
}

/** A detail of a description list, by its term. */
const detail = (page: Page, term: string) =>
  page
    .locator("dt", { hasText: new RegExp(`^${term}$`) })
    .locator("xpath=following-sibling::dd[1]")
    .first();

test("a partner files, the Partner Help Desk approves, and the license email carries the key and the reference", async ({ browser }) => {
  const contact = uniqueContact();
  const partner = await pageAs(browser, "partner.user@demo.test");
  await partner.goto("/partner/nfr");
  await expect(partner.getByText(/Select partner: \d+ of 25 licenses held/)).toBeVisible();
  await fileRequest(partner, contact);
  const requestPath = await openRequestOf(partner, "/partner/nfr", contact.name);
  await expect(partner.getByRole("heading", { level: 1, name: "NFR request: Northwind Cloud Partners" })).toBeVisible();
  // The requester sees the request, not the desk's review.
  await expect(partner.getByRole("button", { name: "Approve" })).toHaveCount(0);

  const phd = await pageAs(browser, "phd@demo.test");
  await phd.goto("/phd/nfr");
  await expect(phd.getByRole("row").filter({ hasText: "Northwind Cloud Partners" }).first()).toBeVisible();
  await phd.goto(requestPath);
  const checks = phd.getByRole("region", { name: "Eligibility checks" });
  await expect(checks).toContainText("(a) Authorized partner: passes");
  await expect(checks).toContainText("(b) Within the cap: passes");
  await expect(checks).toContainText("(c) An employee holds Solution Architect Core or PSE: passes");
  await expect(phd.getByRole("region", { name: "License preview" })).toContainText("5 Ultimate NFR Licenses for Partner: Northwind Cloud Partners");
  await phd.getByRole("button", { name: "Approve" }).click();
  // The decision forms give way to where the request stands.
  const approved = phd.getByRole("note").filter({ hasText: `was emailed to ${contact.email}` });
  await expect(approved).toHaveText(/^Approved on .+: license NFR-\d{7} was emailed to /);
  await expect(phd.getByRole("button", { name: "Approve" })).toHaveCount(0);
  const reference = (await approved.textContent())!.match(/NFR-\d{7}/)![0];

  const text = await capturedEmailText(browser, contact.email, /NFR license key for Northwind Cloud Partners/);
  expect(text).toMatch(/License key: ([0-9A-Z]{5}-){4}[0-9A-Z]{5}/);
  expect(text).toContain(`Reference number: ${reference}`);

  // The requester is told the license was sent, with its reference.
  await partner.goto("/notifications");
  await expect(partner.getByText(`NFR license sent to ${contact.name}`).first()).toBeVisible();
  await partner.goto(requestPath);
  await expect(partner.getByRole("note")).toContainText(`Approved on`);
  await expect(partner.getByRole("main")).toContainText(reference);
});

test("a CAM files for an account without certified people; approving encourages the contact and the CAM to certify", async ({ browser }) => {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  // An Authorized AMER account of the demo CAM with no active employee holding a certification that meets the NFR
  // check, and room under its cap.
  const { rows } = await client.query<{ legalName: string }>(`
    SELECT p."legalName" FROM "Partner" p JOIN "User" cam ON cam.id = p."camOwnerId"
    WHERE cam.email = 'cam@demo.test' AND p.status = 'AUTHORIZED' AND p."phdRegion" = 'AMER'
      AND NOT EXISTS (SELECT 1 FROM "EarnedCertification" e JOIN "Certification" c ON c.id = e."certificationId"
                      JOIN "User" u ON u.id = e."userId"
                      WHERE e."partnerId" = p.id AND c."meetsNfrCheck" AND u.active AND (e."expiresAt" IS NULL OR e."expiresAt" > now()))
      AND (SELECT count(*) FROM "NfrLicense" l WHERE l."partnerId" = p.id AND l.status = 'ACTIVE') < 9
    ORDER BY p."legalName" LIMIT 1`);
  await client.end();
  expect(rows, "an account of the demo CAM without certified people").toHaveLength(1);
  const account = rows[0].legalName;

  const contact = uniqueContact();
  const cam = await pageAs(browser, "cam@demo.test");
  await cam.goto("/cam/nfr");
  await fileRequest(cam, contact, { partner: account });
  const requestPath = await openRequestOf(cam, "/cam/nfr", contact.name);

  const phd = await pageAs(browser, "phd@demo.test");
  await phd.goto(requestPath);
  await expect(phd.getByRole("region", { name: "Eligibility checks" })).toContainText("(c) An employee holds Solution Architect Core or PSE: fails");
  await expect(phd.getByText(/No employee is certified yet: approving also emails/)).toBeVisible();
  await phd.getByRole("button", { name: "Approve" }).click();
  await expect(phd.getByRole("note")).toHaveText(/^Approved on .+: license NFR-\d{7} was emailed to /);
  await expect(phd.getByRole("region", { name: "History" })).toContainText("the contact and the CAM were encouraged to certify");

  for (const recipient of [contact.email, "cam@demo.test"]) {
    const text = await capturedEmailText(browser, recipient, /NFR License Request/);
    expect(text).toContain("Solution Architect Core");
  }
});

test("a request from a partner at its cap cannot be approved, and the desk sees why", async ({ browser }) => {
  const phd = await pageAs(browser, "phd@demo.test");
  await phd.goto("/phd/nfr");
  const atCap = phd.getByRole("row").filter({ hasText: "over the cap" }).first();
  await expect(atCap).toBeVisible();
  await atCap.getByRole("link").first().click();
  await expect(phd.getByRole("region", { name: "Eligibility checks" })).toContainText("(b) Within the cap: fails");
  await expect(phd.getByRole("button", { name: "Approve" })).toBeDisabled();
  await expect(
    phd.getByText(/^Approval is refused: The partner holds \d+ active licenses; approving would make \d+, past the (Open|Select) cap of (10|25)\.$/),
  ).toBeVisible();
});

test("the desk asks for information, the partner answers on the request, and it is back in the queue", async ({ browser }) => {
  const contact = uniqueContact();
  const partner = await pageAs(browser, "partner.user@demo.test");
  await partner.goto("/partner/nfr");
  await fileRequest(partner, contact);
  const requestPath = await openRequestOf(partner, "/partner/nfr", contact.name);

  const phd = await pageAs(browser, "phd@demo.test");
  await phd.goto(requestPath);
  await phd.getByLabel("Question").fill("Which team will use the five seats, and for how long?");
  await phd.getByRole("button", { name: "Ask for information" }).click();
  await expect(phd.getByRole("note")).toContainText("the request waits for the requester's answer");

  await partner.goto("/partner/nfr");
  const waiting = partner.getByRole("complementary", { name: "Waiting for your answer" });
  await expect(waiting).toBeVisible();
  await partner.goto(requestPath);
  const asks = partner.getByRole("region", { name: "The Partner Help Desk asks" });
  await expect(asks).toContainText("Which team will use the five seats, and for how long?");
  await asks.getByLabel("Answer").fill("The migration practice, for the next two quarters.");
  await asks.getByRole("button", { name: "Send answer" }).click();
  await expect(partner.getByRole("region", { name: "The Partner Help Desk asks" })).toHaveCount(0);
  await expect(detail(partner, "Answer")).toHaveText("The migration practice, for the next two quarters.");

  await phd.goto("/notifications");
  await expect(phd.getByText("Northwind Cloud Partners answered on its NFR request").first()).toBeVisible();
  await phd.goto(requestPath);
  await expect(detail(phd, "Status")).toHaveText("Submitted");
  await expect(phd.getByRole("button", { name: "Approve" })).toBeEnabled();
});

test("a renewal keeps its own one-year expiry and replaces the license it renews", async ({ browser }) => {
  const contact = uniqueContact();
  const partner = await pageAs(browser, "partner.user@demo.test");
  await partner.goto("/partner/nfr");
  const renew = partner.getByRole("link", { name: /^Renew NFR-\d{7}$/ }).first();
  const renewedReference = (await renew.textContent())!.replace(/^Renew /, "");
  await renew.click();
  await expect(partner.getByRole("radio", { name: "Renewal" })).toBeChecked();
  await partner.getByLabel("Contact name").fill(contact.name);
  await partner.getByLabel("Contact email").fill(contact.email);
  await partner.getByLabel("Justification").fill("The year is up; the team still runs its demos on it.");
  await partner.getByRole("button", { name: "File request" }).click();
  await expect(partner.getByRole("status").filter({ hasText: /^Request filed for / })).toBeVisible();
  const requestPath = await openRequestOf(partner, "/partner/nfr", contact.name);

  const phd = await pageAs(browser, "phd@demo.test");
  await phd.goto(requestPath);
  await expect(detail(phd, "Kind")).toContainText(`Renewal of ${renewedReference}`);
  await expect(detail(phd, "Expires")).toHaveText(`${inOneYear()} (12 months: a renewal runs its own term)`);
  await phd.getByRole("button", { name: "Approve" }).click();
  await expect(phd.getByRole("note")).toHaveText(/^Approved on .+: license NFR-\d{7} was emailed to /);

  await phd
    .getByRole("main")
    .getByRole("link", { name: /^NFR-\d{7}$/ })
    .last()
    .click();
  await expect(detail(phd, "Expires")).toHaveText(inOneYear());
  await expect(detail(phd, "Status")).toHaveText("Active");
  await phd.goto(requestPath);
  await expect(detail(phd, "Kind")).toContainText("renewed");
});
