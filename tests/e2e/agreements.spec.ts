import { expect, test, type Page } from "@playwright/test";
import { pageAs, signIn } from "./helpers";

// Publishes a new Managed Services Provider Agreement version, so every MSP partner that had accepted the previous
// one sees the banner afterwards. Not the MPA: the application spec, running beside this one, accepts the MPA and
// would rightly be told it changed. other.partner@demo.test administers an MSP partner no other spec relies on. The version number is read from the page, never assumed: a reused e2e database already holds
// the versions an earlier run published.
test("an admin publishes a new MSP agreement version and the partner admin accepts it from the banner", async ({ browser }) => {
  const marker = `Section 12: Sustainability reporting (e2e ${Date.now()})`;

  const adminPage = await pageAs(browser, "admin@demo.test");
  await adminPage.goto("/admin/agreements");
  await expect(adminPage.getByRole("heading", { level: 1, name: "Agreements" })).toBeVisible();
  await expect(adminPage.getByRole("row").filter({ hasText: "Managed Services Provider Agreement" })).toContainText("Managed Services (MSP) track");
  await adminPage.getByRole("link", { name: "Managed Services Provider Agreement", exact: true }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name: "Managed Services Provider Agreement" })).toBeVisible();

  // A draft left by an interrupted earlier run is published first, so this run starts from a clean template.
  const leftoverDraft = adminPage.getByRole("link", { name: /^Preview, edit or publish version \d+$/ });
  if (await leftoverDraft.isVisible()) {
    await leftoverDraft.click();
    await publishFromVersionPage(adminPage);
  }

  const newVersionHeading = adminPage.getByRole("heading", { level: 2, name: /^New version \d+$/ });
  const version = Number((await newVersionHeading.textContent())?.match(/\d+/)?.[0]);
  const body = adminPage.getByLabel("Agreement text");
  // The new draft starts from the current text.
  await expect(body).toHaveValue(/\S/);

  await body.fill("   ");
  await adminPage.getByRole("button", { name: "Save draft" }).click();
  await expect(adminPage.getByText("Write the agreement text.")).toBeVisible();
  await expect(body).toHaveAttribute("aria-invalid", "true");

  await body.fill(`# Managed Services Provider Agreement\n\n## ${marker}\n\nThe partner reports its carbon footprint once a year.`);
  await adminPage.getByRole("button", { name: "Save draft" }).click();
  await expect(adminPage.getByRole("heading", { level: 1, name: `Managed Services Provider Agreement version ${version}` })).toBeVisible();
  await expect(adminPage.getByRole("heading", { level: 3, name: marker })).toBeVisible();
  await publishFromVersionPage(adminPage, version);

  const partnerPage = await pageAs(browser, "other.partner@demo.test");
  await expect(partnerPage).toHaveURL("/partner");
  const banner = partnerPage.getByRole("complementary", { name: "Agreements to accept" });
  await expect(banner).toContainText("A new version of the Managed Services Provider Agreement needs your acceptance");
  await banner.getByRole("link", { name: "Review and accept agreements" }).click();

  await expect(partnerPage).toHaveURL("/partner/agreements");
  const msp = partnerPage.getByRole("region", { name: "Managed Services Provider Agreement" });
  await expect(msp).toContainText(`Version ${version}`);
  await expect(msp).toContainText("Pending acceptance");
  await msp.getByRole("link", { name: "Read and accept the Managed Services Provider Agreement" }).click();

  await expect(partnerPage.getByRole("heading", { level: 3, name: marker })).toBeVisible();
  const accept = partnerPage.getByRole("button", { name: `Accept Managed Services Provider Agreement version ${version}` });
  await accept.click();
  await expect(partnerPage.getByText("Tick the box to confirm you have read the agreement and accept it.")).toBeVisible();
  await partnerPage.getByLabel(`I have read the Managed Services Provider Agreement version ${version} and accept it on behalf of`).check();
  await accept.click();

  await expect(partnerPage.getByRole("status").filter({ hasText: "Accepted for " })).toBeVisible();
  await expect(partnerPage.getByRole("complementary", { name: "Agreements to accept" })).toHaveCount(0);
  await partnerPage.goto("/partner/agreements");
  await expect(partnerPage.getByRole("region", { name: "Managed Services Provider Agreement" })).toContainText("Accepted");
  await expect(partnerPage.getByRole("complementary", { name: "Agreements to accept" })).toHaveCount(0);
});

test("a partner user reads the agreements but cannot accept them", async ({ page }) => {
  await signIn(page, "partner.user@demo.test");
  await expect(page).toHaveURL("/partner");
  await page.goto("/partner/agreements");
  const mpa = page.getByRole("region", { name: "Master Partner Agreement" });
  await expect(mpa).toBeVisible();
  await mpa.getByRole("link", { name: "Read the Master Partner Agreement" }).click();
  await expect(page).toHaveURL(/\/partner\/agreements\/\w+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Master Partner Agreement" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Accept / })).toHaveCount(0);
});

test("an admin works the oldest legal request: a note, and the next status when it is still open", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await expect(page).toHaveURL("/admin");
  await page.goto("/admin/legal-requests");
  await expect(page.getByRole("heading", { level: 1, name: "Legal requests" })).toBeVisible();
  // The seed opens one request (and keeps two that ended); oldest first puts it on the first row still being worked.
  await page
    .getByRole("table", { name: "Legal requests" })
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: /^(Open|In negotiation)$/ }) })
    .first()
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /^Legal request from / })).toBeVisible();

  const status = page.getByLabel("Status");
  // On a reused e2e database an earlier run has already moved it on.
  const canStartNegotiating = (await status.locator("option").allTextContents()).includes("In negotiation");
  if (canStartNegotiating) await status.selectOption({ label: "In negotiation" });
  const note = `Call booked with their counsel (${Date.now()}).`;
  await page.getByLabel("Add a note").fill(note);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Legal request updated." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Notes" })).toContainText(note);
  await expect(page.getByLabel("Add a note")).toHaveValue("");
  if (canStartNegotiating) await expect(status.locator("option").first()).toHaveText("Keep: In negotiation");
});

async function publishFromVersionPage(page: Page, version?: number) {
  await page.getByRole("button", { name: "Publish…" }).click();
  const confirm = page.getByRole("dialog", { name: /^Publish the Managed Services Provider Agreement version \d+\?$/ });
  await expect(confirm).toContainText("every company that needs this agreement is asked to accept it");
  await confirm.getByRole("button", { name: /^Publish Managed Services Provider Agreement version \d+$/ }).click();
  await expect(page.getByRole("status").filter({ hasText: version ? `Version ${version} is published.` : "is published." })).toBeVisible();
}
