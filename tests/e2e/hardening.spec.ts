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

test("every page, route and asset carries the security headers, and the page's own scripts run under its policy", async ({ page, request }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/login");
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "same-origin", "x-frame-options": "DENY" });
  // The sign-in form is drawn by script: an empty submit is answered beside the field only when the script ran.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();

  const nonces = new Set<string>();
  for (let visit = 0; visit < 2; visit++) {
    const answer = await request.get("/login");
    nonces.add(/'nonce-([^']+)'/.exec(answer.headers()["content-security-policy"] ?? "")?.[1] ?? "");
  }
  // A new nonce for every response, never a fixed one.
  expect([...nonces].filter(Boolean)).toHaveLength(2);
  const api = (await request.get("/api/health")).headers();
  expect(api).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  });
  const script = await page.locator("script[src]").first().getAttribute("src");
  expect((await request.get(script ?? "")).headers()).toMatchObject({ "x-content-type-options": "nosniff" });
  expect(violations).toEqual([]);
});

test("a form posted by a browser without script is answered with the page and its message, not a server error", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill("nobody\u0000@demo.test");
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Email me a reset link" }).click(),
  ]);
  expect(answer.status()).toBeLessThan(500);
  // The action's own refusal, drawn by the server beside the field, as it is for a browser running the page's script.
  await expect(page.getByText("This field holds characters that are not text")).toBeVisible();
  await expect(page.getByLabel("Email")).toBeVisible();
  await context.close();
});
