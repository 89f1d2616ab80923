import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AWARD_CASE_DAYS } from "@/server/certifications/rules";
import { phdTasksOpen } from "@/server/certifications/award-tasks";
import { notify } from "@/server/notifications/notify";

/** How many cases one run flags at most; the next run takes the rest. */
const BATCH_SIZE = 500;

/**
 * The scheduled check for award cases past their 7-day deadline: each is flagged once, its CAM notified, and the PHDs
 * of the partner's desk region too while the profile or community task is theirs to do, with an audit event, in one
 * transaction. Cases already flagged or completed are left alone, so runs can overlap or repeat.
 */
export async function flagOverdueAwardCases(now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const overdue = await tx.awardCase.findMany({
      where: { status: { not: "COMPLETED" }, dueAt: { lt: now }, overdueFlaggedAt: null },
      select: {
        id: true,
        kind: true,
        dueAt: true,
        camId: true,
        partnerId: true,
        firstCompanyCertification: true,
        awardEmailSentAt: true,
        awardEmailSentById: true,
        profileUpdatedAt: true,
        profileUpdatedById: true,
        communityAccessGrantedAt: true,
        communityAccessGrantedById: true,
        partner: { select: { legalName: true, phdRegion: true } },
      },
      orderBy: { dueAt: "asc" },
      take: BATCH_SIZE,
    });
    if (overdue.length === 0) return 0;
    const flagged = await tx.awardCase.updateMany({
      where: { id: { in: overdue.map((awardCase) => awardCase.id) }, overdueFlaggedAt: null },
      data: { overdueFlaggedAt: now },
    });
    const desks = await tx.user.findMany({
      where: { role: "PHD", active: true, region: { in: [...new Set(overdue.map((awardCase) => awardCase.partner.phdRegion))] } },
      select: { id: true, region: true },
    });
    for (const awardCase of overdue) {
      const summary = `${awardCase.kind} award for ${awardCase.partner.legalName} is past its ${AWARD_CASE_DAYS}-day deadline (${awardCase.dueAt.toISOString().slice(0, 10)})`;
      const title = `Overdue: ${awardCase.kind} award for ${awardCase.partner.legalName}`;
      const link = `/award-cases/${awardCase.id}`;
      if (awardCase.camId) {
        await notify(tx, {
          userId: awardCase.camId,
          type: "award.case_overdue",
          title,
          body: awardCase.awardEmailSentAt
            ? `${summary}. The award email is sent; the Partner Help Desk's tasks are still open.`
            : `${summary}. Send the award email and finish the profile update.`,
          link,
        });
      }
      if (phdTasksOpen(awardCase)) {
        for (const phd of desks.filter((desk) => desk.region === awardCase.partner.phdRegion)) {
          await notify(tx, {
            userId: phd.id,
            type: "award.case_overdue",
            title,
            body: `${summary}. Update the profile and the locator badge${awardCase.firstCompanyCertification ? ", and grant Service Partner Community access" : ""}.`,
            link,
          });
        }
      }
      await recordAuditEvent(tx, {
        actor: null,
        action: "award_case.flagged_overdue",
        entityType: "AwardCase",
        entityId: awardCase.id,
        summary,
      });
    }
    return flagged.count;
  });
}
