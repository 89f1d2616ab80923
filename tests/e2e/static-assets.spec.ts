import { expect, test } from "@playwright/test";

test("a page names the favicon from public/, and every file it asks for is served", async ({ page, request }) => {
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto("/login");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/favicon.svg");
  // The browser asks for the icon on its own; give it the moment it takes.
  await page.waitForLoadState("networkidle");
  expect(missing).toEqual([]);

  for (const path of ["/favicon.svg", "/favicon.ico"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain("image/svg+xml");
  }
});
