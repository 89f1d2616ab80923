// CTP as the people do it: the CAM invites Northwind, its four owners (the CAM, the primary contact with a trainer
// candidate, Education Services, Channel Services) complete it in time and the award case opens; and a tracking past
// its 6 months refuses a completion and shows "Locked" once the lock job has run.
//
// The clock: the server has none to set, so the second test moves that tracking's dates 6 months back in the database
// (the embedded PostgreSQL of this run, found through its postmaster.pid) and sends the lock job as the scheduler would.
import pg from "pg";
import { PgBoss } from "pg-boss";
import { expect, test, type Page } from "@playwright/test";
import { e2eDatabaseUrl, pageAs } from "./helpers";

/** Clicks every Complete button this person sees on the page, one after the other, as each item is done. */
async function completeEverything(page: Page) {
  const buttons = page.getByRole("button", { name: /^Complete “/ });
  await expect(buttons.first()).toBeVisible();
  for (let left = await buttons.count(); left > 0; left--) {
    await buttons.first().click();
    await expect(buttons).toHaveCount(left - 1);
  }
}

test.describe.configure({ timeout: 180_000 });

test("a tracking completed in time by its four owners opens the CTP award case", async ({ browser }) => {
  const cam = await pageAs(browser, "cam@demo.test");
  await cam.goto("/cam/ctp");
  await cam.getByLabel("Account", { exact: true }).selectOption({ label: "Northwind Cloud Partners" });
  await cam.getByRole("button", { name: "Invite into CTP" }).click();
  await expect(cam.getByRole("status").filter({ hasText: "Northwind Cloud Partners is invited into CTP" })).toBeVisible();
  await cam.getByRole("link", { name: "Northwind Cloud Partners" }).click();
  await expect(cam.getByRole("heading", { level: 1, name: "CTP tracking: Northwind Cloud Partners" })).toBeVisible();
  const trackingPath = new URL(cam.url()).pathname;
  await expect(cam.getByText(/days left/)).toBeVisible();
  // The CAM sees Complete only on its own sections' items.
  await expect(cam.getByRole("region", { name: "Competency requirements" }).getByRole("button")).toHaveCount(0);
  await completeEverything(cam);

  const candidate = await pageAs(browser, "partner.user@demo.test");
  await candidate.goto("/partner/ctp");
  await candidate.getByRole("button", { name: "Enroll me as a trainer candidate" }).click();
  await expect(
    candidate
      .getByRole("region", { name: "My trainer candidate tasks" })
      .getByRole("button", { name: /^Complete “/ })
      .first(),
  ).toBeVisible();
  await completeEverything(candidate);

  const contact = await pageAs(browser, "partner.admin@demo.test");
  await contact.goto("/partner/ctp");
  await expect(contact.getByRole("region", { name: "Items waiting on your primary contact" })).toContainText("Nominate at least two trainer candidates");
  await contact.goto(trackingPath);
  await completeEverything(contact);

  const education = await pageAs(browser, "education@demo.test");
  await education.goto(trackingPath);
  await completeEverything(education);

  const channel = await pageAs(browser, "channel.services@demo.test");
  await channel.goto("/channel-services");
  await channel
    .getByRole("link", { name: /^Northwind Cloud Partners: / })
    .first()
    .click();
  await completeEverything(channel);
  await expect(channel.getByText(/^Complete: every section was done on .*The CTP award case is open\.$/)).toBeVisible();

  await cam.goto("/notifications");
  await expect(cam.getByText("Northwind Cloud Partners completed CTP").first()).toBeVisible();
});

test("a tracking past its 6 months refuses a completion and shows Locked once the lock job has run", async ({ browser }) => {
  const cam = await pageAs(browser, "cam@demo.test");
  // The most urgent active tracking: the demo's, a week before its lock with the CAM's items open.
  await cam.goto("/cam/ctp");
  await cam.getByRole("region", { name: "Trackings" }).getByRole("link").first().click();
  await expect(cam.getByRole("heading", { level: 1, name: /^CTP tracking: / })).toBeVisible();
  const trackingId = new URL(cam.url()).pathname.split("/").pop()!;
  const complete = cam.getByRole("button", { name: /^Complete “/ }).first();
  await expect(complete).toBeVisible();

  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(
      `UPDATE "CtpTracking" SET "startedAt" = now() - interval '6 months 1 day', "locksAt" = now() - interval '1 day' WHERE "id" = $1 AND "status" = 'ACTIVE'`,
      [trackingId],
    );
  } finally {
    await client.end();
  }
  // The page still offers the button it rendered before the 6 months ran out: the completion itself is refused.
  await complete.click();
  await expect(cam.getByRole("alert").filter({ hasText: /^Locked on .*: not completed within 6 months; nothing more can be completed\.$/ })).toBeVisible();

  const boss = new PgBoss({ connectionString: e2eDatabaseUrl(), max: 1, supervise: false, schedule: false, migrate: false });
  await boss.start();
  try {
    await boss.send("lock-ctp-trackings", {});
  } finally {
    await boss.stop({ graceful: false });
  }
  await cam.goto("/notifications");
  await expect(async () => {
    await cam.reload();
    await expect(cam.getByText(/^CTP tracking of .* locked$/).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  await cam.goto(`/ctp/${trackingId}`);
  await expect(cam.getByText("Locked", { exact: true })).toBeVisible();
  await expect(cam.getByText(/^Locked on .*: not completed within 6 months; nothing more can be completed\.$/)).toBeVisible();
  await expect(cam.getByRole("button", { name: /^Complete “/ })).toHaveCount(0);
});
