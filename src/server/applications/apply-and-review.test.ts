import { beforeEach, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { verifyPassword } from "@/server/auth/password";
import { saveCompanyStep } from "./save-company-step";
import { saveProgramStep } from "./save-program-step";
import { saveContactStep } from "./save-contact-step";
import { saveAgreementsStep } from "./save-agreements-step";
import { verifyApplicationEmail } from "./verify-application-email";
import { submitApplication } from "./submit-application";
import { saveReviewChecklist } from "./save-review-checklist";
import { updateApplicantAccount } from "./update-applicant-account";
import { approveApplication } from "./approve-application";
import { denyApplication } from "./deny-application";
import { addAccountNote } from "./add-account-note";
import { resolveLegalRequest } from "@/server/agreements/resolve-legal-request";
import { loadListPage } from "@/server/lists/load-list-page";
import { applicantList } from "./applicant-list";
import { loadDraft } from "./application-draft";
import { resendApplicationVerification } from "./resend-application-verification";
import { deleteStaleApplicationDrafts } from "./delete-stale-application-drafts";
import { subDays } from "date-fns";
import { makePartner, makeUser, TEST_PASSWORD } from "../../../tests/factories";

// Each test applies from its own address, so the per-IP ration on confirmation links never spans tests.
let context = { ip: "198.51.100.7" };
let versions: Record<string, string>;
let phd: SessionUser;
let cam: SessionUser;

beforeEach(async () => {
  context = { ip: `198.51.${randomBytes(1)[0]}.${randomBytes(1)[0]}` };
  versions = {};
  for (const [kind, name] of [
    ["MPA", "Master Partner Agreement"],
    ["RESELLER_ADDENDUM", "Reseller Addendum"],
    ["REFERRAL_SERVICES_ADDENDUM", "Referral/Services Addendum"],
  ] as const) {
    const template = await prisma.agreementTemplate.upsert({ where: { kind }, create: { kind, name }, update: {} });
    const version = await prisma.agreementVersion.upsert({
      where: { templateId_version: { templateId: template.id, version: 1 } },
      create: { templateId: template.id, version: 1, body: `# ${name}\n\nTerms.`, publishedAt: new Date("2026-01-01") },
      update: {},
    });
    versions[kind] = version.id;
  }
  phd = await makeUser("PHD", { region: "EMEA" });
  cam = await makeUser("CAM", { region: "EMEA" });
});

const unique = () => randomBytes(4).toString("hex");

async function fillDraft(options: { negotiate?: boolean } = {}) {
  const suffix = unique();
  const email = `applicant-${suffix}@fabrikam-${suffix}.example`;
  const { draftKey } = await saveCompanyStep(
    null,
    { legalName: `Fabrikam ${suffix}`, website: `https://www.fabrikam-${suffix}.example/about`, country: "Germany", region: "EMEA", size: "SIZE_11_50" },
    context,
  );
  await saveProgramStep(draftKey, { tracks: ["RESELLER", "SERVICES"], tier: "OPEN", workPlan: "We resell and implement for mid-size manufacturers." }, context);
  await saveContactStep(
    draftKey,
    { name: "Priya Natarajan", email, phone: "+49 30 1234567", title: "CEO", password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD },
    context,
  );
  await saveAgreementsStep(
    draftKey,
    {
      decision_MPA: "ACCEPT",
      decision_RESELLER_ADDENDUM: options.negotiate ? "NEGOTIATE" : "ACCEPT",
      reason_RESELLER_ADDENDUM: options.negotiate ? "We need 60 days' payment terms in section 3." : undefined,
      decision_REFERRAL_SERVICES_ADDENDUM: "ACCEPT",
    },
    context,
  );
  return { draftKey, email, domain: `fabrikam-${suffix}.example` };
}

async function verificationToken(email: string): Promise<string> {
  const mail = await prisma.outboxEmail.findFirstOrThrow({ where: { to: email, template: "applicationEmailVerification" }, orderBy: { createdAt: "desc" } });
  const token = /token=([\w-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error("no token in the verification mail");
  return token;
}

async function submitVerified(options: { negotiate?: boolean } = {}) {
  const draft = await fillDraft(options);
  const { draftKey } = await verifyApplicationEmail({ token: await verificationToken(draft.email) }, context);
  const { partnerId } = await submitApplication(draftKey, { ...context, userAgent: "vitest" });
  return { ...draft, draftKey, partnerId };
}

async function answerChecklist(partnerId: string, answer: "yes" | "no" = "yes") {
  return saveReviewChecklist(phd, { partnerId, item_1: answer, item_2: "yes", item_4: "yes", item_7: "yes", item_8: "yes", item_10: "yes" }, context);
}

/** What the PHD does before approving besides the checklist: link the company's CRM record. */
async function linkCrm(partnerId: string) {
  await updateApplicantAccount(phd, { partnerId, region: "EMEA", camOwnerId: null, crmId: `CRM-${unique()}` }, context);
}

describe("applying", () => {
  it("refuses to submit until the email is confirmed, and changes nothing", async () => {
    const draft = await fillDraft();
    await expect(submitApplication(draft.draftKey, { ...context, userAgent: null })).rejects.toThrow(/Confirm your email first/);
    expect(await prisma.partner.count({ where: { websiteDomain: draft.domain } })).toBe(0);
    expect(await prisma.user.count({ where: { email: draft.email } })).toBe(0);
  });

  it("submits a verified application: partner, contact account, acceptances with IP, review, and the draft is gone", async () => {
    const { partnerId, email, draftKey } = await submitVerified();
    const partner = await prisma.partner.findUniqueOrThrow({
      where: { id: partnerId },
      include: { users: true, agreementAcceptances: true, reviews: { include: { items: true } } },
    });
    expect(partner).toMatchObject({ status: "SUBMITTED", region: "EMEA", phdRegion: "EMEA", tracks: ["RESELLER", "SERVICES"] });
    expect(partner.websiteDomain).toMatch(/^fabrikam-[0-9a-f]+\.example$/);
    expect(partner.users).toHaveLength(1);
    expect(partner.users[0]).toMatchObject({ email, role: "PARTNER_USER", phone: "+49 30 1234567" });
    expect(partner.users[0]?.emailVerifiedAt).not.toBeNull();
    const stored = await prisma.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(await verifyPassword(TEST_PASSWORD, stored.passwordHash ?? "")).toBe(true);
    expect(partner.agreementAcceptances.map((acceptance) => acceptance.versionId).sort()).toEqual(
      [versions.MPA, versions.RESELLER_ADDENDUM, versions.REFERRAL_SERVICES_ADDENDUM].sort(),
    );
    expect(partner.agreementAcceptances.every((acceptance) => acceptance.ip === context.ip && acceptance.userAgent === "vitest")).toBe(true);
    expect(partner.reviews[0]?.items).toHaveLength(10);
    expect(await loadDraft(prisma, draftKey)).toBeNull();
    expect(await prisma.notification.count({ where: { userId: phd.id, type: "partner.application_submitted" } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { to: email, template: "applicationReceived" } })).toBe(1);
  });

  it("opens a legal request instead of an acceptance when the applicant negotiates", async () => {
    const { partnerId } = await submitVerified({ negotiate: true });
    const requests = await prisma.legalRequest.findMany({ where: { partnerId } });
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ versionId: versions.RESELLER_ADDENDUM, status: "OPEN" });
    expect(await prisma.agreementAcceptance.count({ where: { partnerId } })).toBe(2);
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partnerId } })).contractSignedAt).toBeNull();
  });

  it("tells a company that already applied, by its domain, at the first step, in words for where it stands", async () => {
    for (const [status, message] of [
      ["AUTHORIZED", /is already a partner\. Ask its portal admin to invite you/],
      ["DENIED", /was declined\. Its primary contact can sign in to read why and apply again/],
      ["IN_REVIEW", /is waiting for review/],
    ] as const) {
      const partner = await makePartner({ status });
      const attempt = saveCompanyStep(
        null,
        { legalName: "Copycat", website: `WWW.${partner.websiteDomain.toUpperCase()}`, country: "US", region: "AMER", size: "SIZE_1_10" },
        context,
      );
      await expect(attempt).rejects.toMatchObject({ field: "website", message: expect.stringMatching(message) });
    }
  });

  it("tells an address that has an account to sign in, and an address with another draft that a link was sent", async () => {
    const existing = await makeUser("PARTNER_USER");
    const first = await fillDraft();
    const { draftKey } = await saveCompanyStep(
      null,
      { legalName: "Second", website: `second-${unique()}.example`, country: "US", region: "AMER", size: "SIZE_1_10" },
      context,
    );
    await saveProgramStep(draftKey, { tracks: ["REFERRAL"], tier: "OPEN", workPlan: "Referrals for our consulting customers." }, context);
    const contact = { name: "X Y", phone: "+1 555 0100", title: "CTO", password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD };
    await expect(saveContactStep(draftKey, { ...contact, email: existing.email }, context)).rejects.toMatchObject({
      field: "email",
      message: expect.stringMatching(/already uses this email/),
    });
    const before = await prisma.outboxEmail.count({ where: { to: first.email } });
    await expect(saveContactStep(draftKey, { ...contact, email: first.email }, context)).rejects.toMatchObject({
      field: "email",
      message: expect.stringMatching(/already in progress/),
    });
    expect(await prisma.outboxEmail.count({ where: { to: first.email } })).toBe(before + 1);
    expect((await loadDraft(prisma, draftKey))!.email).toBeNull();
  });

  it("asks for a decision on every agreement the tracks need, naming each missing one", async () => {
    const { draftKey } = await saveCompanyStep(
      null,
      { legalName: "Partial", website: `partial-${unique()}.example`, country: "US", region: "AMER", size: "SIZE_1_10" },
      context,
    );
    await saveProgramStep(draftKey, { tracks: ["RESELLER"], tier: "OPEN", workPlan: "Reselling to public schools in Ohio." }, context);
    const email = `partial-${unique()}@example.com`;
    await saveContactStep(
      draftKey,
      { name: "A B", email, phone: "+1 555 0101", title: "Owner", password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD },
      context,
    );
    const error = await saveAgreementsStep(draftKey, { decision_MPA: "ACCEPT" }, context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({ decision_RESELLER_ADDENDUM: "Accept the Reseller Addendum or ask to negotiate it." });
    expect((await loadDraft(prisma, draftKey))!.step).toBe(4);
  });

  it("uses a verification link once, and hands the draft to the browser that confirmed it", async () => {
    const draft = await fillDraft();
    const token = await verificationToken(draft.email);
    const { draftKey } = await verifyApplicationEmail({ token }, context);
    await expect(verifyApplicationEmail({ token }, context)).rejects.toMatchObject({ code: "TOKEN_INVALID" });
    // The browser that started it in someone's name cannot go on to submit it.
    expect(await loadDraft(prisma, draft.draftKey)).toBeNull();
    expect((await loadDraft(prisma, draftKey))?.emailVerifiedAt).not.toBeNull();
    await expect(submitApplication(draft.draftKey, { ...context, userAgent: null })).rejects.toThrow(/confirmed in another browser/);
  });

  it("keeps only a hash of the browser's key", async () => {
    const draft = await fillDraft();
    expect(await prisma.applicationDraft.findUnique({ where: { id: draft.draftKey } })).toBeNull();
    expect(await loadDraft(prisma, draft.draftKey)).not.toBeNull();
  });

  it("rations confirmation links per address and per IP, with a message and no mail past the limit", async () => {
    const draft = await fillDraft();
    for (let sent = 1; sent < 5; sent++) await resendApplicationVerification(draft.draftKey, context);
    const mails = () => prisma.outboxEmail.count({ where: { to: draft.email, template: "applicationEmailVerification" } });
    expect(await mails()).toBe(5);
    await expect(resendApplicationVerification(draft.draftKey, context)).rejects.toThrow(/several confirmation links in the last hour/);
    expect(await mails()).toBe(5);

    const busyIp = { ip: "203.0.113.99" };
    await prisma.auditEvent.createMany({
      data: Array.from({ length: 20 }, () => ({
        action: "application.verification_sent",
        entityType: "ApplicationDraft",
        entityId: "x",
        summary: "sent",
        ip: busyIp.ip,
      })),
    });
    const other = await fillDraft();
    await expect(resendApplicationVerification(other.draftKey, busyIp)).rejects.toThrow(/several confirmation links/);
  });

  it("cannot be completed while an agreement the tracks need has no published version", async () => {
    const { draftKey } = await saveCompanyStep(
      null,
      { legalName: "Trainers", website: `trainers-${unique()}.example`, country: "US", region: "AMER", size: "SIZE_1_10" },
      context,
    );
    await saveProgramStep(draftKey, { tracks: ["TRAINING"], tier: "OPEN", workPlan: "Certified courses for the Americas." }, context);
    await saveContactStep(
      draftKey,
      { name: "T R", email: `t-${unique()}@example.com`, phone: "+1 555 0102", title: "Lead", password: TEST_PASSWORD, confirmPassword: TEST_PASSWORD },
      context,
    );
    await expect(saveAgreementsStep(draftKey, { decision_MPA: "ACCEPT" }, context)).rejects.toThrow(/Training addendum is not published yet/i);
  });

  it("deletes drafts nobody touched for 30 days, and only those", async () => {
    const stale = await fillDraft();
    const fresh = await fillDraft();
    const staleId = (await loadDraft(prisma, stale.draftKey))!.id;
    await prisma.$executeRaw`UPDATE "ApplicationDraft" SET "updatedAt" = ${subDays(new Date(), 31)} WHERE "id" = ${staleId}`;
    expect(await deleteStaleApplicationDrafts()).toBe(1);
    expect(await loadDraft(prisma, stale.draftKey)).toBeNull();
    expect(await loadDraft(prisma, fresh.draftKey)).not.toBeNull();
  });
});

describe("reviewing", () => {
  it("shows decided applicants under All only, their age stopped at the decision, and a desk only its own regions", async () => {
    const { partnerId } = await submitVerified();
    await prisma.partner.update({
      where: { id: partnerId },
      data: { status: "DENIED", submittedAt: new Date("2026-11-01T09:00:00Z"), decidedAt: new Date("2026-11-04T10:00:00Z") },
    });
    expect((await loadListPage(applicantList, phd, {})).rows.map((row) => row.id)).not.toContain(partnerId);
    const all = await loadListPage(applicantList, phd, { status: "ALL" });
    expect(all.rows.find((row) => row.id === partnerId)).toMatchObject({ ageDays: 3, decidedAt: new Date("2026-11-04T10:00:00Z") });
    expect(all.filters.find((filter) => filter.name === "status")).toMatchObject({
      defaultLabel: "Awaiting decision",
      options: expect.arrayContaining([{ value: "ALL", label: "All" }]),
    });
    const regionsOf = async (user: SessionUser) =>
      (await loadListPage(applicantList, user, {})).filters.find((filter) => filter.name === "region")?.options.map((option) => option.value);
    expect(await regionsOf(await makeUser("PHD", { region: "AMER" }))).toEqual(["AMER", "PUBLIC_SECTOR"]);
    expect(await regionsOf(phd)).toEqual(["EMEA"]);
    expect(await regionsOf(await makeUser("ADMIN"))).toEqual(["AMER", "EMEA", "APAC", "PUBLIC_SECTOR"]);
  });

  it("lists the region's open applicants oldest first, with their age", async () => {
    const { partnerId } = await submitVerified();
    const page = await loadListPage(applicantList, phd, {});
    expect(page.rows.map((row) => row.id)).toContain(partnerId);
    expect(page.rows.find((row) => row.id === partnerId)?.ageDays).toBe(0);
    const otherDesk = await makeUser("PHD", { region: "APAC" });
    expect((await loadListPage(applicantList, otherDesk, {})).rows.map((row) => row.id)).not.toContain(partnerId);
  });

  it("moves to in review on the first answers and records who answered", async () => {
    const { partnerId } = await submitVerified();
    // Items 4 and 8 are the portal's facts: posted answers for them are not recorded.
    expect(await answerChecklist(partnerId)).toEqual({ changed: 4 });
    expect(await prisma.partnerReviewItem.count({ where: { review: { partnerId }, position: { in: [4, 8] }, answer: { not: null } } })).toBe(0);
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partnerId } })).status).toBe("IN_REVIEW");
    const item = await prisma.partnerReviewItem.findFirstOrThrow({ where: { review: { partnerId }, position: 1 } });
    expect(item).toMatchObject({ answer: true, answeredById: phd.id });
  });

  it("refuses approval with the checklist incomplete or answered no, and changes nothing", async () => {
    const { partnerId } = await submitVerified();
    await expect(approveApplication(phd, { partnerId }, context)).rejects.toThrow(/not answered/);
    await answerChecklist(partnerId, "no");
    await expect(approveApplication(phd, { partnerId }, context)).rejects.toThrow(/Item 1 is answered no/);
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partnerId } })).status).toBe("IN_REVIEW");
    expect(await prisma.outboxEmail.count({ where: { template: "partnerWelcome" } })).toBe(0);
  });

  it("refuses approval without the CRM id, whatever the checklist says", async () => {
    const { partnerId } = await submitVerified();
    await answerChecklist(partnerId);
    await expect(approveApplication(phd, { partnerId }, context)).rejects.toThrow("Link the company's CRM id under Account.");
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partnerId } })).status).toBe("IN_REVIEW");
  });

  it("refuses approval while an agreement is in negotiation, and approves once its legal request is resolved as agreed (issue 13, point 1)", async () => {
    const { partnerId, email } = await submitVerified({ negotiate: true });
    await answerChecklist(partnerId);
    await linkCrm(partnerId);
    await expect(approveApplication(phd, { partnerId }, context)).rejects.toThrow(
      "Every required agreement must be accepted or its legal request resolved as agreed: Reseller addendum in negotiation (its legal request is not resolved).",
    );
    expect(await prisma.partner.findUniqueOrThrow({ where: { id: partnerId } })).toMatchObject({ status: "IN_REVIEW", contractSignedAt: null });
    expect(await prisma.outboxEmail.count({ where: { to: email, template: "partnerWelcome" } })).toBe(0);

    // Resolved in the admin's browser after the PHD's page loaded: approval reads it when it runs.
    const admin = await makeUser("ADMIN");
    const request = await prisma.legalRequest.findFirstOrThrow({ where: { partnerId }, select: { id: true } });
    await resolveLegalRequest(
      admin,
      { requestId: request.id, outcome: "AGREED", negotiatedVersion: null, exception: "60 days' payment terms.", declineReason: null },
      context,
    );
    await approveApplication(phd, { partnerId }, context);
    const partner = await prisma.partner.findUniqueOrThrow({ where: { id: partnerId } });
    expect(partner.status).toBe("AUTHORIZED");
    expect(partner.contractSignedAt).not.toBeNull();
  });

  it("refuses approval when the legal request is declined", async () => {
    const { partnerId } = await submitVerified({ negotiate: true });
    await answerChecklist(partnerId);
    await linkCrm(partnerId);
    const admin = await makeUser("ADMIN");
    const request = await prisma.legalRequest.findFirstOrThrow({ where: { partnerId }, select: { id: true } });
    await resolveLegalRequest(
      admin,
      { requestId: request.id, outcome: "DECLINED", negotiatedVersion: null, exception: null, declineReason: "Payment terms are 30 days for everyone." },
      context,
    );
    await expect(approveApplication(phd, { partnerId }, context)).rejects.toThrow(/Reseller addendum declined in legal review/);
  });

  it("approves: Authorized, contact is admin, region's CAM owns it, both emails queued, notes and last review set", async () => {
    const { partnerId, email } = await submitVerified();
    // Earlier tests in this file made EMEA CAMs too: give each of them an account, so this test's CAM has the fewest.
    for (const other of await prisma.user.findMany({ where: { role: "CAM", region: "EMEA", id: { not: cam.id } }, select: { id: true } })) {
      await makePartner({ region: "EMEA", camOwnerId: other.id });
    }
    await answerChecklist(partnerId);
    await linkCrm(partnerId);
    await approveApplication(phd, { partnerId }, context);
    const partner = await prisma.partner.findUniqueOrThrow({ where: { id: partnerId }, include: { reviews: { include: { items: true } } } });
    expect(partner).toMatchObject({ status: "AUTHORIZED", camOwnerId: cam.id });
    expect(partner.contractSignedAt).not.toBeNull();
    expect(partner.lastPhdReviewAt).not.toBeNull();
    expect(partner.accountNotes).toMatch(/Applicant review by Test PHD: approved/);
    expect(partner.reviews[0]?.completedAt).not.toBeNull();
    expect(partner.reviews[0]?.items.every((item) => item.answer === true)).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).role).toBe("PARTNER_ADMIN");
    expect(await prisma.outboxEmail.count({ where: { to: email, template: "partnerWelcome" } })).toBe(1);
    expect(await prisma.outboxEmail.count({ where: { to: cam.email, template: "newPartnerCamNotice" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: partnerId, action: "partner.approved" } })).toBe(1);
    await expect(denyApplication(phd, { partnerId, reason: "Changed our mind entirely." }, context)).rejects.toThrow(/already decided/);
  });

  it("assigns the CAM the PHD chose, and only an active CAM", async () => {
    const { partnerId } = await submitVerified();
    const otherCam = await makeUser("CAM", { region: "AMER" });
    await expect(updateApplicantAccount(phd, { partnerId, region: "EMEA", camOwnerId: phd.id, crmId: null }, context)).rejects.toMatchObject({
      field: "camOwnerId",
    });
    await updateApplicantAccount(phd, { partnerId, region: "EMEA", camOwnerId: otherCam.id, crmId: "CRM-42" }, context);
    await answerChecklist(partnerId);
    await approveApplication(phd, { partnerId }, context);
    expect(await prisma.partner.findUniqueOrThrow({ where: { id: partnerId } })).toMatchObject({ camOwnerId: otherCam.id, crmId: "CRM-42" });
  });

  it("denies with the reason emailed, and two decisions at once leave exactly one", async () => {
    const { partnerId, email } = await submitVerified();
    await answerChecklist(partnerId);
    await linkCrm(partnerId);
    const results = await Promise.allSettled([
      denyApplication(phd, { partnerId, reason: "We could not verify the company's website." }, context),
      approveApplication(phd, { partnerId }, context),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const partner = await prisma.partner.findUniqueOrThrow({ where: { id: partnerId } });
    const emails = await prisma.outboxEmail.findMany({ where: { to: email, template: { in: ["applicationDenied", "partnerWelcome"] } } });
    expect(emails).toHaveLength(1);
    expect(emails[0]?.template).toBe(partner.status === "DENIED" ? "applicationDenied" : "partnerWelcome");
    if (partner.status === "DENIED") expect(emails[0]?.text).toContain("We could not verify the company's website.");
  });

  it("keeps another region's applicant out of a PHD's reach", async () => {
    const { partnerId } = await submitVerified();
    const otherDesk = await makeUser("PHD", { region: "APAC" });
    await expect(approveApplication(otherDesk, { partnerId }, context)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("checks the region before locking: another desk naming an applicant that is being decided is refused at once, not held up", async () => {
    const { partnerId } = await submitVerified();
    const otherDesk = await makeUser("PHD", { region: "APAC" });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // The applicant's own desk holds the company's row, as a decision in progress does.
    const holder = prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "Partner" WHERE "id" = ${partnerId} FOR UPDATE`;
        await released;
      },
      { timeout: 20_000 },
    );
    const heldUp = new Promise((resolve) => setTimeout(() => resolve("held up behind the lock"), 3_000));
    try {
      for (const attempt of [
        () => addAccountNote(otherDesk, { partnerId, note: "Not my region" }, context),
        () => denyApplication(otherDesk, { partnerId, reason: "Not my region" }, context),
      ]) {
        expect(await Promise.race([attempt().catch((error: AppError) => error.code), heldUp])).toBe("NOT_FOUND");
      }
    } finally {
      release();
      await holder;
    }
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partnerId } })).accountNotes ?? "").not.toContain("Not my region");
  });
});
