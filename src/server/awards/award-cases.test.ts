import { describe, expect, it } from "vitest";
import { addDays } from "date-fns";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { openAwardCase } from "@/server/certifications/open-award-case";
import { flagOverdueAwardCases } from "@/server/certifications/flag-overdue-award-cases";
import { sendAwardEmail } from "./send-award-email";
import { updateAwardProfile } from "./update-award-profile";
import { grantCommunityAccess } from "./grant-community-access";
import { makePartner, makeUser } from "../../../tests/factories";

const context = { ip: "10.9.0.7" };

/** An AMER partner owned by a CAM, with two admins, the AMER desk, and its award case opened the way completions open it. */
async function setUp(options: { alreadyCertified?: boolean } = {}) {
  const cam = await makeUser("CAM", { region: "AMER" });
  const phd = await makeUser("PHD", { region: "AMER" });
  const partner = await makePartner({ region: "AMER", camOwnerId: cam.id });
  const admins = [await makeUser("PARTNER_ADMIN", { partnerId: partner.id }), await makeUser("PARTNER_ADMIN", { partnerId: partner.id })];
  await makeUser("PARTNER_USER", { partnerId: partner.id });
  if (options.alreadyCertified) await prisma.companyCertification.create({ data: { partnerId: partner.id, kind: "CTP", awardedAt: new Date() } });
  const caseId = await prisma.$transaction((tx) => openAwardCase(tx, partner.id, "PSP", new Date()));
  if (!caseId) throw new Error("no case opened");
  return { cam, phd, partner, admins, caseId };
}

const readCase = (id: string) => prisma.awardCase.findUniqueOrThrow({ where: { id } });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("opening an award case", () => {
  it("notifies the account's CAM and the desk of the partner's region, each with a link to the case", async () => {
    const { cam, phd, caseId } = await setUp();
    const otherDesk = await makeUser("PHD", { region: "EMEA" });
    const notices = await prisma.notification.findMany({
      where: { type: "award.case_opened", link: `/award-cases/${caseId}` },
      select: { userId: true, title: true },
    });
    expect(notices.map((notice) => notice.userId).sort()).toEqual([cam.id, phd.id].sort());
    expect(notices.find((notice) => notice.userId === cam.id)?.title).toMatch(/send the award email$/);
    expect(notices.some((notice) => notice.userId === otherDesk.id)).toBe(false);
  });
});

describe("the award case's tasks", () => {
  it("on a first company certification: community access waits for the award email, and the case closes once, when all are done", async () => {
    const { cam, phd, partner, admins, caseId } = await setUp();
    expect(await readCase(caseId)).toMatchObject({ status: "OPEN", firstCompanyCertification: true });

    const early = await refusal(grantCommunityAccess(phd, { caseId }, context));
    expect(early.message).toMatch(/after the CAM has sent the award email/);
    expect(await readCase(caseId)).toMatchObject({ communityAccessGrantedAt: null });

    expect(await updateAwardProfile(phd, { caseId }, context)).toEqual({ caseId, completed: false });
    const certification = await prisma.companyCertification.findUniqueOrThrow({ where: { partnerId_kind: { partnerId: partner.id, kind: "PSP" } } });
    expect(certification.awardedAt).toBeInstanceOf(Date);
    expect(certification.publishedAt).toEqual(certification.awardedAt);
    expect(await readCase(caseId)).toMatchObject({ status: "OPEN", profileUpdatedById: phd.id });

    expect(await sendAwardEmail(cam, { caseId }, context)).toEqual({ caseId, recipients: 2, completed: false });
    const mails = await prisma.outboxEmail.findMany({ where: { template: "awardEmail" }, select: { to: true, subject: true, text: true } });
    expect(mails.map((mail) => mail.to).sort()).toEqual(admins.map((admin) => admin.email).sort());
    expect(mails[0].subject).toBe(`Congratulations: ${partner.legalName} is now a Certified Professional Services Partner`);
    expect(mails[0].text).toMatch(/award-kit\/psp-badge\.svg/);
    expect(mails[0].text).toMatch(/press release/);
    expect(mails[0].text).toMatch(/award-kit\/social-kit\.txt/);
    expect(await readCase(caseId)).toMatchObject({ status: "EMAIL_SENT", awardEmailSentById: cam.id, completedAt: null });

    expect(await grantCommunityAccess(phd, { caseId }, context)).toEqual({ caseId, completed: true });
    const closed = await readCase(caseId);
    expect(closed).toMatchObject({ status: "COMPLETED", communityAccessGrantedById: phd.id });
    expect(closed.completedAt).toBeInstanceOf(Date);
    expect((await prisma.partner.findUniqueOrThrow({ where: { id: partner.id } })).serviceCommunityAdminAt).toEqual(closed.communityAccessGrantedAt);

    const events = await prisma.auditEvent.findMany({
      where: { entityType: "AwardCase", entityId: caseId },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorId: true },
    });
    expect(events).toEqual([
      { action: "award_case.profile_updated", actorId: phd.id },
      { action: "award_case.email_sent", actorId: cam.id },
      { action: "award_case.community_access_granted", actorId: phd.id },
      { action: "award_case.completed", actorId: phd.id },
    ]);

    // Not twice: each task, done again, is refused with when it was done, and nothing changes.
    for (const again of [
      () => sendAwardEmail(cam, { caseId }, context),
      () => updateAwardProfile(phd, { caseId }, context),
      () => grantCommunityAccess(phd, { caseId }, context),
    ]) {
      expect((await refusal(again())).message).toMatch(/already on /);
    }
    expect(await readCase(caseId)).toEqual(closed);
    expect(await prisma.outboxEmail.count({ where: { template: "awardEmail" } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: "award_case.completed", entityId: caseId } })).toBe(1);
  });

  it("on a later company certification: no community task, and the case closes with the email and the profile", async () => {
    const { cam, phd, caseId } = await setUp({ alreadyCertified: true });
    expect(await readCase(caseId)).toMatchObject({ firstCompanyCertification: false });
    await sendAwardEmail(cam, { caseId }, context);
    expect((await refusal(grantCommunityAccess(phd, { caseId }, context))).message).toMatch(/first one only/);
    expect(await updateAwardProfile(phd, { caseId }, context)).toEqual({ caseId, completed: true });
    expect(await readCase(caseId)).toMatchObject({ status: "COMPLETED", communityAccessGrantedAt: null });
  });

  it("two tasks finishing a case at once close it exactly once", async () => {
    const { cam, phd, caseId } = await setUp({ alreadyCertified: true });
    const results = await Promise.all([sendAwardEmail(cam, { caseId }, context), updateAwardProfile(phd, { caseId }, context)]);
    expect(results.filter((result) => result.completed)).toHaveLength(1);
    expect(await readCase(caseId)).toMatchObject({ status: "COMPLETED" });
    expect(await prisma.auditEvent.count({ where: { action: "award_case.completed", entityId: caseId } })).toBe(1);
  });

  it("is out of reach for another CAM and another region's desk: not found, nothing changes", async () => {
    const { caseId } = await setUp();
    const otherCam: SessionUser = await makeUser("CAM", { region: "AMER" });
    const emeaDesk: SessionUser = await makeUser("PHD", { region: "EMEA" });
    expect((await refusal(sendAwardEmail(otherCam, { caseId }, context))).code).toBe("NOT_FOUND");
    expect((await refusal(updateAwardProfile(emeaDesk, { caseId }, context))).code).toBe("NOT_FOUND");
    expect(await readCase(caseId)).toMatchObject({ status: "OPEN", awardEmailSentAt: null, profileUpdatedAt: null });
  });

  it("the sending CAM is told when the partner has no admin to write to", async () => {
    const cam = await makeUser("CAM", { region: "AMER" });
    const partner = await makePartner({ region: "AMER", camOwnerId: cam.id });
    const caseId = (await prisma.$transaction((tx) => openAwardCase(tx, partner.id, "PSP", new Date())))!;
    expect((await refusal(sendAwardEmail(cam, { caseId }, context))).message).toMatch(/no active partner admin/);
    expect(await readCase(caseId)).toMatchObject({ awardEmailSentAt: null });
  });
});

describe("the overdue reminder", () => {
  it("reminds the CAM, and the region's desk while a PHD task is open", async () => {
    const { cam, phd, caseId } = await setUp();
    const later = addDays(new Date(), 8);
    // Cases the tests above left open are flagged too; this one's reminders go to its CAM and its desk.
    expect(await flagOverdueAwardCases(later)).toBeGreaterThanOrEqual(1);
    const reminders = await prisma.notification.findMany({
      where: { type: "award.case_overdue", link: `/award-cases/${caseId}` },
      select: { user: { select: { id: true, role: true, region: true } } },
    });
    // The CAM, and every AMER desk member (the tests above made a few).
    expect(reminders.map((notice) => notice.user.id)).toEqual(expect.arrayContaining([cam.id, phd.id]));
    for (const { user } of reminders) expect(user.id === cam.id || (user.role === "PHD" && user.region === "AMER"), user.id).toBe(true);
  });
});
