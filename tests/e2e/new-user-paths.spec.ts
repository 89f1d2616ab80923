// Issue 13, points 3, 4, 8, 9 and 10: the paths a new user takes (applying in two browsers, a denied applicant,
// one-time links, a deactivated account, the registration's details), each walked as a person would.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const run = Date.now().toString(36);
const PASSWORD = "applicant-password-1";
// The Help Desk address the portal shows when HELP_DESK_EMAIL is not set.
const HELP_DESK = "partner-help-desk@example.com";

interface Applicant {
  company: string;
  domain: string;
  email: string;
}

function applicant(name: string): Applicant {
  const domain = `${name}-${run}.example`;
  return { company: `${name[0].toUpperCase()}${name.slice(1)} Systems ${run}`, domain, email: `lead@${domain}` };
}

/**
 * The newest email to `recipient` with `subject`, once `count` of them have been captured (the log lists the newest
 * first), read by an admin at /admin/emails; the link in it that matches `pattern`.
 */
async function linkFromEmail(browser: Browser, recipient: string, subject: string, pattern: RegExp, count = 1): Promise<string> {
  const admin = await browser.newPage();
  await signIn(admin, "admin@demo.test");
  await expect(admin).toHaveURL("/admin");
  await admin.goto(`/admin/emails?q=${encodeURIComponent(recipient)}`);
  const rows = admin.getByRole("row").filter({ hasText: subject });
  await expect(async () => {
    await admin.reload();
    await expect(rows.filter({ hasText: "Captured" })).toHaveCount(count, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await rows.first().getByRole("link", { name: subject }).click();
  const text = await admin.getByRole("region", { name: "As plain text" }).textContent();
  await admin.close();
  const link = text?.match(pattern)?.[0];
  expect(link, `a link in the email to ${recipient}`).toBeTruthy();
  return link!;
}

const VERIFY_SUBJECT = "Confirm your email to continue your partner application";
const VERIFY_LINK = /https?:\/\/\S+\/register\/verify\?token=[\w-]+/;

async function continueStep(page: Page) {
  await page.getByRole("button", { name: "Save and continue" }).click();
}

/** Steps 1 to 3, leaving the applicant on the agreements step with a confirmation link on its way. */
async function applyUpToAgreements(page: Page, who: Applicant) {
  await page.goto("/register");
  await page.getByLabel("Company legal name").fill(who.company);
  await page.getByLabel("Company website").fill(who.domain);
  await page.getByLabel("Country of the head office").fill("Canada");
  await page.getByLabel("Region you sell in").selectOption({ label: "AMER" });
  await page.getByLabel("Company size").selectOption({ label: "11–50 employees" });
  await continueStep(page);
  await page.getByLabel("Reseller").check();
  await page.getByLabel("How do you plan to work with us?").fill("We resell subscriptions to logistics companies in Ontario.");
  await continueStep(page);
  await page.getByLabel("Full name").fill("Morgan Lee");
  await page.getByLabel("Work email").fill(who.email);
  await page.getByLabel("Phone").fill("+1 416 555 0142");
  await page.getByLabel("Job title").fill("Founder");
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await continueStep(page);
  await expect(page.getByRole("heading", { name: "Agreements" })).toBeVisible();
}

async function confirmEmail(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("Your email is confirmed.")).toBeVisible();
}

test("confirming the email in a second browser tells the first where the application went and brings it back on request", async ({ browser }) => {
  test.setTimeout(150_000);
  const who = applicant("twobrowser");
  const desktop = await browser.newContext();
  const first = await desktop.newPage();
  await applyUpToAgreements(first, who);

  // The link is opened on another device (a phone's mail app): the application continues there.
  const phone = await browser.newContext();
  const second = await phone.newPage();
  await confirmEmail(second, await linkFromEmail(browser, who.email, VERIFY_SUBJECT, VERIFY_LINK));
  await expect(second.getByRole("heading", { name: "Agreements" })).toBeVisible();

  // The first browser is not shown an empty Company step: it is told what happened and how to go on.
  await first.goto("/register");
  const note = first.getByRole("note");
  await expect(note).toContainText("Your application continues in another browser.");
  await expect(note).toContainText(`${who.email} was confirmed in another browser`);
  await expect(first.getByLabel("Company legal name")).toHaveCount(0);
  await first.getByRole("button", { name: "Email me a link to continue here" }).click();
  await expect(first.getByRole("status")).toContainText(`We emailed a link to ${who.email}`);

  // The new link brings the same answers back to the first browser; now the phone is the one told.
  await confirmEmail(first, await linkFromEmail(browser, who.email, VERIFY_SUBJECT, VERIFY_LINK, 2));
  await first.getByRole("navigation", { name: "Application steps" }).getByRole("link", { name: "1. Company" }).click();
  await expect(first.getByLabel("Company legal name")).toHaveValue(who.company);
  await second.goto("/register");
  await expect(second.getByRole("note")).toContainText("Your application continues in another browser.");
  await desktop.close();
  await phone.close();
});

test("registration: terms box, Edit links, a step not reached, and the email filled in on sign-in after applying", async ({ browser }) => {
  test.setTimeout(150_000);
  const who = applicant("details");
  const page = await browser.newPage();

  // A step not reached yet shows the furthest one under its own address.
  await page.goto("/register?step=4");
  await expect(page).toHaveURL("/register?step=1");
  await expect(page.getByRole("heading", { name: "Company" })).toBeVisible();
  await applyUpToAgreements(page, who);
  await page.goto("/register?step=5");
  await expect(page).toHaveURL("/register?step=4");

  // "Terms to negotiate" is only for a negotiation: accepting disables and empties it.
  const decision = page.getByRole("radiogroup", { name: /Your decision on the Master Partner Agreement/ });
  const terms = page.getByLabel("Terms to negotiate in the Master Partner Agreement");
  await decision.getByLabel("I need to negotiate terms").check();
  await terms.fill("Section 4 needs a 60-day payment term.");
  await decision.getByLabel("I accept these terms").check();
  await expect(terms).toBeDisabled();
  await expect(terms).toHaveValue("");
  await decision.getByLabel("I need to negotiate terms").check();
  await expect(terms).toBeEnabled();
  await decision.getByLabel("I accept these terms").check();
  await page
    .getByRole("radiogroup", { name: /Your decision on the Reseller Addendum/ })
    .getByLabel("I accept these terms")
    .check();
  await continueStep(page);

  // The review has an Edit link per section, leading to its step.
  await expect(page.getByRole("heading", { name: "Review and submit" })).toBeVisible();
  for (const section of ["Company", "Tracks and tier", "Primary contact", "Agreements"]) {
    await expect(page.getByRole("link", { name: `Edit ${section.toLowerCase()}` })).toBeVisible();
  }
  await page.getByRole("link", { name: "Edit tracks and tier" }).click();
  await expect(page).toHaveURL("/register?step=2");
  await expect(page.getByLabel("How do you plan to work with us?")).toHaveValue(/logistics companies/);

  await confirmEmail(page, await linkFromEmail(browser, who.email, VERIFY_SUBJECT, VERIFY_LINK));
  await page.getByRole("button", { name: "Submit the application" }).click();
  await expect(page).toHaveURL(/\/login\?applied=1/);
  await expect(page.getByLabel("Email")).toHaveValue(who.email);
  await expect(page.getByLabel("Password")).toBeFocused();
  await expect(page.getByLabel("Password")).toHaveValue("");
});

test("a denied applicant reads the reason and the Help Desk's address, and applies again; the register page tells the two apart", async ({ browser }) => {
  test.setTimeout(180_000);
  const who = applicant("denied");
  const page = await browser.newPage();
  await applyUpToAgreements(page, who);
  await page.getByLabel("I accept these terms").first().check();
  await page.getByLabel("I accept these terms").nth(1).check();
  await continueStep(page);
  await confirmEmail(page, await linkFromEmail(browser, who.email, VERIFY_SUBJECT, VERIFY_LINK));
  await page.getByRole("button", { name: "Submit the application" }).click();
  await expect(page).toHaveURL(/\/login\?applied=1/);

  const reason = "We could not verify the company's reseller business from its website.";
  const phd = await browser.newPage();
  await signIn(phd, "phd@demo.test");
  await phd.getByLabel("Search applicants").fill(who.company);
  await phd.getByLabel("Search applicants").press("Enter");
  await phd.getByRole("link", { name: who.company }).click();
  await phd.getByRole("button", { name: "Deny the application…" }).click();
  const deny = phd.getByRole("dialog", { name: "Deny this application?" });
  await deny.getByLabel("Reason for the applicant").fill(reason);
  await deny.getByRole("button", { name: "Deny the application" }).click();
  await expect(phd.getByRole("status").filter({ hasText: "Denied" })).toBeVisible();

  // Someone else from the company is told the application was declined, not to ask a portal admin.
  const colleague = await browser.newPage();
  await colleague.goto("/register");
  await colleague.getByLabel("Company legal name").fill(`${who.company} Canada`);
  await colleague.getByLabel("Company website").fill(`https://www.${who.domain}/about`);
  await colleague.getByLabel("Country of the head office").fill("Canada");
  await colleague.getByLabel("Region you sell in").selectOption({ label: "AMER" });
  await colleague.getByLabel("Company size").selectOption({ label: "11–50 employees" });
  await continueStep(colleague);
  const website = colleague.getByLabel("Company website");
  await expect(website).toHaveAccessibleDescription(new RegExp(`An application for ${who.domain} was declined\\.`));
  await expect(website).toHaveAccessibleDescription(new RegExp(HELP_DESK));
  await expect(colleague.getByText(/invite you/)).toHaveCount(0);

  // The applicant sees the reason, whom to write to, and a way to apply again.
  await signIn(page, who.email, PASSWORD);
  await expect(page).toHaveURL("/application");
  await expect(page.getByText(reason)).toBeVisible();
  await expect(page.getByRole("link", { name: HELP_DESK })).toHaveAttribute("href", `mailto:${HELP_DESK}`);
  await page.getByLabel("What has changed since the decision?").fill("Too short");
  await page.getByRole("button", { name: "Apply again" }).click();
  await expect(page.getByText("Enter at least 20 characters.")).toBeVisible();
  await page.getByLabel("What has changed since the decision?").fill("Our website now lists our reseller agreements and customer references.");
  await page.getByRole("button", { name: "Apply again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your application is sent again." })).toBeVisible();
  await expect(page.getByText("Your application is submitted.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Apply again" })).toHaveCount(0);

  // The desk sees it again, with a fresh checklist and the history in the notes.
  await phd.reload();
  await expect(phd.getByRole("button", { name: "Approve the application" })).toBeVisible();
  await expect(phd.getByText(/Applied again after the denial of/)).toBeVisible();

  // Now the company is under review again, and the register page says so.
  await continueStep(colleague);
  await expect(website).toHaveAccessibleDescription(new RegExp(`An application for ${who.domain} is waiting for review\\.`));
});

test("one-time links are checked when their page loads, with the way forward; the email is filled in after a reset or an invitation", async ({ browser }) => {
  test.setTimeout(150_000);
  const visitor = await browser.newPage();

  // Made-up links: said up front, no form to fill in first.
  await visitor.goto("/reset-password?token=made-up-token");
  await expect(visitor.getByRole("alert").filter({ hasText: "This reset link is not valid" })).toBeVisible();
  await expect(visitor.getByLabel("New password", { exact: true })).toHaveCount(0);
  await expect(visitor.getByRole("link", { name: "Ask for a new reset link" })).toHaveAttribute("href", "/forgot-password");
  await visitor.goto("/register/verify?token=made-up-token");
  await expect(visitor.getByRole("alert").filter({ hasText: "This confirmation link is not valid" })).toBeVisible();
  await expect(visitor.getByRole("button", { name: "Confirm my email" })).toHaveCount(0);
  await expect(visitor.getByRole("link", { name: "Back to your application, where you can ask for a new link" })).toHaveAttribute("href", "/register");

  // An invitation: one revoked, one accepted; the accepted one's address is filled in on the sign-in page.
  const revoked = `revoked.${run}@other-partner.example`;
  const invited = `joiner.${run}@other-partner.example`;
  const admin = await browser.newPage();
  await signIn(admin, "other.partner@demo.test");
  await expect(admin).toHaveURL("/partner");
  for (const address of [revoked, invited]) {
    await admin.goto("/partner/company");
    await admin.getByLabel("Email address").fill(address);
    await admin.getByRole("button", { name: "Send invitation" }).click();
    await expect(admin.getByText(address).first()).toBeVisible();
  }
  const revokedLink = await linkFromEmail(browser, revoked, "invited you to the", /https?:\/\/\S+\/invitations\/[\w-]+/);
  await admin.getByRole("button", { name: `Revoke the invitation for ${revoked}` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Yes, revoke" }).click();
  await expect(admin.getByRole("listitem").filter({ hasText: revoked })).toHaveCount(0);
  const response = await visitor.goto(revokedLink);
  expect(response?.status()).toBe(404);
  await expect(visitor.getByRole("alert").filter({ hasText: "This invitation link is not valid" })).toContainText(
    "Ask a partner admin of your company to invite you again.",
  );
  await expect(visitor.getByLabel("Your name")).toHaveCount(0);

  await visitor.goto(await linkFromEmail(browser, invited, "invited you to the", /https?:\/\/\S+\/invitations\/[\w-]+/));
  await visitor.getByLabel("Your name").fill("Jo Joiner");
  await visitor.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await visitor.getByLabel("Repeat the password").fill(PASSWORD);
  await visitor.getByRole("button", { name: "Create my account" }).click();
  await expect(visitor).toHaveURL(/\/login\?invited=1/);
  await expect(visitor.getByLabel("Email")).toHaveValue(invited);

  // A used reset link: the new password was saved once; the second visit is told so before typing anything.
  await visitor.goto("/forgot-password");
  await visitor.getByLabel("Email").fill(invited);
  await visitor.getByRole("button", { name: "Email me a reset link" }).click();
  const resetLink = await linkFromEmail(browser, invited, "Reset your Partner Portal password", /https?:\/\/\S+reset-password\?token=[\w-]+/);
  await visitor.goto(resetLink);
  await expect(visitor.getByText(`For ${invited}.`)).toBeVisible();
  await visitor.getByLabel("New password", { exact: true }).fill("joiner-new-password");
  await visitor.getByLabel("Repeat the new password").fill("joiner-new-password");
  await visitor.getByRole("button", { name: "Save the new password" }).click();
  await expect(visitor).toHaveURL(/\/login\?reset=1/);
  await expect(visitor.getByLabel("Email")).toHaveValue(invited);
  await visitor.goto(resetLink);
  await expect(visitor.getByRole("alert").filter({ hasText: "This reset link is not valid" })).toBeVisible();
  await expect(visitor.getByLabel("New password", { exact: true })).toHaveCount(0);
  await visitor.getByRole("link", { name: "Ask for a new reset link" }).click();
  await expect(visitor).toHaveURL("/forgot-password");
});

test("deactivating asks first and says it was done; the deactivated user is told whom to ask, only with the right password", async ({ browser }) => {
  test.setTimeout(150_000);
  const leaving = `leaving.${run}@other-partner.example`;
  const admin = await browser.newPage();
  await signIn(admin, "other.partner@demo.test");
  await expect(admin).toHaveURL("/partner");
  await admin.goto("/partner/company");
  await admin.getByLabel("Email address").fill(leaving);
  await admin.getByRole("button", { name: "Send invitation" }).click();
  const person = await browser.newPage();
  await person.goto(await linkFromEmail(browser, leaving, "invited you to the", /https?:\/\/\S+\/invitations\/[\w-]+/));
  await person.getByLabel("Your name").fill("Lee Leaving");
  await person.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await person.getByLabel("Repeat the password").fill(PASSWORD);
  await person.getByRole("button", { name: "Create my account" }).click();
  await expect(person).toHaveURL(/\/login\?invited=1/);

  await admin.goto("/partner/company");
  await admin.getByRole("row").filter({ hasText: leaving }).getByRole("link").click();
  await admin.getByRole("button", { name: "Deactivate user" }).click();
  const dialog = admin.getByRole("dialog", { name: "Deactivate Lee Leaving?" });
  await expect(dialog).toContainText("Lee Leaving will be signed out and cannot sign in again");
  await dialog.getByRole("button", { name: "Yes, deactivate" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "User deactivated. They can no longer sign in." })).toBeVisible();
  await expect(admin.getByRole("button", { name: "Reactivate user" })).toBeVisible();

  await signIn(person, leaving, "not-the-password");
  await expect(person.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();
  await signIn(person, leaving, PASSWORD);
  const refusal = person.getByRole("alert").filter({ hasText: "Your account is deactivated." });
  await expect(refusal).toContainText("Ask your company's portal admin to reactivate it");
  await expect(refusal).toContainText(HELP_DESK);
  await expect(person).toHaveURL(/\/login/);
});

test("the sign-in page's header does not offer to sign in; other pages do", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await page.goto("/register");
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/login");
});
