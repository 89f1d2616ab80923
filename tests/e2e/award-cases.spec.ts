import { expect, test } from "@playwright/test";
import { signIn, waitUntilCaptured } from "./helpers";

// The demo's open PSP award case (an AMER account of cam@demo.test), worked as the people would: the CAM finds it on
// the dashboard and sends the award email, the Partner Help Desk finds it above the applicant queue and does its two
// tasks, the case closes, and the partner's home shows the badge.
test("a PSP award goes from the CAM's home to the partner's badge", async ({ browser }) => {
  test.setTimeout(120_000);
  const cam = await browser.newPage();
  await signIn(cam, "cam@demo.test");
  await expect(cam).toHaveURL("/cam");
  const due = cam.getByRole("region", { name: "Award cases due" });
  // The seed's overdue case is flagged on the dashboard.
  await expect(due.getByRole("listitem").filter({ hasText: "Overdue" }).first()).toBeVisible();
  // The open case: the soonest due whose award email is still to send.
  const open = due.getByRole("listitem").filter({ hasText: "award email to send" }).first();
  const caseLink = open.getByRole("link", { name: /: PSP award$/ });
  const partner = (await caseLink.textContent())!.replace(/: PSP award$/, "");
  await caseLink.click();
  await expect(cam).toHaveURL(/\/award-cases\/\w+$/);
  const casePath = new URL(cam.url()).pathname;
  await expect(cam.getByRole("heading", { level: 1, name: `${partner}: PSP award` })).toBeVisible();
  await expect(cam.getByText("Waiting for the Partner Help Desk.").first()).toBeVisible();

  await cam.getByRole("button", { name: "Send the award email" }).click();
  const dialog = cam.getByRole("dialog", { name: `Send the award email to ${partner}?` });
  const recipient = (await dialog.getByText(/partner's admins:/).textContent())?.match(/[^\s,:]+@[^\s,]+[^\s,.]/)?.[0];
  expect(recipient, "the partner admin the email goes to").toBeTruthy();
  await dialog.getByRole("button", { name: "Yes, send it" }).click();
  // The task's button gives way to who did it and when.
  const tasks = cam.getByRole("region", { name: "Tasks" }).getByRole("listitem");
  await expect(tasks.filter({ hasText: "Send the award email" })).toContainText(/Done by .+ on /);
  await expect(cam.getByRole("main").getByText("Email sent", { exact: true })).toBeVisible();
  await cam.close();

  // Captured in the outbox, as the admin's email log shows it.
  const admin = await browser.newPage();
  await signIn(admin, "admin@demo.test");
  await expect(admin).toHaveURL("/admin");
  await admin.goto(`/admin/emails?q=${encodeURIComponent(recipient!)}`);
  const subject = `Congratulations: ${partner} is now a Certified Professional Services Partner`;
  const row = admin.getByRole("row").filter({ hasText: subject }).first();
  await waitUntilCaptured(admin, row);
  await admin.close();

  const phd = await browser.newPage();
  await signIn(phd, "phd@demo.test");
  await expect(phd).toHaveURL("/phd/applicants");
  const waiting = phd.getByRole("region", { name: /^Award cases waiting on the desk/ });
  await expect(waiting).toContainText("overdue");
  await waiting.getByRole("link", { name: `${partner}: PSP award` }).click();
  await expect(phd).toHaveURL(casePath);
  const deskTasks = phd.getByRole("region", { name: "Tasks" }).getByRole("listitem");
  await phd.getByRole("button", { name: "Mark the profile and badge updated" }).click();
  await expect(deskTasks.filter({ hasText: "Update the partner's profile" })).toContainText(/Done by .+ on /);
  await phd.getByRole("button", { name: "Grant community access" }).click();
  await expect(deskTasks.filter({ hasText: "Service Partner Community access" })).toContainText(/Done by .+ on /);
  // Every task done: the case is closed, with its date.
  await expect(phd.getByRole("region", { name: "Case" })).toContainText(/Completed\s*[A-Z][a-z]{2} \d{1,2}, \d{4}/);
  await expect(phd.getByRole("status").filter({ hasText: /^Closed on .+: every task is done\.$/ })).toBeVisible();
  await expect(phd.getByText(/^Done by /)).toHaveCount(3);
  await phd.close();

  const partnerAdmin = await browser.newPage();
  await signIn(partnerAdmin, recipient!);
  await expect(partnerAdmin).toHaveURL("/partner");
  const certifications = partnerAdmin.getByRole("region", { name: "Company certifications" });
  await expect(certifications.getByRole("img", { name: "Certified Professional Services Partner badge" })).toBeVisible();
  await expect(certifications.getByRole("link", { name: "Download the badge" })).toHaveAttribute("href", "/award-kit/psp-badge.svg");
  await partnerAdmin.close();
});
