import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone the header keeps the portal's name, the bell and Sign out each on one line", async ({ page }) => {
  await signIn(page, "cam@demo.test");
  await expect(page).toHaveURL("/cam");
  const banner = page.getByRole("banner");
  const lineHeight = async (name: string, role: "link" | "button") => {
    const box = await banner.getByRole(role, { name, exact: true }).boundingBox();
    return box!.height;
  };
  // One line of the name is about 28 px and of the button about 34 px; wrapped, each doubles.
  expect(await lineHeight("Partner Portal", "link")).toBeLessThan(40);
  expect(await lineHeight("Sign out", "button")).toBeLessThan(45);
  await expect(banner.getByRole("link", { name: /^Notifications/ })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
