import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

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
  await expect(page.getByRole("columnheader", { name: /Tier/ })).toBeVisible();

  const columnsButton = page.getByRole("button", { name: "Columns" });
  await expect(columnsButton).toHaveAttribute("aria-expanded", "false");
  await columnsButton.click();
  await expect(columnsButton).toHaveAttribute("aria-expanded", "true");
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
  const response = await page.request.get("/cam/export");
  expect(response.status()).toBe(403);
});

test("an anonymous request for the users export is sent to sign in, not given a file", async ({ request }) => {
  // The proxy turns anonymous visitors of private paths away before the route's own 401 would answer.
  const response = await request.get("/admin/export", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/login\?callbackUrl=%2Fadmin%2Fexport/);
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
