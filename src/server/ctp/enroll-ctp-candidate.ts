import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { formatDate } from "@/lib/format";
import { lockCtpTrackingRow } from "@/server/ctp/lock-ctp-tracking";
import { ctpLockedSentence, isCtpLocked } from "@/server/ctp/rules";
import type { TEnrollCtpCandidate } from "@/server/ctp/schemas";

/**
 * A partner user enrolls themselves as a certified trainer candidate of their company's tracking and receives the
 * per-candidate tasks the template had when the tracking started. Once the trainer candidates section is complete
 * the list of candidates is settled, so enrolling then is refused rather than reopening a finished section.
 */
export async function enrollCtpCandidate(user: SessionUser, input: TEnrollCtpCandidate, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.ctpTracking.findFirst({
      where: { id: input.trackingId, partner: partnerScope(user, "ctp.participate") },
      select: { id: true },
    });
    if (!found) throw new AppError("NOT_FOUND");
    await lockCtpTrackingRow(tx, found.id);
    const now = new Date();
    const tracking = await tx.ctpTracking.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        id: true,
        status: true,
        locksAt: true,
        lockedAt: true,
        candidateTaskTitles: true,
        candidates: { where: { userId: user.id }, select: { id: true } },
        sections: { where: { kind: "TRAINER_CANDIDATES" }, select: { id: true, completedAt: true, _count: { select: { items: true } } } },
      },
    });
    if (isCtpLocked(tracking, now)) {
      throw new AppError("CONFLICT", { field: "trackingId", message: ctpLockedSentence(formatDate(tracking.lockedAt ?? tracking.locksAt)) });
    }
    if (tracking.status === "COMPLETE") throw new AppError("CONFLICT", { field: "trackingId", message: "This tracking is already complete." });
    if (tracking.candidates.length > 0) throw new AppError("CONFLICT", { field: "trackingId", message: "You are already enrolled as a trainer candidate." });
    const [section] = tracking.sections;
    if (!section) throw new AppError("NOT_FOUND");
    if (section.completedAt) {
      throw new AppError("CONFLICT", { field: "trackingId", message: "The trainer candidates section is complete: enrollment is closed." });
    }
    const candidate = await tx.ctpTrainerCandidate.create({ data: { trackingId: tracking.id, userId: user.id, enrolledAt: now }, select: { id: true } });
    await tx.ctpItem.createMany({
      data: tracking.candidateTaskTitles.map((title, index) => ({
        sectionId: section.id,
        candidateId: candidate.id,
        position: section._count.items + index + 1,
        title,
      })),
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "ctp_tracking.candidate_enrolled",
      entityType: "CtpTracking",
      entityId: tracking.id,
      summary: `${user.name} enrolled as a trainer candidate with ${tracking.candidateTaskTitles.length} task(s)`,
      ip: context.ip,
    });
    return { trackingId: tracking.id, tasks: tracking.candidateTaskTitles.length };
  });
}
