// CTP tracking rules, against the database: who completes what, the 6-month lock at completion time and in the job
// (and the two racing), and the award case a completed tracking opens exactly once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PgBoss } from "pg-boss";
import { addMonths, subDays } from "date-fns";
import type { CtpSectionKind } from "@/generated/prisma/enums";
import { prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import type { SessionUser } from "@/server/auth/policy";
import { inviteCtpPartner } from "./invite-ctp-partner";
import { completeCtpItem } from "./complete-ctp-item";
import { enrollCtpCandidate } from "./enroll-ctp-candidate";
import { lockCtpTrackings } from "./lock-ctp-trackings";
import { addCtpTemplateItem, setCtpTemplateItemActive } from "./manage-ctp-template";
import { makePartner, makeUser } from "../../../tests/factories";

const ip = { ip: "127.0.0.1" };
let admin: SessionUser;
let education: SessionUser;
let channel: SessionUser;

beforeAll(async () => {
  admin = await makeUser("ADMIN");
  education = await makeUser("EDUCATION_SERVICES");
  channel = await makeUser("CHANNEL_SERVICES");
  const template: [CtpSectionKind, string, boolean][] = [
    ["PROGRAM_ENTRY", "Hold the kickoff call", false],
    ["TRAINER_CANDIDATES", "Nominate trainer candidates", false],
    ["TRAINER_CANDIDATES", "Complete the train-the-trainer course", true],
    ["COMPETENCY", "Pass the competency assessment", false],
    ["COMPLIANCE_MBO", "Agree MBO goals", false],
    ["LEGAL_OPERATIONAL", "Countersign the addendum", false],
  ];
  await prisma.ctpTemplateItem.createMany({
    data: template.map(([section, title, perCandidate], index) => ({ section, title, perCandidate, position: index + 1 })),
  });
});

afterAll(async () => {
  await (await (globalThis as { jobProducer?: Promise<PgBoss> }).jobProducer)?.stop({ graceful: false });
});

/** An account of a new CAM with its primary contact (the first user) and a colleague, invited into CTP. */
async function invitedAccount() {
  const cam = await makeUser("CAM", { region: "AMER" });
  const partner = await makePartner({ camOwnerId: cam.id });
  const contact = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
  const colleague = await makeUser("PARTNER_USER", { partnerId: partner.id });
  const { trackingId } = await inviteCtpPartner(cam, { partnerId: partner.id }, ip);
  return { cam, partner, contact, colleague, trackingId };
}

async function itemOf(trackingId: string, kind: CtpSectionKind) {
  return prisma.ctpItem.findFirstOrThrow({ where: { section: { trackingId, kind }, candidateId: null }, select: { id: true } });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("inviting a partner", () => {
  it("starts a tracking locking in 6 months from the active template, notifies the primary contact, and refuses a second one", async () => {
    const { cam, partner, contact, trackingId } = await invitedAccount();
    const tracking = await prisma.ctpTracking.findUniqueOrThrow({
      where: { id: trackingId },
      select: {
        status: true,
        startedAt: true,
        locksAt: true,
        candidateTaskTitles: true,
        sections: { select: { kind: true, owner: true, _count: { select: { items: true } } } },
      },
    });
    expect(tracking.status).toBe("ACTIVE");
    expect(tracking.locksAt).toEqual(addMonths(tracking.startedAt, 6));
    expect(tracking.candidateTaskTitles).toEqual(["Complete the train-the-trainer course"]);
    expect(Object.fromEntries(tracking.sections.map((section) => [section.kind, [section.owner, section._count.items]]))).toEqual({
      PROGRAM_ENTRY: ["CAM", 1],
      TRAINER_CANDIDATES: ["PARTNER_PRIMARY_CONTACT", 1],
      COMPETENCY: ["EDUCATION_SERVICES", 1],
      COMPLIANCE_MBO: ["CAM", 1],
      LEGAL_OPERATIONAL: ["CHANNEL_SERVICES", 1],
    });
    expect(await prisma.notification.count({ where: { userId: contact.id, type: "ctp.invited", link: `/ctp/${trackingId}` } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "ctp_tracking.invited", entityId: trackingId } })).toBe(1);

    expect((await refusal(inviteCtpPartner(cam, { partnerId: partner.id }, ip))).message).toMatch(/already has an active CTP tracking/);
    const otherCam = await makeUser("CAM", { region: "AMER" });
    expect((await refusal(inviteCtpPartner(otherCam, { partnerId: partner.id }, ip))).code).toBe("NOT_FOUND");
  });

  it("applies template changes to trackings started afterwards only", async () => {
    const before = await invitedAccount();
    const added = await addCtpTemplateItem(admin, { section: "COMPETENCY", title: "Observe a live class" }, ip);
    const after = await invitedAccount();
    await setCtpTemplateItemActive(admin, { itemId: added.itemId, active: "no" }, ip);
    const later = await invitedAccount();
    const count = (trackingId: string) => prisma.ctpItem.count({ where: { section: { trackingId, kind: "COMPETENCY" } } });
    expect([await count(before.trackingId), await count(after.trackingId), await count(later.trackingId)]).toEqual([1, 2, 1]);
  });
});

describe("completing items", () => {
  it("lets only each section's owner complete its items (admins for any owner), and only a candidate their own task", async () => {
    const { cam, contact, colleague, trackingId } = await invitedAccount();
    const otherCam = await makeUser("CAM", { region: "AMER" });
    const programEntry = await itemOf(trackingId, "PROGRAM_ENTRY");
    const candidates = await itemOf(trackingId, "TRAINER_CANDIDATES");
    const competency = await itemOf(trackingId, "COMPETENCY");
    const legal = await itemOf(trackingId, "LEGAL_OPERATIONAL");

    expect((await refusal(completeCtpItem(education, { itemId: programEntry.id }, ip))).code).toBe("FORBIDDEN");
    expect((await refusal(completeCtpItem(otherCam, { itemId: programEntry.id }, ip))).code).toBe("NOT_FOUND");
    expect((await refusal(completeCtpItem(colleague, { itemId: candidates.id }, ip))).code).toBe("FORBIDDEN");
    expect((await refusal(completeCtpItem(cam, { itemId: competency.id }, ip))).code).toBe("FORBIDDEN");
    expect((await refusal(completeCtpItem(channel, { itemId: competency.id }, ip))).code).toBe("FORBIDDEN");
    expect((await refusal(completeCtpItem(education, { itemId: legal.id }, ip))).code).toBe("FORBIDDEN");

    // Enrolled before the section's own item is done: a complete section closes enrollment.
    await enrollCtpCandidate(colleague, { trackingId }, ip);
    await completeCtpItem(cam, { itemId: programEntry.id }, ip);
    await completeCtpItem(contact, { itemId: candidates.id }, ip);
    await completeCtpItem(education, { itemId: competency.id }, ip);
    await completeCtpItem(admin, { itemId: legal.id }, ip);
    expect((await refusal(completeCtpItem(cam, { itemId: programEntry.id }, ip))).message).toBe("This item is already completed.");

    const task = await prisma.ctpItem.findFirstOrThrow({ where: { section: { trackingId }, candidate: { userId: colleague.id } }, select: { id: true } });
    expect((await refusal(completeCtpItem(contact, { itemId: task.id }, ip))).code).toBe("FORBIDDEN");
    expect((await refusal(completeCtpItem(admin, { itemId: task.id }, ip))).code).toBe("FORBIDDEN");
    await completeCtpItem(colleague, { itemId: task.id }, ip);

    const sections = await prisma.ctpSection.findMany({ where: { trackingId }, select: { kind: true, completedAt: true } });
    expect(
      sections
        .filter((section) => section.completedAt)
        .map((section) => section.kind)
        .sort(),
    ).toEqual(["COMPETENCY", "LEGAL_OPERATIONAL", "PROGRAM_ENTRY", "TRAINER_CANDIDATES"].sort());
    expect(await prisma.auditEvent.count({ where: { entityId: trackingId, action: "ctp_tracking.item_completed" } })).toBe(5);
  });

  it("completes the tracking with its last section and opens the CTP award case once, also when the last two land at once", async () => {
    const { cam, contact, partner, trackingId } = await invitedAccount();
    await completeCtpItem(cam, { itemId: (await itemOf(trackingId, "PROGRAM_ENTRY")).id }, ip);
    await completeCtpItem(contact, { itemId: (await itemOf(trackingId, "TRAINER_CANDIDATES")).id }, ip);
    await completeCtpItem(cam, { itemId: (await itemOf(trackingId, "COMPLIANCE_MBO")).id }, ip);
    const last = await Promise.all([
      completeCtpItem(education, { itemId: (await itemOf(trackingId, "COMPETENCY")).id }, ip),
      completeCtpItem(channel, { itemId: (await itemOf(trackingId, "LEGAL_OPERATIONAL")).id }, ip),
    ]);
    expect(last.filter((result) => result.trackingCompleted)).toHaveLength(1);
    expect(await prisma.ctpTracking.findUniqueOrThrow({ where: { id: trackingId }, select: { status: true } })).toEqual({ status: "COMPLETE" });
    const cases = await prisma.awardCase.findMany({ where: { partnerId: partner.id }, select: { kind: true, camId: true, status: true } });
    expect(cases).toEqual([{ kind: "CTP", camId: cam.id, status: "OPEN" }]);
    expect(await prisma.notification.count({ where: { userId: cam.id, type: "ctp.completed" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: trackingId, action: "ctp_tracking.completed" } })).toBe(1);
  });
});

describe("the 6-month lock", () => {
  it("refuses a completion once the 6 months are over, before the job has run, and changes nothing", async () => {
    const { cam, trackingId } = await invitedAccount();
    const startedAt = subDays(new Date(), 200);
    await prisma.ctpTracking.update({ where: { id: trackingId }, data: { startedAt, locksAt: addMonths(startedAt, 6) } });
    const item = await itemOf(trackingId, "PROGRAM_ENTRY");
    const error = await refusal(completeCtpItem(cam, { itemId: item.id }, ip));
    expect(error.message).toMatch(/^Locked on .*: not completed within 6 months; nothing more can be completed\.$/);
    expect(await prisma.ctpItem.findUniqueOrThrow({ where: { id: item.id }, select: { completedAt: true } })).toEqual({ completedAt: null });
  });

  it("the job locks trackings past their 6 months once, notifying the CAM and the primary contact, also when runs overlap", async () => {
    const { cam, contact, trackingId } = await invitedAccount();
    const fresh = await invitedAccount();
    const startedAt = subDays(new Date(), 190);
    await prisma.ctpTracking.update({ where: { id: trackingId }, data: { startedAt, locksAt: addMonths(startedAt, 6) } });
    const due = await prisma.ctpTracking.count({ where: { status: "ACTIVE", locksAt: { lte: new Date() } } });
    const runs = await Promise.all([lockCtpTrackings(), lockCtpTrackings()]);
    expect(runs.reduce((sum, count) => sum + count, 0)).toBe(due);
    expect(await lockCtpTrackings()).toBe(0);
    const tracking = await prisma.ctpTracking.findUniqueOrThrow({ where: { id: trackingId }, select: { status: true, lockedAt: true } });
    expect(tracking.status).toBe("LOCKED");
    expect(tracking.lockedAt).not.toBeNull();
    expect(await prisma.ctpTracking.findUniqueOrThrow({ where: { id: fresh.trackingId }, select: { status: true } })).toEqual({ status: "ACTIVE" });
    const notices = await prisma.notification.findMany({ where: { type: "ctp.locked", link: `/ctp/${trackingId}` }, select: { userId: true } });
    expect(notices.map((notice) => notice.userId).sort()).toEqual([cam.id, contact.id].sort());
    expect(await prisma.auditEvent.count({ where: { entityId: trackingId, action: "ctp_tracking.locked" } })).toBe(1);
    expect((await refusal(enrollCtpCandidate(contact, { trackingId }, ip))).message).toMatch(/^Locked on /);
  });

  it("a completion racing the lock job lands before the lock or not at all", async () => {
    for (let round = 0; round < 8; round++) {
      const { cam, trackingId } = await invitedAccount();
      const item = await itemOf(trackingId, "PROGRAM_ENTRY");
      const locksAt = new Date(Date.now() + 40);
      await prisma.ctpTracking.update({ where: { id: trackingId }, data: { locksAt } });
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const [completion] = await Promise.allSettled([
        wait(round * 10).then(() => completeCtpItem(cam, { itemId: item.id }, ip)),
        wait(45).then(() => lockCtpTrackings()),
      ]);
      const tracking = await prisma.ctpTracking.findUniqueOrThrow({ where: { id: trackingId }, select: { status: true, lockedAt: true } });
      const { completedAt } = await prisma.ctpItem.findUniqueOrThrow({ where: { id: item.id }, select: { completedAt: true } });
      expect(tracking.status).toBe("LOCKED");
      if (completion.status === "fulfilled") {
        expect(completedAt!.getTime()).toBeLessThan(locksAt.getTime());
        expect(completedAt!.getTime()).toBeLessThan(tracking.lockedAt!.getTime());
      } else {
        expect((completion.reason as AppError).message).toMatch(/^Locked on /);
        expect(completedAt).toBeNull();
      }
    }
  });
});
