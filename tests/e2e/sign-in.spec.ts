import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const homes = [
  { email: "partner.admin@demo.test", path: "/partner", heading: /.+/, role: "Partner admin" },
  { email: "partner.user@demo.test", path: "/partner", heading: /.+/, role: "Partner user" },
  { email: "other.partner@demo.test", path: "/partner", heading: /.+/, role: "Partner admin" },
  { email: "cam@demo.test", path: "/cam", heading: "Home", role: "Channel Account Manager" },
  { email: "phd@demo.test", path: "/phd/applicants", heading: "Applicant queue", role: "Partner Help Desk" },
  { email: "ps@demo.test", path: "/ps", heading: "Burn", role: "PS coordinator" },
  { email: "admin@demo.test", path: "/admin", heading: "Users", role: "Channel operations admin" },
];

for (const home of homes) {
  test(`${home.email} signs in and lands on ${home.path}`, async ({ page }) => {
    await signIn(page, home.email);
    await expect(page).toHaveURL(home.path);
    await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
    await expect(page.getByRole("banner")).toContainText(home.role);
    // Every home shows real rows from the demo data, not an empty table.
    if (home.path !== "/partner") await expect(page.getByRole("table").getByRole("row")).not.toHaveCount(1);
  });
}

test("the two partner users see the same company and the other partner sees its own", async ({ browser }) => {
  const headingOf = async (email: string) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    await expect(page).toHaveURL("/partner");
    const heading = await page.getByRole("heading", { level: 1 }).textContent();
    await context.close();
    return heading;
  };
  const admin = await headingOf("partner.admin@demo.test");
  expect(await headingOf("partner.user@demo.test")).toBe(admin);
  expect(await headingOf("other.partner@demo.test")).not.toBe(admin);
});

test("a wrong password gets one message that does not say which field was wrong", async ({ page }) => {
  await signIn(page, "ps@demo.test", "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("Email")).toHaveValue("ps@demo.test");

  await signIn(page, "nobody@demo.test", "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();
});

test("an empty field is named beside it and focused, and costs no sign-in attempt", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/Enter your email address\./);
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/Enter your password\./);
  await expect(page.getByLabel("Email")).toBeFocused();

  await page.getByLabel("Email").fill("ps@demo.test");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Password")).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveValue("ps@demo.test");
  await expect(page.getByLabel("Email")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toHaveCount(0);
});

test("the session carries the user's id, role and company", async ({ page }) => {
  await signIn(page, "partner.user@demo.test");
  await expect(page).toHaveURL("/partner");
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session).toMatchObject({ role: "PARTNER_USER", userId: expect.any(String), partnerId: expect.any(String) });

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await (await page.request.get("/api/auth/session")).json()).toEqual({});
});
