import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a session cookie copied before sign-out opens nothing afterwards", async ({ browser }) => {
  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  await signIn(page, "ps@demo.test");
  await expect(page).toHaveURL("/ps");
  const copied = await laptop.storageState();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);

  const thief = await browser.newContext({ storageState: copied });
  const stolen = await thief.newPage();
  await stolen.goto("/ps");
  await expect(stolen).toHaveURL(/\/login\?callbackUrl=%2Fps/);
  await Promise.all([laptop.close(), thief.close()]);
});

for (const callbackUrl of ["/%5Cevil.example/phish", "/%09/evil.example/phish", "//evil.example/phish"]) {
  test(`after sign-in, ${callbackUrl} as the way back stays on the portal`, async ({ page }) => {
    await page.goto(`/login?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill("cam@demo.test");
    await page.getByLabel("Password").fill(process.env.DEMO_PASSWORD ?? "demo-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL("/cam");
  });
}

test("the audit trail records the connection's address, not one a client writes in X-Forwarded-For", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "203.0.113.77", "x-real-ip": "203.0.113.78" } });
  const page = await context.newPage();
  await signIn(page, "admin@demo.test");
  await expect(page).toHaveURL("/admin");
  await page.goto("/admin/audit?action=user.signed_in");
  const rows = page.getByRole("row").filter({ hasText: "admin@demo.test" });
  await expect(rows.first()).toBeVisible();
  await expect(page.getByRole("table")).not.toContainText("203.0.113.7");
  await expect(rows.first()).toContainText(/127\.0\.0\.1|::1/);
  await context.close();
});
