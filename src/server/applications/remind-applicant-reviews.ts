import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { humanize } from "@/lib/humanize";
import { ageInDays } from "@/server/applications/rules";

/**
 * The weekly nudge: every active PHD whose region has applications waiting for a decision is told how many, and how
 * old the oldest is. Returns how many PHDs were reminded. A region with nothing waiting is left alone.
 */
export async function remindApplicantReviews(now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const waiting = await tx.partner.groupBy({
      by: ["phdRegion"],
      where: { status: { in: ["SUBMITTED", "IN_REVIEW"] } },
      _count: { _all: true },
      _min: { submittedAt: true },
    });
    let reminded = 0;
    for (const region of waiting) {
      const oldest = region._min.submittedAt;
      if (!oldest) continue;
      const count = region._count._all;
      const desk = await tx.user.findMany({ where: { role: "PHD", region: region.phdRegion, active: true }, select: { id: true } });
      const summary = `${count} application${count === 1 ? "" : "s"} in ${humanize(region.phdRegion)} wait${count === 1 ? "s" : ""} for review; the oldest for ${ageInDays(oldest, now)} days`;
      for (const phd of desk) {
        await notify(tx, {
          userId: phd.id,
          type: "partner.applications_waiting",
          title: "Applicant review this week",
          body: `${summary}.`,
          link: "/phd/applicants",
        });
      }
      reminded += desk.length;
      await recordAuditEvent(tx, {
        actor: null,
        action: "partner.review_reminder_sent",
        entityType: "Region",
        entityId: region.phdRegion,
        summary: `${summary}; ${desk.length} PHD(s) reminded`,
      });
    }
    return reminded;
  });
}
