import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, waitUntilCaptured } from "./helpers";

// A fresh company and address per run, so the spec never collides with earlier data or other specs.
const run = Date.now().toString(36);
const company = `Fabrikam Consulting ${run}`;
const applicantEmail = `priya.${run}@fabrikam-${run}.example`;
const applicantPassword = "fabrikam-password-1";

async function readLinkFromEmail(browser: Browser, recipient: string, subject: string | RegExp, linkPattern: RegExp): Promise<string> {
  const admin = await browser.newPage();
  await signIn(admin, "admin@demo.test");
  await expect(admin).toHaveURL("/admin");
  await admin.goto(`/admin/emails?q=${encodeURIComponent(recipient)}`);
  const row = admin.getByRole("row").filter({ hasText: recipient }).filter({ hasText: subject });
  await waitUntilCaptured(admin, row);
  await row.getByRole("link", { name: subject }).click();
  const text = await admin.getByRole("region", { name: "As plain text" }).textContent();
  await admin.close();
  const link = text?.match(linkPattern)?.[0];
  expect(link, `a link in the email to ${recipient}`).toBeTruthy();
  return link!;
}

async function continueStep(page: Page) {
  await page.getByRole("button", { name: "Save and continue" }).click();
}

test("a visitor applies, confirms the email, accepts agreements; a PHD reviews and approves; the new admin signs in", async ({ browser }) => {
  test.setTimeout(150_000);
  const visitor = await browser.newPage();
  await visitor.goto("/login");
  await visitor.getByRole("link", { name: "Apply to the partner program" }).click();
  await expect(visitor).toHaveURL("/register");

  // Step 1: bad input gets a message next to the field and keeps what was typed.
  await continueStep(visitor);
  await expect(visitor.getByText("Enter the company's legal name.")).toBeVisible();
  await visitor.getByLabel("Company legal name").fill(company);
  await visitor.getByLabel("Company website").fill("not a website");
  await visitor.getByLabel("Country of the head office").fill("United States");
  await visitor.getByLabel("Region you sell in").selectOption({ label: "AMER" });
  await visitor.getByLabel("Company size").selectOption({ label: "11–50 employees" });
  await continueStep(visitor);
  await expect(visitor.getByText("Enter a website address such as fabrikam.com.")).toBeVisible();
  await expect(visitor.getByLabel("Company legal name")).toHaveValue(company);
  await expect(visitor.getByLabel("Company website")).toHaveAttribute("aria-invalid", "true");
  await visitor.getByLabel("Company website").fill(`www.fabrikam-${run}.example`);
  await continueStep(visitor);
  await expect(visitor.getByRole("heading", { name: "Tracks and tier" })).toBeVisible();

  // The draft lives on the server: a reload resumes it, and the earlier step still holds the answers.
  await visitor.reload();
  await expect(visitor.getByRole("heading", { name: "Tracks and tier" })).toBeVisible();
  await visitor.getByRole("navigation", { name: "Application steps" }).getByRole("link", { name: "1. Company" }).click();
  await expect(visitor.getByLabel("Company legal name")).toHaveValue(company);
  await continueStep(visitor);

  // Step 2
  await visitor.getByLabel("Reseller").check();
  await visitor.getByLabel("Services").check();
  // The minimum is said before it is enforced.
  await expect(visitor.getByLabel("How do you plan to work with us?")).toHaveAccessibleDescription(/at least 20 characters/);
  await visitor.getByLabel("How do you plan to work with us?").fill("Resell");
  await continueStep(visitor);
  await expect(visitor.getByText("Enter at least 20 characters.")).toBeVisible();
  await expect(visitor.getByLabel("Reseller")).toBeChecked();
  await visitor.getByLabel("How do you plan to work with us?").fill("We resell and implement for mid-size manufacturers in the Midwest.");
  await continueStep(visitor);

  // Step 3
  await visitor.getByLabel("Full name").fill("Priya Natarajan");
  await visitor.getByLabel("Work email").fill(applicantEmail);
  await visitor.getByLabel("Phone").fill("+1 312 555 0199");
  await visitor.getByLabel("Job title").fill("Managing Director");
  await visitor.getByLabel("Password", { exact: true }).fill(applicantPassword);
  await visitor.getByLabel("Repeat the password").fill("something-else-1");
  await continueStep(visitor);
  await expect(visitor.getByText("The two passwords differ.")).toBeVisible();
  await expect(visitor.getByLabel("Work email")).toHaveValue(applicantEmail);
  await visitor.getByLabel("Password", { exact: true }).fill(applicantPassword);
  await visitor.getByLabel("Repeat the password").fill(applicantPassword);
  await continueStep(visitor);

  // Step 4: the tracks need the MPA, the Reseller Addendum and the Referral/Services Addendum, each readable in full.
  await expect(visitor.getByRole("status")).toContainText(`We sent a confirmation link to ${applicantEmail}`);
  await expect(visitor.getByRole("region", { name: "Master Partner Agreement text" })).toContainText("Master Partner Agreement");
  await continueStep(visitor);
  await expect(visitor.getByText("Accept the Master Partner Agreement or ask to negotiate it.")).toBeVisible();
  for (const agreement of ["Master Partner Agreement", "Reseller Addendum", "Referral and Services Addendum"]) {
    await visitor
      .getByRole("radiogroup", { name: new RegExp(`Your decision on the ${agreement}`) })
      .getByLabel("I accept these terms")
      .check();
  }
  await continueStep(visitor);

  // Step 5: submitting waits for the confirmed address.
  await expect(visitor.getByRole("status").filter({ hasText: `Confirm ${applicantEmail} before you submit` })).toBeVisible();
  const verifyLink = await readLinkFromEmail(
    browser,
    applicantEmail,
    "Confirm your email to continue your partner application",
    /https?:\/\/\S+\/register\/verify\?token=[\w-]+/,
  );
  await visitor.goto(verifyLink);
  await visitor.getByRole("button", { name: "Confirm my email" }).click();
  await expect(visitor.getByText(`${applicantEmail} is confirmed.`)).toBeVisible();
  await visitor.getByRole("button", { name: "Submit the application" }).click();
  await expect(visitor).toHaveURL(/\/login\?applied=1/);
  await expect(visitor.getByRole("status")).toContainText("Your application is submitted");

  // The applicant sees the application's status and nothing else of the portal.
  await signIn(visitor, applicantEmail, applicantPassword);
  await expect(visitor).toHaveURL("/application");
  await expect(visitor.getByRole("heading", { level: 1, name: "Your partner application" })).toBeVisible();
  await expect(visitor.getByText("Your application is submitted.")).toBeVisible();
  await visitor.goto("/partner/company");
  await expect(visitor).toHaveURL("/application");
  await expect(visitor.getByRole("heading", { level: 1, name: "Your partner application" })).toBeVisible();

  // The AMER desk reviews it.
  const phd = await browser.newPage();
  await signIn(phd, "phd@demo.test");
  await expect(phd).toHaveURL("/phd/applicants");
  await phd.getByLabel("Search applicants").fill(company);
  await phd.getByLabel("Search applicants").press("Enter");
  await phd.getByRole("link", { name: company }).click();
  await expect(phd.getByRole("heading", { level: 1, name: company })).toBeVisible();

  // Denying asks first; a reason that is too short is refused inside the dialog, beside what was typed.
  await phd.getByRole("button", { name: "Deny the application…" }).click();
  const deny = phd.getByRole("dialog", { name: "Deny this application?" });
  await expect(deny.getByLabel("Reason for the applicant")).toBeFocused();
  await deny.getByLabel("Reason for the applicant").fill("Too short");
  await deny.getByRole("button", { name: "Deny the application" }).click();
  await expect(deny.getByText("Enter at least 10 characters.")).toBeVisible();
  await expect(deny.getByLabel("Reason for the applicant")).toHaveValue("Too short");
  await expect(deny.getByLabel("Reason for the applicant")).toHaveAttribute("aria-invalid", "true");
  await deny.getByRole("button", { name: "Cancel" }).click();
  await expect(deny).toBeHidden();

  await phd.getByRole("button", { name: "Approve the application" }).click();
  await expect(phd.getByRole("alert").filter({ hasText: "Complete the checklist first" })).toBeVisible();

  // Items 4 (CRM id) and 8 (agreements) are read from the portal's records; the PHD answers the others.
  for (const item of ["1. Company is valid", "2. Correct region", "7. Deal-registration access", "10. Alliance/technology partner"]) {
    await phd
      .getByRole("radiogroup", { name: new RegExp(`^${item.replace(/[.]/g, "\\.")}`) })
      .getByLabel("Yes")
      .check();
  }
  await phd.getByLabel("CRM id").fill(`CRM-${run}`);
  await phd.getByRole("button", { name: "Save account" }).click();
  await expect(phd.getByText("Account details saved.")).toBeVisible();
  await phd.getByRole("button", { name: "Save checklist" }).click();
  await expect(phd.getByText("Checklist saved: 4 answer(s) recorded.")).toBeVisible();
  await expect(phd.getByText(/^Yes, by .+ on /).first()).toBeVisible();
  await phd.getByRole("button", { name: "Approve the application" }).click();
  await expect(phd.getByRole("status").filter({ hasText: "the partner is Authorized" })).toBeVisible();
  await expect(phd.getByText(/Applicant review by .*: approved/)).toBeVisible();

  // The welcome email is on its way and the contact is now the company's admin, in an authorized portal.
  await readLinkFromEmail(browser, applicantEmail, `Welcome to the partner program, ${company}`, /https?:\/\/\S+\/login/);
  await visitor.goto("/partner");
  await expect(visitor.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await expect(visitor.getByText("Authorized")).toBeVisible();

  // The new admin invites a colleague, who accepts the emailed link and signs in.
  const colleagueEmail = `sam.${run}@fabrikam-${run}.example`;
  await visitor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Company" }).click();
  await visitor.getByLabel("Email address").fill(colleagueEmail);
  await visitor.getByRole("button", { name: "Send invitation" }).click();
  await expect(visitor.getByText(colleagueEmail).first()).toBeVisible();
  const inviteLink = await readLinkFromEmail(
    browser,
    colleagueEmail,
    `Priya Natarajan invited you to the ${company} partner portal`,
    /https?:\/\/\S+\/invitations\/[\w-]+/,
  );
  const colleague = await browser.newPage();
  await colleague.goto(inviteLink);
  await expect(colleague.getByRole("heading", { level: 1, name: `Join ${company}` })).toBeVisible();
  await colleague.getByLabel("Your name").fill("Sam Okafor");
  await colleague.getByLabel("Password", { exact: true }).fill("sam-password-123");
  await colleague.getByLabel("Repeat the password").fill("sam-password-123");
  await colleague.getByRole("button", { name: "Create my account" }).click();
  await expect(colleague).toHaveURL(/\/login\?invited=1/);
  await signIn(colleague, colleagueEmail, "sam-password-123");
  await expect(colleague).toHaveURL("/partner");
  await expect(colleague.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await expect(colleague.getByRole("banner")).toContainText("Sam Okafor");
});
