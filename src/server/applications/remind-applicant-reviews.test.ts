import { describe, expect, it } from "vitest";
import { subDays } from "date-fns";
import { prisma } from "@/server/db";
import { remindApplicantReviews } from "./remind-applicant-reviews";
import { makePartner, makeUser } from "../../../tests/factories";

describe("remindApplicantReviews", () => {
  it("tells each PHD of a region with waiting applicants how many and how old, and leaves quiet regions alone", async () => {
    const now = new Date("2026-11-23T08:00:00Z");
    const amerDesk = await makeUser("PHD", { region: "AMER" });
    const apacDesk = await makeUser("PHD", { region: "APAC" });
    const retired = await makeUser("PHD", { region: "AMER", active: false });
    const older = await makePartner({ region: "AMER", status: "SUBMITTED" });
    await prisma.partner.update({ where: { id: older.id }, data: { submittedAt: subDays(now, 12) } });
    await makePartner({ region: "PUBLIC_SECTOR", status: "IN_REVIEW" });
    await makePartner({ region: "AMER", status: "AUTHORIZED" });
    await makePartner({ region: "APAC", status: "DENIED" });

    expect(await remindApplicantReviews(now)).toBe(1);

    const [notice] = await prisma.notification.findMany({ where: { userId: amerDesk.id, type: "partner.applications_waiting" } });
    expect(notice?.body).toBe("2 applications in AMER wait for review; the oldest for 12 days.");
    expect(notice?.link).toBe("/phd/applicants");
    expect(await prisma.notification.count({ where: { userId: { in: [apacDesk.id, retired.id] } } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "partner.review_reminder_sent", entityId: "AMER" } })).toBe(1);
  });
});
