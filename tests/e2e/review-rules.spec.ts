// Issue 13, points 1, 2, 6, 7 and 12: what the applicant review enforces and shows, tried as the people involved would.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { pageAs, waitUntilCaptured } from "./helpers";

const run = Date.now().toString(36);
const DAY_MS = 86_400_000;

async function readEmail(browser: Browser, recipient: string, subject: string | RegExp): Promise<string> {
  const admin = await pageAs(browser, "admin@demo.test");
  await admin.goto(`/admin/emails?q=${encodeURIComponent(recipient)}`);
  const row = admin.getByRole("row").filter({ hasText: recipient }).filter({ hasText: subject });
  await waitUntilCaptured(admin, row);
  await row.getByRole("link", { name: subject }).click();
  const text = (await admin.getByRole("region", { name: "As plain text" }).textContent()) ?? "";
  await admin.context().close();
  return text;
}

/**
 * A company applies on the Reseller and Services tracks from this browser: it clicks through the MPA and the
 * Referral/Services Addendum and asks to negotiate the Reseller Addendum, confirms its email and submits.
 */
async function applyNegotiatingTheResellerAddendum(browser: Browser, baseURL: string, company: string, email: string, password: string) {
  // By IPv4, as the reporter did: the server then sees the client as ::ffff:127.0.0.1.
  const ipv4 = baseURL.replace("//localhost", "//127.0.0.1");
  const visitor = await (await browser.newContext({ baseURL: ipv4 })).newPage();
  const next = () => visitor.getByRole("button", { name: "Save and continue" }).click();
  await visitor.goto("/register");
  await visitor.getByLabel("Company legal name").fill(company);
  await visitor.getByLabel("Company website").fill(`www.${email.split("@")[1]}`);
  await visitor.getByLabel("Country of the head office").fill("United States");
  await visitor.getByLabel("Region you sell in").selectOption({ label: "AMER" });
  await visitor.getByLabel("Company size").selectOption({ label: "11–50 employees" });
  await next();
  await visitor.getByLabel("Reseller").check();
  await visitor.getByLabel("Services").check();
  await visitor.getByLabel("How do you plan to work with us?").fill("We resell and implement for mid-size manufacturers in the Midwest.");
  await next();
  await visitor.getByLabel("Full name").fill("Jordan Alvarez");
  await visitor.getByLabel("Work email").fill(email);
  await visitor.getByLabel("Phone").fill("+1 312 555 0142");
  await visitor.getByLabel("Job title").fill("Managing Director");
  await visitor.getByLabel("Password", { exact: true }).fill(password);
  await visitor.getByLabel("Repeat the password").fill(password);
  await next();
  await expect(visitor.getByRole("status")).toContainText(`We sent a confirmation link to ${email}`);
  for (const agreement of ["Master Partner Agreement", "Referral and Services Addendum"]) {
    await visitor
      .getByRole("radiogroup", { name: new RegExp(`Your decision on the ${agreement}`) })
      .getByLabel("I accept these terms")
      .check();
  }
  await visitor
    .getByRole("radiogroup", { name: /Your decision on the Reseller Addendum/ })
    .getByLabel("I need to negotiate terms")
    .check();
  await visitor.getByLabel("Terms to negotiate in the Reseller Addendum").fill("We need 60 days' payment terms in section 3.");
  await next();
  const verification = await readEmail(browser, email, "Confirm your email to continue your partner application");
  const link = verification.match(/https?:\/\/\S+\/register\/verify\?token=[\w-]+/)?.[0];
  expect(link, "the confirmation link").toBeTruthy();
  await visitor.goto(link!.replace(/^https?:\/\/[^/]+/, ipv4));
  await visitor.getByRole("button", { name: "Confirm my email" }).click();
  await visitor.getByRole("button", { name: "Submit the application" }).click();
  await expect(visitor).toHaveURL(/\/login\?applied=1/);
  await visitor.context().close();
}

async function openApplicant(phd: Page, company: string) {
  await phd.goto(`/phd/applicants?q=${encodeURIComponent(company)}`);
  await phd.getByRole("link", { name: company }).click();
  await expect(phd.getByRole("heading", { level: 1, name: company })).toBeVisible();
}

test("an agreement in negotiation blocks approval until legal resolves it as agreed; then the PHD is told and approval goes through", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const company = `Contoso Systems ${run}`;
  const email = `jordan.${run}@contoso-${run}.example`;
  const password = "contoso-password-1";
  await applyNegotiatingTheResellerAddendum(browser, baseURL!, company, email, password);

  // The AMER desk: items 4 and 8 are read from the portal's records, not asked; the rest answered yes.
  const phd = await pageAs(browser, "phd@demo.test");
  await openApplicant(phd, company);
  await expect(phd).toHaveTitle(`${company} — Applicant review · Partner Portal`);
  const checklist = phd.getByRole("region", { name: "Review checklist" });
  await expect(checklist.getByRole("radiogroup", { name: /^4\. CRM id linked/ })).toHaveCount(0);
  await expect(checklist.getByRole("radiogroup", { name: /^8\. Account data correct/ })).toHaveCount(0);
  await expect(checklist).toContainText("No, from the portal's records: No CRM id is linked");
  await expect(checklist).toContainText("Reseller addendum in negotiation");
  for (const item of ["1. Company is valid", "2. Correct region", "7. Deal-registration access", "10. Alliance/technology partner"]) {
    await checklist
      .getByRole("radiogroup", { name: new RegExp(`^${item.replace(/[.]/g, "\\.")}`) })
      .getByLabel("Yes")
      .check();
  }
  await phd.getByRole("button", { name: "Save checklist" }).click();
  await expect(phd.getByText("Checklist saved: 4 answer(s) recorded.")).toBeVisible();
  await phd.getByLabel("CRM id").fill(`CRM-${run}`);
  await phd.getByRole("button", { name: "Save account" }).click();
  await expect(phd.getByText("Account details saved.")).toBeVisible();
  await expect(checklist).toContainText(`Yes, from the portal's records: CRM id CRM-${run} is linked.`);

  // The click-through is evidenced with the address as people write it.
  const agreements = phd.getByRole("region", { name: "Agreements" });
  await expect(agreements).toContainText(/Master Partner Agreement v\d+: click through on .+ from 127\.0\.0\.1/);
  await expect(agreements).not.toContainText("::ffff:");

  // Approval is refused, with the reason, while the Reseller Addendum is in negotiation.
  await phd.getByRole("button", { name: "Approve the application" }).click();
  await expect(phd.getByRole("alert").filter({ hasText: "Reseller addendum in negotiation (its legal request is not resolved)" })).toBeVisible();
  await phd.reload();
  await expect(phd.getByText(/^Last PHD review: never/)).toBeVisible();

  // Channel operations resolve the request as agreed, from the applicant's link to it and back.
  const admin = await pageAs(browser, "admin@demo.test");
  await admin.goto(`/admin/legal-requests?q=${encodeURIComponent(company)}`);
  await admin.getByRole("link", { name: company }).click();
  await expect(admin).toHaveTitle(`Legal request from ${company} — Reseller Addendum · Partner Portal`);
  await expect(admin.getByRole("link", { name: new RegExp(`^${company}: applicant review`) })).toBeVisible();
  await admin.getByRole("button", { name: "Resolve as agreed…" }).click();
  const resolve = admin.getByRole("dialog", { name: /^Resolve as agreed/ });
  await resolve.getByRole("button", { name: "Resolve as agreed" }).click();
  await expect(resolve.getByLabel("Negotiated version")).toHaveAttribute("aria-invalid", "true");
  await expect(resolve.getByText("Record the negotiated version, or the exception to the standard terms that was agreed.").first()).toBeVisible();
  await resolve.getByLabel("Negotiated version").fill("Reseller Addendum v1 with 60-day payment terms, signed");
  await resolve.getByRole("button", { name: "Resolve as agreed" }).click();
  const outcome = admin.getByRole("region", { name: "Outcome" });
  await expect(outcome).toContainText("Resolved as agreed");
  await expect(outcome).toContainText("Reseller Addendum v1 with 60-day payment terms, signed");
  await admin.goto(`/admin/legal-requests?status=RESOLVED&q=${encodeURIComponent(company)}`);
  await expect(admin.getByRole("link", { name: company })).toBeVisible();

  // The applicant is emailed the outcome.
  expect(await readEmail(browser, email, /Your legal request is resolved/)).toContain("Reseller Addendum v1 with 60-day payment terms, signed");

  // The PHD, whose review page still shows the refusal from before, is notified with a link to the applicant;
  // approving from the page loaded before the resolution goes through, since approval reads the agreements itself.
  const notices = await pageAs(browser, "phd@demo.test");
  await notices.goto("/notifications");
  await notices.getByRole("link", { name: `Legal request of ${company} resolved as agreed` }).click();
  await expect(notices.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await expect(notices.getByRole("region", { name: "Agreements" })).toContainText("resolved as agreed");
  await notices.context().close();

  await phd.getByRole("button", { name: "Approve the application" }).click();
  await expect(phd.getByRole("status").filter({ hasText: "the partner is Authorized" })).toBeVisible();

  // Decided: region, CAM and CRM id are facts to read, with no control left that cannot be saved.
  await phd.reload();
  const account = phd.getByRole("region", { name: "Account", exact: true });
  await expect(account.getByRole("combobox")).toHaveCount(0);
  await expect(account.getByRole("textbox")).toHaveCount(0);
  await expect(account.getByRole("button", { name: "Save account" })).toHaveCount(0);
  await expect(account).toContainText("Region");
  await expect(account).toContainText(`CRM-${run}`);
  await expect(account).toContainText("Channel Account Manager");
  await expect(account).not.toContainText("approval assigns the region's CAM");
  await expect(phd.getByRole("region", { name: "Company" })).not.toContainText("Not yet");
  await phd.context().close();
  await admin.context().close();
});

test("the PHD queue says what it shows: awaiting decision by default, All with the decided, age stopped at the decision, the desk's regions", async ({
  browser,
}) => {
  const phd = await pageAs(browser, "phd@demo.test");
  await phd.goto("/phd/applicants");
  const status = phd.getByLabel("Status");
  await expect(status.locator("option:checked")).toHaveText("Awaiting decision");
  await expect(phd.getByLabel("Region").locator("option")).toHaveText(["All", "AMER", "Public sector"]);
  const table = phd.getByRole("table", { name: "Applicant queue" });
  await expect(table.getByRole("row").filter({ hasText: "In review" }).first()).toBeVisible();
  // By the status cell: other specs name their companies after what happens to them ("Denied Systems …").
  await expect(table.getByRole("row").filter({ has: phd.getByRole("cell", { name: /^(Authorized|Denied)$/ }) })).toHaveCount(0);

  await status.selectOption({ label: "All" });
  await phd.getByRole("button", { name: "Apply" }).click();
  await expect(phd).toHaveURL(/status=ALL/);
  await expect(phd.getByLabel("Status").locator("option:checked")).toHaveText("All");
  const decided = table.getByRole("row").filter({ has: phd.getByRole("cell", { name: "Authorized", exact: true }) });
  await expect(decided.first()).toBeVisible();

  // A decided row's age is the days from submission to decision, not to today.
  const headers = await table.getByRole("columnheader").allTextContents();
  const column = (name: string) => headers.findIndex((header) => header.startsWith(name));
  const cells = await decided.first().getByRole("cell").allTextContents();
  const submitted = Date.parse(`${cells[column("Submitted")]} UTC`);
  const decidedOn = Date.parse(`${cells[column("Decided")]} UTC`);
  const age = Number(cells[column("Age (days)")]);
  expect(Number.isNaN(submitted) || Number.isNaN(decidedOn), `dates in ${cells.join(" | ")}`).toBe(false);
  const calendarDays = Math.round((decidedOn - submitted) / DAY_MS);
  expect(age).toBeGreaterThanOrEqual(calendarDays - 1);
  expect(age).toBeLessThanOrEqual(calendarDays);
  expect(age).toBeLessThan(Math.floor((Date.now() - submitted) / DAY_MS) - 1);
  await phd.context().close();
});
