import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 13, points 5 (notifications) and 11 (tables and record pages). The accounts used here are used by no other
// spec in ways that touch their notices: ps@demo.test's notices, the APAC desk (phd.apac@demo.test) and its two
// seeded applicants, and cam.public@demo.test as the CAM an approval assigns.

const run = Date.now().toString(36);

/** The number the header's bell says is unread. */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByRole("banner").getByRole("link", { name: /^Notifications, \d+ unread$/ });
  return Number((await bell.getAttribute("aria-label"))?.match(/\d+/)?.[0]);
}

/** A notice on the notifications page, found by its title link. */
function notice(page: Page, title: string | RegExp): Locator {
  return page.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) });
}

/** The first applicant with this status in the signed-in PHD's queue (the APAC desk has one of each): its link. */
async function firstApplicant(page: Page, status: string): Promise<{ link: Locator; name: string }> {
  await page.goto("/phd/applicants");
  await page.getByLabel("Status").selectOption({ label: status });
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/status=/);
  const link = page.getByRole("cell").getByRole("link").first();
  return { link, name: (await link.textContent())!.trim() };
}

test("following a notice's link opens what it is about and the notice is read", async ({ page }) => {
  await signIn(page, "ps@demo.test");
  await expect(page).toHaveURL("/ps");
  const unread = await unreadCount(page);
  await page
    .getByRole("banner")
    .getByRole("link", { name: /^Notifications, / })
    .click();

  const invoice = notice(page, /submitted its .* invoice/);
  await expect(invoice.getByText("Unread", { exact: true })).toBeVisible();
  await invoice.getByRole("link", { name: /submitted its .* invoice/ }).click();

  // The notice is about Northwind's SOW: its page opens, and the bell counts one fewer.
  await expect(page).toHaveURL(/\/ps\/sows\/\w+$/);
  await expect(page.getByRole("heading", { level: 1, name: /^SOW / })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: `Notifications, ${unread - 1} unread` })).toBeVisible();

  await page.goto("/notifications");
  await expect(invoice.getByText("Unread", { exact: true })).toHaveCount(0);
  await expect(invoice.getByRole("button", { name: /^Mark as read/ })).toHaveCount(0);
});

test("when an application is decided, the desk's notices about it are read without anyone opening them", async ({ browser }) => {
  test.setTimeout(120_000);
  const phd = await browser.newPage();
  await signIn(phd, "phd.apac@demo.test");
  await expect(phd).toHaveURL("/phd/applicants");
  const { name: applicant } = await firstApplicant(phd, "Submitted");

  await phd.goto("/notifications");
  const about = notice(phd, `New partner application: ${applicant}`);
  await expect(about.getByText("Unread", { exact: true })).toBeVisible();
  // Each notice's own "Mark as read" is quiet, a link's look; "Mark all as read" is the one solid button.
  const markOne = about.getByRole("button", { name: /^Mark as read/ });
  await expect(markOne).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  await expect(phd.getByRole("button", { name: "Mark all as read" })).not.toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  const unread = await unreadCount(phd);

  // An admin decides the application; the PHD never opens the notice.
  const admin = await browser.newPage();
  await signIn(admin, "admin@demo.test");
  await expect(admin).toHaveURL("/admin");
  await admin.goto("/phd/applicants");
  await admin.getByLabel("Search applicants").fill(applicant);
  await admin.getByRole("button", { name: "Apply" }).click();
  await admin.getByRole("link", { name: applicant }).click();
  await admin.getByRole("button", { name: "Deny the application…" }).click();
  const deny = admin.getByRole("dialog", { name: "Deny this application?" });
  await deny.getByLabel("Reason for the applicant").fill(`We could not verify the company's website (${run}).`);
  await deny.getByRole("button", { name: "Deny the application" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `We could not verify the company's website (${run}).` })).toBeVisible();

  await phd.reload();
  await expect(about.getByText("Unread", { exact: true })).toHaveCount(0);
  // At least this notice fewer: the desk's other applications may be decided meanwhile by other tests.
  expect(await unreadCount(phd)).toBeLessThanOrEqual(unread - 1);
});

test("a CAM's bell shows the new partner an approval assigns them, and its link opens the account", async ({ browser }) => {
  test.setTimeout(120_000);
  const cam = await browser.newPage();
  await signIn(cam, "cam.public@demo.test");
  await expect(cam).toHaveURL("/cam");
  const unread = await unreadCount(cam);

  const phd = await browser.newPage();
  await signIn(phd, "phd.apac@demo.test");
  await expect(phd).toHaveURL("/phd/applicants");
  const { link, name: applicant } = await firstApplicant(phd, "In review");
  await link.click();
  await expect(phd.getByRole("heading", { level: 1, name: applicant })).toBeVisible();
  const camOption = phd.getByLabel("Channel Account Manager").locator("option", { hasText: "(Public sector)" });
  await phd.getByLabel("Channel Account Manager").selectOption({ label: (await camOption.textContent())!.trim() });
  await phd.getByLabel("CRM id").fill(`CRM-${run}`);
  await phd.getByRole("button", { name: "Save account" }).click();
  await expect(phd.getByText("Account details saved.")).toBeVisible();
  // Every checklist item the PHD still answers by hand gets a Yes.
  for (const yes of await phd.getByRole("radiogroup").getByLabel("Yes", { exact: true }).all()) {
    if (await yes.isEnabled()) await yes.check();
  }
  await phd.getByRole("button", { name: "Save checklist" }).click();
  await expect(phd.getByText(/^Checklist saved/)).toBeVisible();
  await phd.getByRole("button", { name: "Approve the application" }).click();
  await expect(phd.getByRole("status").filter({ hasText: "the partner is Authorized" })).toBeVisible();

  await cam.reload();
  const bell = cam.getByRole("banner").getByRole("link", { name: `Notifications, ${unread + 1} unread` });
  await expect(bell).toBeVisible();
  await bell.click();
  await notice(cam, `New partner account: ${applicant}`)
    .getByRole("link", { name: `New partner account: ${applicant}` })
    .click();
  await expect(cam).toHaveURL(/\/accounts\/\w+$/);
  await expect(cam.getByRole("heading", { level: 1, name: applicant })).toBeVisible();
  await expect(cam).toHaveTitle(`${applicant} · Partner Portal`);
  await expect(cam.getByRole("banner").getByRole("link", { name: `Notifications, ${unread} unread` })).toBeVisible();
});

test("an email to a very long address keeps the email log within the window, its link on screen", async ({ browser }) => {
  test.setTimeout(120_000);
  // 254 characters, the most an address may have, with no space or hyphen where a line could break.
  const local = `long${run}`.padEnd(64, "x");
  const address = `${local}@${"d".repeat(63)}.${"e".repeat(63)}.${"f".repeat(56)}.test`;
  expect(address).toHaveLength(254);

  const partner = await browser.newPage();
  await signIn(partner, "partner.admin@demo.test");
  await expect(partner).toHaveURL("/partner");
  await partner.goto("/partner/company");
  await partner.getByLabel("Email address").fill(address);
  await partner.getByRole("button", { name: "Send invitation" }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Invitation sent." })).toBeVisible();

  const admin = await browser.newPage();
  await admin.setViewportSize({ width: 1280, height: 800 });
  await signIn(admin, "admin@demo.test");
  await expect(admin).toHaveURL("/admin");
  await admin.goto("/admin/emails");
  await admin.getByRole("searchbox", { name: "Recipient" }).fill(local);
  await admin.getByRole("button", { name: "Apply" }).click();
  const row = admin.getByRole("row").filter({ hasText: local });
  await expect(row).toHaveCount(1);

  // The whole address is on the page, wrapped inside its cell; neither the page nor the table scrolls sideways.
  await expect(row).toContainText(address);
  const widths = await admin.evaluate(() => {
    const table = document.querySelector("table")!.parentElement!;
    return { page: document.documentElement.scrollWidth, window: window.innerWidth, table: table.scrollWidth, box: table.clientWidth };
  });
  expect(widths.page).toBeLessThanOrEqual(widths.window);
  expect(widths.table).toBeLessThanOrEqual(widths.box);
  const open = row.getByRole("link", { name: /invited you to/ });
  await expect(open).toBeInViewport();
  await open.click();
  await expect(admin).toHaveURL(/\/admin\/emails\/\w+$/);
});

test("rows of the CAM's accounts, the PS coordinator's SOWs and the admin's users open their record pages", async ({ browser }) => {
  test.setTimeout(120_000);
  const cases = [
    { email: "cam@demo.test", nav: "Accounts", list: "/accounts", record: /\/accounts\/\w+$/, heading: (name: string) => name },
    { email: "ps@demo.test", nav: "Prime SOWs", list: "/ps/sows", record: /\/ps\/sows\/\w+$/, heading: (number: string) => `SOW ${number}` },
    { email: "admin@demo.test", nav: null, list: "/admin", record: /\/admin\/users\/\w+$/, heading: (name: string) => name },
  ];
  for (const { email, nav, list, record, heading } of cases) {
    const page = await browser.newPage();
    await signIn(page, email);
    // The CAM's and the PS coordinator's homes are dashboards; their lists are one link away.
    if (nav) await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: nav, exact: true }).click();
    await expect(page).toHaveURL(list);
    const link = page.getByRole("cell").getByRole("link").first();
    const name = (await link.textContent())!.trim();
    await link.click();
    await expect(page, email).toHaveURL(record);
    await expect(page.getByRole("heading", { level: 1, name: heading(name) })).toBeVisible();
    await expect(page).toHaveTitle(`${heading(name)} · Partner Portal`);
    await expect(page.getByRole("heading", { level: 2, name: "History" })).toBeVisible();
    await page.close();
  }
});
