// Certifications as the people do it: Education Services imports the learning system's completions, a partner user
// records an exam pass that Education Services verifies, and a badge's public page and Open Badges JSON.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { pageAs } from "./helpers";

// The cases change Northwind's certifications, so they run one after the other.
test.describe.configure({ mode: "serial" });

const today = () => new Date().toISOString().slice(0, 10);

test("Education Services imports a completions file: the bad row is reported, the good rows show on the partner's page", async ({ browser }) => {
  const run = randomBytes(4).toString("hex");
  const csv = [
    "email,certification code,step,score,completed date,external id",
    `partner.admin@demo.test,ASSOCIATE,training,,${today()},e2e-${run}-1`,
    `partner.admin@demo.test,ASSOCIATE,lab,,${today()},e2e-${run}-2`,
    `partner.admin@demo.test,NO-SUCH-CERT,exam,90,${today()},e2e-${run}-3`,
  ].join("\n");

  const education = await pageAs(browser, "education@demo.test");
  await education.goto("/education/imports");
  await education.getByLabel("Completions file (CSV)").setInputFiles({ name: `completions-${run}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await education.getByRole("button", { name: "Import completions" }).click();
  await expect(education.getByRole("heading", { level: 1, name: `Import of completions-${run}.csv` })).toBeVisible();
  // The page refreshes itself while the job runs, then shows the report.
  const rejected = education.getByRole("table", { name: "Rejected rows" });
  await expect(rejected).toBeVisible({ timeout: 30_000 });
  await expect(rejected.getByRole("row").nth(1)).toContainText("4");
  await expect(rejected).toContainText("NO-SUCH-CERT is not a certification code of the catalog.");
  await expect(education.getByRole("region", { name: "Report" })).toContainText(/Imported\s*2/);

  const partner = await pageAs(browser, "partner.admin@demo.test");
  await partner.goto("/partner/certifications");
  const me = partner.getByRole("region").filter({ hasText: "(you)" });
  await expect(me.getByRole("listitem").filter({ hasText: "Certified Associate" }).first()).toContainText("2 of 3 steps done");
});

test("partner.user records a PSE exam pass; once Education Services verifies it, Northwind has 3 of 3 certified PSEs", async ({ browser }) => {
  const partner = await pageAs(browser, "partner.user@demo.test");
  await partner.goto("/partner/certifications");
  await expect(partner.getByRole("region", { name: "Company certifications" })).toContainText("2 of 3 certified PSEs for PSP");

  const form = partner.getByRole("region", { name: "Record a step of your own certification" });
  await form.getByLabel("Certification").selectOption({ label: "Professional Services Engineer (pass: 80)" });
  await form.getByLabel("Step").selectOption("EXAM");
  await form.getByLabel("Exam score").fill("70");
  await form.getByLabel("Completed on").fill(today());
  await form.getByLabel("Certificate").setInputFiles({ name: "pse-exam.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await form.getByRole("button", { name: "Record step" }).click();
  await expect(form.getByText(/A score of 70 is below the passing score of 80/).first()).toBeVisible();

  await form.getByLabel("Exam score").fill("90");
  await form.getByLabel("Certificate").setInputFiles({ name: "pse-exam.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await form.getByRole("button", { name: "Record step" }).click();
  await expect(partner.getByRole("status").filter({ hasText: /Exam recorded for Professional Services Engineer/ })).toBeVisible();
  await partner.reload();
  const mine = partner.getByRole("region").filter({ hasText: "(you)" });
  await expect(mine.getByRole("listitem").filter({ hasText: "Professional Services Engineer" }).first()).toContainText("Exam: Awaiting verification");

  const education = await pageAs(browser, "education@demo.test");
  await education.goto("/education");
  const pass = education.getByRole("region").filter({ hasText: "partner.user@demo.test" }).filter({ hasText: "Professional Services Engineer" });
  await expect(pass.getByRole("link", { name: /Open the certificate/ })).toBeVisible();
  await pass.getByRole("button", { name: "Verify" }).click();
  await expect(education.getByRole("status").filter({ hasText: /certification and its badge are issued/ })).toBeVisible();

  await partner.reload();
  await expect(partner.getByRole("region", { name: "Company certifications" })).toContainText("3 of 3 certified PSEs for PSP");
  await expect(
    partner.getByRole("region").filter({ hasText: "(you)" }).getByRole("listitem").filter({ hasText: "Professional Services Engineer" }).first(),
  ).toContainText("Passed: score 90");
});

test("a badge's public page and its Open Badges 2.0 chain, valid and expired", async ({ browser, request }) => {
  const partner = await pageAs(browser, "partner.admin@demo.test");
  await partner.goto("/partner/certifications");
  // The badge links of the company's people; their assertions say which are still valid and which have expired.
  await expect(partner.getByRole("link", { name: /^Badge/ }).first()).toBeVisible();
  const paths = await partner
    .getByRole("link", { name: /^Badge/ })
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  const expiries = await Promise.all(
    paths.map(async (path) => ({ path, expires: (await (await request.get(`${path}/assertion`)).json()).expires as string | undefined })),
  );
  const valid = expiries.find((badge) => badge.expires && new Date(badge.expires).getTime() > Date.now());
  const expiredBadge = expiries.find((badge) => badge.expires && new Date(badge.expires).getTime() < Date.now());
  expect({ valid, expiredBadge }, JSON.stringify(expiries)).toMatchObject({ valid: { path: expect.any(String) }, expiredBadge: { path: expect.any(String) } });
  const validPath = valid!.path;
  const expiredPath = expiredBadge!.path;

  // Nobody signed in: the verification link is public.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(validPath);
  await expect(visitor.getByText("Valid", { exact: true })).toBeVisible();
  await expect(visitor.getByText("Northwind Cloud Partners")).toBeVisible();
  await visitor.goto(expiredPath);
  await expect(visitor.getByText("Expired", { exact: true }).first()).toBeVisible();
  await visitor.goto("/badges/no-such-badge-token-at-all-0000000000000");
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(/not found/i);

  const assertion = await (await request.get(`${validPath}/assertion`)).json();
  expect(assertion).toMatchObject({
    "@context": "https://w3id.org/openbadges/v2",
    type: "Assertion",
    verification: { type: "hosted" },
    recipient: { type: "email", hashed: true },
  });
  expect(new URL(assertion.id).pathname).toBe(`${validPath}/assertion`);
  expect(assertion.recipient.identity).toMatch(/^sha256\$[0-9a-f]{64}$/);
  expect(new Date(assertion.expires).getTime()).toBeGreaterThan(Date.now());
  const badgeClass = await (await request.get(new URL(assertion.badge).pathname)).json();
  expect(badgeClass).toMatchObject({ type: "BadgeClass", id: assertion.badge });
  expect(badgeClass.criteria.narrative).toMatch(/training, the lab and the exam/);
  const issuer = await (await request.get(new URL(badgeClass.issuer).pathname)).json();
  expect(issuer).toMatchObject({ type: "Issuer", id: badgeClass.issuer });
  expect((await request.get(new URL(badgeClass.image).pathname)).headers()["content-type"]).toBe("image/svg+xml");

  const expired = await (await request.get(`${expiredPath}/assertion`)).json();
  expect(new Date(expired.expires).getTime()).toBeLessThan(Date.now());
  const unknown = await request.get("/badges/no-such-badge-token-at-all-0000000000000/assertion");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: "Not found" });
});

test("the PSP award that exam pass opened goes from the CAM's home to the public locator, with the new badge's verification link", async ({
  browser,
  request,
}) => {
  test.setTimeout(150_000);
  const partner = "Northwind Cloud Partners";
  const cam = await pageAs(browser, "cam@demo.test");
  await expect(cam).toHaveURL("/cam");
  const caseLink = cam.getByRole("region", { name: "Award cases due" }).getByRole("link", { name: `${partner}: PSP award` });
  await caseLink.click();
  await expect(cam.getByRole("heading", { level: 1, name: `${partner}: PSP award` })).toBeVisible();
  const casePath = new URL(cam.url()).pathname;
  // The desk's tasks wait for the CAM's email: community access is refused before it.
  await cam.getByRole("button", { name: "Send the award email" }).click();
  await cam
    .getByRole("dialog", { name: `Send the award email to ${partner}?` })
    .getByRole("button", { name: "Yes, send it" })
    .click();
  await expect(cam.getByRole("region", { name: "Tasks" }).getByRole("listitem").filter({ hasText: "Send the award email" })).toContainText(/Done by .+ on /);

  const phd = await pageAs(browser, "phd@demo.test");
  await phd.goto("/phd/applicants");
  await phd
    .getByRole("region", { name: /^Award cases waiting on the desk/ })
    .getByRole("link", { name: `${partner}: PSP award` })
    .click();
  await expect(phd).toHaveURL(casePath);
  await phd.getByRole("button", { name: "Mark the profile and badge updated" }).click();
  const deskTasks = phd.getByRole("region", { name: "Tasks" }).getByRole("listitem");
  await expect(deskTasks.filter({ hasText: "Update the partner's profile" })).toContainText(/Done by .+ on /);
  if (await phd.getByRole("button", { name: "Grant community access" }).isVisible()) {
    await phd.getByRole("button", { name: "Grant community access" }).click();
    await expect(deskTasks.filter({ hasText: "Service Partner Community access" })).toContainText(/Done by .+ on /);
  }
  await expect(phd.getByRole("status").filter({ hasText: /^Closed on .+: every task is done\.$/ })).toBeVisible();

  // Nobody signed in: the locator lists Northwind among the PSP partners, and its profile shows the badge.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/partners?q=${encodeURIComponent("Northwind Cloud")}&certification=PSP`);
  await visitor.getByRole("link", { name: partner }).first().click();
  await expect(visitor.getByRole("heading", { level: 1, name: partner })).toBeVisible();
  await expect(visitor.getByRole("region", { name: "Company certifications" }).getByRole("list", { name: "Company certifications" })).toContainText("PSP");

  // partner.user's new PSE badge verifies publicly, as a page and as an Open Badges assertion.
  const holder = await pageAs(browser, "partner.user@demo.test");
  await holder.goto("/partner/certifications");
  const pse = holder.getByRole("region").filter({ hasText: "(you)" }).getByRole("listitem").filter({ hasText: "Professional Services Engineer" }).first();
  const badgePath = new URL((await pse.getByRole("link", { name: /^Badge/ }).getAttribute("href"))!, holder.url()).pathname;
  await visitor.goto(badgePath);
  await expect(visitor.getByText("Valid", { exact: true })).toBeVisible();
  const assertion = await (await request.get(`${badgePath}/assertion`)).json();
  expect(assertion).toMatchObject({ type: "Assertion", verification: { type: "hosted" } });
  expect(new Date(assertion.issuedOn).toISOString().slice(0, 10)).toBe(today());
});
