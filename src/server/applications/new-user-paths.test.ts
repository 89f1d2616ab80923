// Issue 13, points 3 and 4: an application whose email is confirmed in another browser, and a denied applicant
// applying again. Against the real database, like the rest of the applying tests.
import { beforeEach, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { prisma } from "@/server/db";
import { SESSION_USER_SELECT, toSessionUser, type SessionUser } from "@/server/auth/policy";
import { saveCompanyStep } from "./save-company-step";
import { saveProgramStep } from "./save-program-step";
import { saveContactStep } from "./save-contact-step";
import { verifyApplicationEmail } from "./verify-application-email";
import { requestApplicationHandover } from "./request-application-handover";
import { saveAgreementsStep } from "./save-agreements-step";
import { submitApplication } from "./submit-application";
import { denyApplication } from "./deny-application";
import { reapplyApplication } from "./reapply-application";
import { findMovedDraft, loadDraft } from "./application-draft";
import { makePartner, makeUser, TEST_PASSWORD } from "../../../tests/factories";

let context = { ip: "198.51.100.7" };
let phd: SessionUser;

beforeEach(async () => {
  context = { ip: `203.0.${randomBytes(1)[0]}.${randomBytes(1)[0]}` };
  for (const [kind, name] of [
    ["MPA", "Master Partner Agreement"],
    ["RESELLER_ADDENDUM", "Reseller Addendum"],
  ] as const) {
    const template = await prisma.agreementTemplate.upsert({ where: { kind }, create: { kind, name }, update: {} });
    await prisma.agreementVersion.upsert({
      where: { templateId_version: { templateId: template.id, version: 1 } },
      create: { templateId: template.id, version: 1, body: `# ${name}\n\nTerms.`, publishedAt: new Date("2026-01-01") },
      update: {},
    });
  }
  phd = await makeUser("PHD", { region: "AMER" });
});

/** Steps 1 to 3 in one browser: the confirmation link is on its way. */
async function startApplication() {
  const suffix = randomBytes(4).toString("hex");
  const email = `lead-${suffix}@contoso-${suffix}.example`;
  const { draftKey } = await saveCompanyStep(
    null,
    { legalName: `Contoso ${suffix}`, website: `contoso-${suffix}.example`, country: "Canada", region: "AMER", size: "SIZE_11_50" },
    context,
  );
  await saveProgramStep(draftKey, { tracks: ["RESELLER"], tier: "OPEN", workPlan: "We resell to logistics companies in Ontario." }, context);
  await saveContactStep(
    draftKey,
    { name: "Morgan Lee", email, phone: "+1 416 555 0142", title: "Founder", password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD },
    context,
  );
  return { draftKey, email, suffix };
}

async function latestToken(email: string): Promise<string> {
  const mail = await prisma.outboxEmail.findFirstOrThrow({ where: { to: email, template: "applicationEmailVerification" }, orderBy: { createdAt: "desc" } });
  return /token=([\w-]+)/.exec(mail.text)![1]!;
}

describe("an email confirmed in another browser", () => {
  it("moves the draft there and tells the first browser, whose forms start nothing new", async () => {
    const { draftKey: firstBrowser, email, suffix } = await startApplication();
    const { draftKey: secondBrowser } = await verifyApplicationEmail({ token: await latestToken(email) }, context);

    expect(await loadDraft(prisma, firstBrowser)).toBeNull();
    expect(await findMovedDraft(prisma, firstBrowser)).toMatchObject({ email });
    expect((await loadDraft(prisma, secondBrowser))?.data.company?.legalName).toBe(`Contoso ${suffix}`);

    const drafts = await prisma.applicationDraft.count();
    await expect(saveProgramStep(firstBrowser, { tracks: ["RESELLER"], tier: "OPEN", workPlan: "Changed in the first browser." }, context)).rejects.toThrow(
      /confirmed in another browser/,
    );
    const company = { legalName: "Contoso again", website: `contoso-${suffix}.example`, country: "Canada", region: "AMER", size: "SIZE_11_50" } as const;
    await expect(saveCompanyStep(firstBrowser, company, context)).rejects.toThrow(/confirmed in another browser/);
    expect(await prisma.applicationDraft.count()).toBe(drafts);
  });

  it("emails a new link on the first browser's request, which hands the same draft back to it", async () => {
    const { draftKey: firstBrowser, email, suffix } = await startApplication();
    const { draftKey: secondBrowser } = await verifyApplicationEmail({ token: await latestToken(email) }, context);

    expect(await requestApplicationHandover(firstBrowser, context)).toEqual({ email });
    const { draftKey: backHere } = await verifyApplicationEmail({ token: await latestToken(email) }, context);
    const draft = await loadDraft(prisma, backHere);
    expect(draft?.data.company?.legalName).toBe(`Contoso ${suffix}`);
    expect(draft?.emailVerifiedAt).not.toBeNull();
    expect(await loadDraft(prisma, secondBrowser)).toBeNull();
    expect(await findMovedDraft(prisma, secondBrowser)).toMatchObject({ email });
  });

  it("sends nothing for a key that never had a draft", async () => {
    const before = await prisma.outboxEmail.count();
    await expect(requestApplicationHandover(randomBytes(24).toString("base64url"), context)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(requestApplicationHandover(null, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.outboxEmail.count()).toBe(before);
  });
});

describe("a denied applicant", () => {
  async function deniedApplicant() {
    const { email } = await startApplication();
    const { draftKey } = await verifyApplicationEmail({ token: await latestToken(email) }, context);
    await saveAgreementsStep(draftKey, { decision_MPA: "ACCEPT", decision_RESELLER_ADDENDUM: "ACCEPT" }, context);
    const { partnerId } = await submitApplication(draftKey, { ...context, userAgent: "vitest" });
    await denyApplication(phd, { partnerId, reason: "The website does not show a reseller business." }, context);
    const contact = toSessionUser(await prisma.user.findUniqueOrThrow({ where: { email }, select: SESSION_USER_SELECT }));
    return { partnerId, contact };
  }

  it("applies again: submitted with a fresh review, the denial kept in the notes, and the desk told", async () => {
    const { partnerId, contact } = await deniedApplicant();
    const input = { whatChanged: "Our website now lists our reseller customers.", workPlan: "We resell to logistics and retail companies in Ontario." };
    await reapplyApplication(contact, input, context);

    const partner = await prisma.partner.findUniqueOrThrow({
      where: { id: partnerId },
      include: { reviews: { include: { items: true }, orderBy: { startedAt: "asc" } } },
    });
    expect(partner).toMatchObject({ status: "SUBMITTED", decidedAt: null, denialReason: null, workPlan: input.workPlan });
    expect(partner.accountNotes).toMatch(
      /Applied again after the denial of .* \(The website does not show a reseller business\.\)\. What changed: Our website now lists/,
    );
    expect(partner.reviews).toHaveLength(2);
    expect(partner.reviews[1]).toMatchObject({ completedAt: null, kind: "APPLICANT" });
    expect(partner.reviews[1]?.items.every((item) => item.answer === null)).toBe(true);
    expect(await prisma.notification.count({ where: { userId: phd.id, title: { contains: "applied again" } } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "partner.reapplied", entityId: partnerId } })).toBe(1);
  });

  it("cannot apply again while the application waits, and an authorized partner's user cannot at all", async () => {
    const { contact } = await deniedApplicant();
    const input = { whatChanged: "Our website now lists our reseller customers.", workPlan: "We resell to logistics companies in Ontario." };
    await reapplyApplication(contact, input, context);
    const waiting = toSessionUser(await prisma.user.findUniqueOrThrow({ where: { id: contact.id }, select: SESSION_USER_SELECT }));
    await expect(reapplyApplication(waiting, input, context)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Your application is already waiting for review.",
    });
    const partnerUser = await makeUser("PARTNER_USER", { partnerId: (await makePartner({ status: "AUTHORIZED" })).id });
    await expect(reapplyApplication(partnerUser, input, context)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
