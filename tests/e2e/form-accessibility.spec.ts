import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const run = Date.now().toString(36);

/** The error banner; Next's route announcer is an alert too, so it is found by its words. */
function formAlert(page: Page, text: string) {
  return page.getByRole("alert").filter({ hasText: text });
}

/** A background as sRGB: the browser may report Tailwind's colours in lab() or oklch(), so a canvas converts them. */
async function backgroundRgb(locator: Locator): Promise<{ red: number; blue: number }> {
  return locator.evaluate((element) => {
    const context = document.createElement("canvas").getContext("2d")!;
    context.fillStyle = getComputedStyle(element).backgroundColor;
    context.fillRect(0, 0, 1, 1);
    const [red, , blue] = context.getImageData(0, 0, 1, 1).data;
    return { red, blue };
  });
}

test("a keyboard user who submits a form with errors lands on the first invalid field, with what they typed kept", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Country of the head office").fill("Canada");
  await page.getByRole("button", { name: "Save and continue" }).focus();
  await page.keyboard.press("Enter");

  await expect(formAlert(page, "Please correct the highlighted fields.")).toBeVisible();
  await expect(page.getByLabel("Company legal name")).toBeFocused();
  await expect(page.getByLabel("Company legal name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Country of the head office")).toHaveValue("Canada");

  // Each failed submit moves focus again, to whichever field is now the first one wrong.
  await page.getByLabel("Company legal name").fill(`Focus Test ${run}`);
  await page.getByLabel("Company legal name").press("Enter");
  await expect(page.getByLabel("Company website")).toBeFocused();
  await expect(page.getByLabel("Company legal name")).toHaveValue(`Focus Test ${run}`);
  await expect(page.getByLabel("Country of the head office")).toHaveValue("Canada");
});

test("while a submit is pending its button keeps the focus and further presses send nothing", async ({ page }) => {
  await page.goto("/register");
  let actionPosts = 0;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // Holding the server action's request keeps the form pending for as long as the test needs.
  await page.route(
    (url) => url.pathname === "/register",
    async (route) => {
      if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
        actionPosts += 1;
        await held;
      }
      await route.fallback();
    },
  );

  await page.getByLabel("Country of the head office").fill("Canada");
  const button = page.getByRole("button", { name: "Save and continue" });
  await button.focus();
  await page.keyboard.press("Enter");
  const pending = page.getByRole("button", { name: "Saving…" });
  await expect(pending).toHaveAttribute("aria-disabled", "true");
  await expect(pending).toBeFocused();

  await page.keyboard.press("Enter");
  await page.keyboard.press("Space");
  await pending.click({ force: true });
  await page.getByLabel("Country of the head office").press("Enter");
  release();

  await expect(formAlert(page, "Please correct the highlighted fields.")).toBeVisible();
  // A second submit would have been queued behind the first and sent as soon as it finished.
  await page.waitForTimeout(1_000);
  expect(actionPosts).toBe(1);
  await expect(page.getByLabel("Company legal name")).toBeFocused();
  await expect(page.getByRole("button", { name: "Save and continue" })).not.toHaveAttribute("aria-disabled");
});

test("an error that belongs to no field takes the focus itself", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(`nobody-${run}@example.test`);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByLabel("Password").press("Enter");
  const alert = formAlert(page, "The email or password is incorrect.");
  await expect(alert).toBeFocused();
  await expect(alert).toHaveAttribute("tabindex", "-1");
});

test("a checkbox group with an error is outlined like a field, described by its message, and focused", async ({ page }) => {
  // A phone's width, where long option labels used to squeeze the checkboxes.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/register");
  await page.getByLabel("Company legal name").fill(`Group Test ${run}`);
  await page.getByLabel("Company website").fill(`www.group-test-${run}.example`);
  await page.getByLabel("Country of the head office").fill("Canada");
  await page.getByLabel("Region you sell in").selectOption({ label: "AMER" });
  await page.getByLabel("Company size").selectOption({ label: "11–50 employees" });
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { name: "Tracks and tier" })).toBeVisible();

  const tracks = page.getByRole("group", { name: "Tracks" });
  await expect(tracks).toHaveCSS("outline-style", "none");
  for (const checkbox of await tracks.getByRole("checkbox").all()) {
    expect((await checkbox.boundingBox())?.width).toBe(16);
  }

  await page.getByRole("button", { name: "Save and continue" }).press("Enter");
  await expect(formAlert(page, "Please correct the highlighted fields.")).toBeVisible();
  await expect(tracks.getByRole("checkbox").first()).toBeFocused();
  await expect(tracks).toHaveCSS("outline-style", "solid");
  await expect(tracks).toHaveCSS("outline-width", "1px");
  await expect(tracks).toHaveAccessibleDescription(/Choose at least one track\./);
  for (const checkbox of await tracks.getByRole("checkbox").all()) {
    await expect(checkbox).toHaveAttribute("aria-invalid", "true");
  }
  // The tier has a default, so its group stays as it was.
  await expect(page.getByRole("radiogroup", { name: "Tier" })).toHaveCSS("outline-style", "none");
  await expect(page.getByRole("radiogroup", { name: "Tier" })).not.toHaveAttribute("aria-invalid");
});

test("a dangerous confirmation's button is red, not the blue of an ordinary submit", async ({ page }) => {
  await signIn(page, "phd@demo.test");
  await expect(page).toHaveURL("/phd/applicants");
  // The first applicant in the queue; the header row's links only sort.
  await page.getByRole("table").getByRole("rowgroup").nth(1).getByRole("link").first().click();
  const approve = page.getByRole("button", { name: "Approve the application" });
  await expect(approve).toBeVisible();

  await page.getByRole("button", { name: "Deny the application…" }).click();
  const confirm = page.getByRole("dialog", { name: "Deny this application?" }).getByRole("button", { name: "Deny the application" });
  await expect(confirm).toBeVisible();
  const danger = await backgroundRgb(confirm);
  const primary = await backgroundRgb(approve);
  expect(danger.red - danger.blue).toBeGreaterThan(100);
  expect(primary.blue - primary.red).toBeGreaterThan(100);
});

test("a confirmation opens and cancels before the page's script has run", async ({ page }) => {
  await signIn(page, "phd@demo.test");
  await expect(page).toHaveURL("/phd/applicants");
  const applicant = await page.getByRole("table").getByRole("rowgroup").nth(1).getByRole("link").first().getAttribute("href");

  // The page's script never arrives, as on a slow connection before it has: only the server's HTML is there.
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  await page.goto(applicant!);
  await page.getByRole("button", { name: "Deny the application…" }).click();
  const dialog = page.getByRole("dialog", { name: "Deny this application?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
});
