import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a visitor finds a partner from the sign-in page: searches, filters by region and PSP, pages, and opens a PSP partner's profile", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("link", { name: "Find a partner" }).click();
  await expect(page).toHaveURL("/partners");
  await expect(page.getByRole("heading", { level: 1, name: "Find a partner" })).toBeVisible();
  const results = page.getByRole("region", { name: "Partners" });

  await page.getByLabel("Name, description or service").fill("northwind");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=northwind(&|$)/);
  await expect(results.getByRole("link", { name: "Northwind Cloud Partners" })).toBeVisible();

  await page.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL("/partners");
  // Twenty a page: the demo's Authorized partners take two.
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/[?&]page=2(&|$)/);
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
  await expect(results.getByRole("listitem").first()).toBeVisible();

  await page.goto("/partners");
  await page.getByRole("combobox", { name: "Region" }).selectOption({ label: "AMER" });
  await page.getByRole("combobox", { name: "Company certification" }).selectOption("PSP");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]region=AMER(&|$)/);
  await expect(page).toHaveURL(/[?&]certification=PSP(&|$)/);
  // The filters stay chosen in the form, read back from the URL.
  await expect(page.getByRole("combobox", { name: "Company certification" })).toHaveValue("PSP");
  const partner = results.getByRole("listitem").first();
  await expect(partner.getByRole("list", { name: "Company certifications" })).toContainText("PSP");
  const name = (await partner.getByRole("heading").textContent())!.trim();
  await partner.getByRole("link", { name }).click();

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const badges = page.getByRole("region", { name: "Company certifications" });
  await expect(badges.getByRole("list", { name: "Company certifications" })).toContainText("PSP");
  await expect(page.getByRole("region", { name: "Profile" }).getByText("Website")).toBeVisible();
  await page.getByRole("link", { name: "Find a partner" }).click();
  await expect(page).toHaveURL("/partners");
});

test("a partner that is not Authorized has no public profile and is not listed", async ({ page, browser }) => {
  // The Help Desk's oldest denied applicant: its id from the review page's address, its name from the heading.
  await signIn(page, "phd@demo.test");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.goto("/phd/applicants?status=DENIED&sort=submittedAt&dir=asc");
  await page.getByRole("table").getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/phd\/applicants\/\w+$/);
  const id = page.url().split("/").pop()!;
  const name = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();

  const visitor = await (await browser.newContext()).newPage();
  const response = await visitor.goto(`/partners/${id}`);
  expect(response?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { level: 1 })).not.toHaveText(name);
  expect((await visitor.request.get(`/partners/${id}/logo`)).status()).toBe(404);
  await visitor.goto(`/partners?q=${encodeURIComponent(name)}`);
  await expect(visitor.getByText("No Authorized partner matches this search.")).toBeVisible();
  await visitor.context().close();
});
