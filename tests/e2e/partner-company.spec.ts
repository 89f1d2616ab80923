import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// A 1×1 PNG: the server reads its type from these bytes, not from the name or the declared type.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const LOGO_TOO_LARGE = "The logo must be at most 512 KB.";
const LAST_ADMIN = "Your company needs at least one active partner admin: make someone else an admin first.";

test("a partner admin edits the profile, uploads a logo, invites someone and manages roles", async ({ page, browser }) => {
  // Two people, a dozen saves and uploads: longer than the default for one page's check.
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  await signIn(page, "partner.admin@demo.test");
  await expect(page).toHaveURL(/\/partner/);
  await page.goto("/partner/company");
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Cloud Partners" })).toBeVisible();

  // A bad website gets a message next to the field, and everything typed stays.
  const website = page.getByLabel("Website");
  const originalWebsite = await website.inputValue();
  const description = `Cloud migrations and managed platforms (${stamp}).`;
  await page.getByLabel("Description").fill(description);
  await page.getByLabel("Languages").fill("English\nSpanish\nenglish");
  await website.fill("not a website");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Enter a full address such as https://example.com.")).toBeVisible();
  await expect(website).toHaveAttribute("aria-invalid", "true");
  await expect(website).toHaveValue("not a website");
  await expect(page.getByLabel("Description")).toHaveValue(description);
  await expect(page.getByLabel("Languages")).toHaveValue("English\nSpanish\nenglish");

  await website.fill(originalWebsite);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Description")).toHaveValue(description);
  // Repeats are dropped, ignoring case.
  await expect(page.getByLabel("Languages")).toHaveValue("English\nSpanish");

  // The logo is uploaded, stored, and shown from the file route.
  await page.getByLabel("New logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Logo uploaded." })).toBeVisible();
  const logo = page.getByRole("img", { name: "Northwind Cloud Partners logo" });
  await expect(logo).toBeVisible();
  await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1);
  const logoSrc = (await logo.getAttribute("src"))!;
  const served = await page.request.get(logoSrc);
  expect(served.status()).toBe(200);
  expect(served.headers()).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff" });

  // Another company's admin gets the same 404 as for a file that does not exist.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "other.partner@demo.test");
  await expect(otherPage).toHaveURL(/\/partner/);
  expect((await otherPage.request.get(logoSrc)).status()).toBe(404);
  expect((await otherPage.request.get("/files/no-such-file")).status()).toBe(404);
  await other.close();

  // A file over the limit is refused beside the field as soon as it is chosen, and the form is not sent: past Next's
  // 1 MB body limit the server would never get to say so.
  const logoField = page.getByLabel("New logo");
  await logoField.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.concat([PNG, Buffer.alloc(1.5 * 1024 * 1024)]) });
  await expect(page.getByText(LOGO_TOO_LARGE)).toBeVisible();
  await expect(logoField).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Cloud Partners" })).toBeVisible();
  await expect(page.getByText(LOGO_TOO_LARGE)).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Logo uploaded." })).toBeVisible();

  // A text file named .png is refused by its bytes.
  await page.getByLabel("New logo").setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByText("Upload a PNG, JPEG, WebP or GIF image (SVG is not accepted).").first()).toBeVisible();

  // Invitations: an address with an account is refused next to the field; a new one is listed as pending.
  await page.getByLabel("Email address").fill("partner.user@demo.test");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("This address already has a Partner Portal account.").first()).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue("partner.user@demo.test");
  const invitee = `invitee-${stamp}@example.test`;
  await page.getByLabel("Email address").fill(invitee);
  await page.getByLabel("Role").selectOption({ label: "Partner admin" });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Invitation sent." })).toBeVisible();
  const pending = page.getByRole("list", { name: "Pending invitations" });
  await expect(pending.getByRole("listitem").filter({ hasText: invitee })).toContainText("Partner admin");

  // Revoking asks first; once confirmed, the invitation leaves the list.
  await pending.getByRole("button", { name: `Revoke the invitation for ${invitee}` }).click();
  const revoke = page.getByRole("dialog", { name: `Revoke the invitation for ${invitee}?` });
  await expect(revoke.getByRole("button", { name: "Cancel" })).toBeFocused();
  await revoke.getByRole("button", { name: "Yes, revoke" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: invitee })).toHaveCount(0);

  // The only partner admin cannot demote themselves.
  await page.getByRole("row").filter({ hasText: "partner.admin@demo.test" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/partner\/company\/users\//);
  await page.getByLabel("Role").selectOption({ label: "Partner user" });
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("alert").filter({ hasText: LAST_ADMIN })).toBeVisible();

  // A colleague is made an admin and back again.
  await page.getByRole("link", { name: "← Company" }).click();
  await page.getByRole("row").filter({ hasText: "Partner user" }).filter({ hasNotText: "demo.test" }).first().getByRole("link").click();
  await expect(page).toHaveURL(/\/partner\/company\/users\//);
  await page.getByLabel("Role").selectOption({ label: "Partner admin" });
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Role changed." })).toBeVisible();
  await expect(page.getByRole("definition").first()).toHaveText("Partner admin");
  await page.getByLabel("Role").selectOption({ label: "Partner user" });
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Role changed." })).toBeVisible();

  // Deactivating asks first; Escape closes the question and nothing changes.
  await page.getByRole("button", { name: "Deactivate user" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "Yes, deactivate" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Deactivate user" })).toBeVisible();
});

test("partner users see the company read-only", async ({ page }) => {
  await signIn(page, "partner.user@demo.test");
  await expect(page).toHaveURL(/\/partner/);
  await page.goto("/partner/company");
  await expect(page.getByRole("table", { name: "Company users" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "partner.admin@demo.test" })).toContainText("Partner admin");
  await expect(page.getByRole("button", { name: "Save profile" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Upload logo" })).toHaveCount(0);
});
