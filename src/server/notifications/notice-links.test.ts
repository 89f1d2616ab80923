import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { denyApplication } from "@/server/applications/deny-application";
import { notifyAccountAssigned } from "@/server/partners/notify-account-assigned";
import { notificationTypesFor } from "./types";
import { notify, type NotifyInput } from "./notify";
import { openNotification } from "./open-notification";
import { makePartner, makeUser } from "../../../tests/factories";

const context = { ip: "10.9.0.3" };

let phd: SessionUser;
let otherPhd: SessionUser;

beforeEach(async () => {
  phd = await makeUser("PHD", { region: "AMER" });
  otherPhd = await makeUser("PHD", { region: "AMER" });
});

const send = (input: NotifyInput) => prisma.$transaction((tx) => notify(tx, input));
const readAtOf = async (id: string) => (await prisma.notification.findUniqueOrThrow({ where: { id }, select: { readAt: true } })).readAt;

/** An applicant waiting in the AMER desk's queue, with the notice submission sends each of the desk's PHDs. */
async function applicantWithNotices(recipients: SessionUser[]) {
  const partner = await makePartner({ region: "AMER", status: "IN_REVIEW" });
  await prisma.partnerReview.create({ data: { partnerId: partner.id, kind: "APPLICANT", startedAt: new Date() } });
  const notices = [];
  for (const recipient of recipients) {
    notices.push(
      await send({
        userId: recipient.id,
        type: "partner.application_submitted",
        title: `New partner application: ${partner.legalName}`,
        body: "Amer · Reseller · Open tier.",
        link: `/phd/applicants/${partner.id}`,
      }),
    );
  }
  return { partner, notices };
}

describe("following a notice's link", () => {
  it("marks the notice read once, with one audit event, and leads to what it is about", async () => {
    const { notices } = await applicantWithNotices([phd]);
    const notice = notices[0]!;
    expect(await openNotification(phd, notice.id, context)).toBe(notice.link);
    const firstRead = await readAtOf(notice.id);
    expect(firstRead).toBeInstanceOf(Date);
    expect(await openNotification(phd, notice.id, context)).toBe(notice.link);
    expect(await readAtOf(notice.id)).toEqual(firstRead);
    expect(await prisma.auditEvent.count({ where: { action: "notification.read", entityId: notice.id, actorId: phd.id } })).toBe(1);
  });

  it("finds nothing for another user's notice and leaves it unread", async () => {
    const { notices } = await applicantWithNotices([otherPhd]);
    expect(await openNotification(phd, notices[0]!.id, context)).toBeNull();
    expect(await readAtOf(notices[0]!.id)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { entityId: notices[0]!.id } })).toBe(0);
  });
});

describe("a decided application's notices", () => {
  it("are read for every PHD once one of them decides, and other applications' notices stay unread", async () => {
    const decided = await applicantWithNotices([phd, otherPhd]);
    const waiting = await applicantWithNotices([phd, otherPhd]);
    await denyApplication(phd, { partnerId: decided.partner.id, reason: "We could not verify the company's website." }, context);
    for (const notice of decided.notices) expect(await readAtOf(notice.id), notice.userId).toBeInstanceOf(Date);
    for (const notice of waiting.notices) expect(await readAtOf(notice.id), notice.userId).toBeNull();
  });

  it("stay unread when the decision fails", async () => {
    const { partner, notices } = await applicantWithNotices([phd, otherPhd]);
    const emeaPhd = await makeUser("PHD", { region: "EMEA" });
    await expect(denyApplication(emeaPhd, { partnerId: partner.id, reason: "Not this desk's applicant." }, context)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    for (const notice of notices) expect(await readAtOf(notice.id)).toBeNull();
  });
});

describe("a CAM assigned a new partner", () => {
  it("gets a notice in the portal linking to the account, and no second email beside the approval's own", async () => {
    const cam = await makeUser("CAM", { region: "AMER" });
    const partner = await makePartner({ region: "AMER", camOwnerId: cam.id });
    await prisma.$transaction((tx) => notifyAccountAssigned(tx, { camId: cam.id, partner }));
    const notices = await prisma.notification.findMany({ where: { userId: cam.id } });
    expect(notices).toMatchObject([
      { type: "account.assigned", title: `New partner account: ${partner.legalName}`, link: `/accounts/${partner.id}`, readAt: null },
    ]);
    expect(await prisma.outboxEmail.count({ where: { to: cam.email } })).toBe(0);
    expect(notificationTypesFor("CAM")).toContain("account.assigned");
  });
});
