import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { openColumnsMenu, signIn } from "./helpers";

/** Just enough RFC 4180 to read the export back: quoted cells, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(cell);
      cell = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      index++;
    } else cell += char;
  }
  return records;
}

test("a CAM hides a column, and the choice stays in the URL across a reload", async ({ page }) => {
  await signIn(page, "cam@demo.test");
  await expect(page).toHaveURL("/cam");
  await page.goto("/accounts");
  await expect(page.getByRole("columnheader", { name: /Tier/ })).toBeVisible();

  await expect(page.getByRole("button", { name: "Columns" })).toHaveAttribute("aria-expanded", "false");
  await openColumnsMenu(page);
  await page.getByRole("checkbox", { name: "Tier" }).uncheck();

  await expect(page).toHaveURL(/[?&]hide=tier(&|$)/);
  await expect(page.getByRole("columnheader", { name: /Tier/ })).toHaveCount(0);
  await expect(page.getByRole("columnheader", { name: /Partner/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("columnheader", { name: /Partner/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Tier/ })).toHaveCount(0);
});

test("a CAM downloads the filtered accounts as CSV", async ({ page }) => {
  await signIn(page, "cam@demo.test");
  await expect(page).toHaveURL("/cam");
  await page.goto("/accounts");
  await page.getByRole("combobox", { name: "Tier" }).selectOption("SELECT");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]tier=SELECT(&|$)/);
  const shown = await page.getByText(/^Showing \d+–\d+ of \d+$/).textContent();
  const total = Number(shown?.match(/of (\d+)$/)?.[1]);
  expect(total).toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^accounts-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile(await download.path(), "utf8")).replace(/^\uFEFF/, "");
  const [header, ...rows] = parseCsv(text);
  expect(header?.slice(0, 4)).toEqual(["Partner", "Tier", "Region", "Status"]);
  expect(rows).toHaveLength(total);
  const tierColumn = header?.indexOf("Tier") ?? -1;
  for (const row of rows) expect(row[tierColumn]).toBe("SELECT");
});

test("a partner user asking for the accounts export gets a 403", async ({ page }) => {
  await signIn(page, "partner.user@demo.test");
  await expect(page).toHaveURL("/partner");
  const response = await page.request.get("/accounts/export");
  expect(response.status()).toBe(403);
});

test("an anonymous request for an export gets a 401, not the sign-in page", async ({ request }) => {
  for (const path of [
    "/admin/export",
    "/accounts/export",
    "/admin/audit/export?action=user.signed_in",
    "/education/imports/export",
    "/admin/certifications/export",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(401);
    expect(await response.text()).toBe("Sign in to download this file.");
  }
});

test("an admin downloads the users and the filtered audit trail as CSV", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await expect(page).toHaveURL("/admin");

  const users = await page.request.get("/admin/export?role=CAM");
  expect(users.status()).toBe(200);
  expect(users.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const [userHeader, ...userRows] = parseCsv((await users.text()).replace(/^\uFEFF/, ""));
  expect(userRows.map((row) => row[userHeader?.indexOf("Email") ?? -1])).toContain("cam@demo.test");
  for (const row of userRows) expect(row[userHeader?.indexOf("Role") ?? -1]).toBe("CAM");

  const audit = await page.request.get("/admin/audit/export?action=user.signed_in");
  expect(audit.status()).toBe(200);
  expect(audit.headers()["content-disposition"]).toMatch(/^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"$/);
  const [auditHeader, ...auditRows] = parseCsv((await audit.text()).replace(/^\uFEFF/, ""));
  expect(auditRows.length).toBeGreaterThan(0);
  for (const row of auditRows) expect(row[auditHeader?.indexOf("Action") ?? -1]).toBe("user.signed_in");
});

test("on a 390 px phone a table page does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "cam@demo.test");
  await expect(page).toHaveURL("/cam");
  await page.goto("/accounts");
  await expect(page.getByRole("columnheader", { name: /Partner/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a page number past the end says so and links to the last page, keeping the sort", async ({ page }) => {
  await signIn(page, "phd@demo.test");
  await expect(page).toHaveURL("/phd/applicants");
  await page.goto("/phd/applicants?sort=legalName&dir=desc&page=99");
  await expect(page.getByText("There is no page 99 of this list.")).toBeVisible();
  await expect(page.getByText(/No applications are waiting/)).toHaveCount(0);
  await expect(page.getByText(/Page 99 of/)).toHaveCount(0);

  await page.getByRole("link", { name: /^Go to the last page/ }).click();
  await expect(page).toHaveURL(/[?&]sort=legalName&dir=desc(&|$)/);
  await expect(page.getByText(/^Showing \d+–\d+ of \d+$/)).toBeVisible();
});

test("a search that matches nothing says so and offers to clear it, instead of the page's empty message", async ({ page }) => {
  await signIn(page, "cam@demo.test");
  await expect(page).toHaveURL("/cam");
  await page.goto("/accounts?q=no-such-partner-anywhere&sort=tier&dir=asc");
  await expect(page.getByText("Nothing matches the search and filters.")).toBeVisible();
  await expect(page.getByText(/No partner accounts here yet/)).toHaveCount(0);
  await expect(page.getByText("No rows")).toHaveCount(0);

  await page.getByRole("link", { name: "Clear the search and filters" }).click();
  await expect(page).toHaveURL("/accounts?sort=tier&dir=asc");
  await expect(page.getByText(/^Showing \d+–\d+ of \d+$/)).toBeVisible();
});

test("Escape closes the Columns menu and returns focus to its button", async ({ page }) => {
  await signIn(page, "cam@demo.test");
  await expect(page).toHaveURL("/cam");
  await page.goto("/accounts");
  const columnsButton = await openColumnsMenu(page);
  const tier = page.getByRole("checkbox", { name: "Tier" });
  await tier.focus();
  await page.keyboard.press("Escape");
  await expect(columnsButton).toHaveAttribute("aria-expanded", "false");
  await expect(tier).toHaveCount(0);
  await expect(columnsButton).toBeFocused();
});

async function openAuditTrailAt1280(page: Page) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, "admin@demo.test");
  await expect(page).toHaveURL("/admin");
  await page.goto("/admin/audit");
}

test("at 1280 px a time in the audit trail stays on one line", async ({ page }) => {
  await openAuditTrailAt1280(page);
  const when = page.getByRole("row").nth(1).getByRole("cell").first();
  await expect(when).toHaveText(/\d/);
  const lineTops = await when.evaluate((cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
  });
  expect(lineTops).toBe(1);
});

test("the search box, the selects, the date fields and Apply in the filter bar are one height", async ({ page }) => {
  await openAuditTrailAt1280(page);
  const controls = [
    page.getByRole("searchbox", { name: "Search summaries" }),
    page.getByRole("combobox", { name: "Action" }),
    page.getByRole("combobox", { name: "Record type" }),
    page.getByLabel("Actor email"),
    page.getByLabel("From"),
    page.getByRole("button", { name: "Apply" }),
  ];
  const heights = await Promise.all(controls.map(async (control) => (await control.boundingBox())?.height));
  expect(new Set(heights).size).toBe(1);
});

test("the pager's page count is level with its Next page link, and only links are marked current", async ({ page }) => {
  await openAuditTrailAt1280(page);
  const pager = page.getByRole("navigation", { name: "Audit events pages" });
  // The text's own box, not its element's: a flex item stretched to the row's height hides where its text sits.
  const textMiddle = (element: Element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const box = range.getBoundingClientRect();
    return box.top + box.height / 2;
  };
  const pageText = await pager.getByText(/^Page 1 of \d+$/).evaluate(textMiddle);
  const nextPage = await pager.getByRole("link", { name: "Next page" }).evaluate(textMiddle);
  expect(Math.abs(pageText - nextPage)).toBeLessThanOrEqual(1);
  await expect(pager.locator("[aria-current]:not(a)")).toHaveCount(0);
});
