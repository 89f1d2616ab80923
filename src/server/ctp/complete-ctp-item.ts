import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { formatDate } from "@/lib/format";
import { openAwardCase } from "@/server/certifications/open-award-case";
import { lockCtpTrackingRow } from "@/server/ctp/lock-ctp-tracking";
import { CTP_OWNER_PHRASES, ctpLockedSentence, ctpSectionLabel, isCtpLocked } from "@/server/ctp/rules";
import { PRIMARY_CONTACT } from "@/server/partners/primary-contact";
import { mayCompleteCtpItem } from "@/server/ctp/ctp-owner";
import type { TCompleteCtpItem } from "@/server/ctp/schemas";

/**
 * An owner ticks off one checklist item. The tracking's row is locked first and the time read after the lock, so a
 * completion racing the lock job either lands before the lock or is refused: none lands after it. The item's section
 * completes with its last item; the tracking completes with its fifth section, and the CTP award case opens then.
 */
export async function completeCtpItem(user: SessionUser, input: TCompleteCtpItem, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.ctpItem.findFirst({
      where: { id: input.itemId, section: { tracking: { partner: partnerScope(user, "ctp.work") } } },
      select: { section: { select: { trackingId: true } } },
    });
    if (!found) throw new AppError("NOT_FOUND");
    const trackingId = found.section.trackingId;
    await lockCtpTrackingRow(tx, trackingId);
    const now = new Date();
    const tracking = await tx.ctpTracking.findUniqueOrThrow({
      where: { id: trackingId },
      select: {
        id: true,
        status: true,
        locksAt: true,
        lockedAt: true,
        partner: { select: { id: true, legalName: true, camOwnerId: true, users: { ...PRIMARY_CONTACT, select: { id: true } } } },
      },
    });
    const item = await tx.ctpItem.findUniqueOrThrow({
      where: { id: input.itemId },
      select: {
        id: true,
        title: true,
        completedAt: true,
        candidate: { select: { userId: true, user: { select: { name: true } } } },
        section: { select: { id: true, kind: true, owner: true, completedAt: true } },
      },
    });
    if (isCtpLocked(tracking, now)) {
      throw new AppError("CONFLICT", { field: "itemId", message: ctpLockedSentence(formatDate(tracking.lockedAt ?? tracking.locksAt)) });
    }
    if (tracking.status === "COMPLETE") throw new AppError("CONFLICT", { field: "itemId", message: "This tracking is already complete." });
    if (item.completedAt) throw new AppError("CONFLICT", { field: "itemId", message: "This item is already completed." });
    const facts = { camOwnerId: tracking.partner.camOwnerId, primaryContactId: tracking.partner.users[0]?.id ?? null };
    if (!mayCompleteCtpItem(user, { owner: item.section.owner, candidateUserId: item.candidate?.userId ?? null }, facts)) {
      throw new AppError("FORBIDDEN", {
        field: "itemId",
        message: item.candidate
          ? `Only ${item.candidate.user.name} completes their own trainer candidate task.`
          : `Only ${CTP_OWNER_PHRASES[item.section.owner]} completes items of this section.`,
      });
    }
    await tx.ctpItem.update({ where: { id: item.id }, data: { completedAt: now, completedById: user.id } });
    const partnerName = tracking.partner.legalName;
    const sectionLabel = ctpSectionLabel(item.section.kind);
    await recordAuditEvent(tx, {
      actor: user,
      action: "ctp_tracking.item_completed",
      entityType: "CtpTracking",
      entityId: tracking.id,
      summary: `${sectionLabel}: "${item.candidate ? `${item.candidate.user.name}: ` : ""}${item.title}" completed`,
      changes: { itemId: item.id },
      ip: context.ip,
    });

    const openInSection = await tx.ctpItem.count({ where: { sectionId: item.section.id, completedAt: null } });
    if (openInSection > 0) return { trackingId: tracking.id, sectionCompleted: false, trackingCompleted: false };
    if (item.candidate) {
      await tx.ctpTrainerCandidate.updateMany({ where: { trackingId: tracking.id, userId: item.candidate.userId }, data: { completedAt: now } });
    }
    await tx.ctpSection.update({ where: { id: item.section.id }, data: { completedAt: now } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "ctp_tracking.section_completed",
      entityType: "CtpTracking",
      entityId: tracking.id,
      summary: `${sectionLabel} complete`,
      ip: context.ip,
    });

    const openSections = await tx.ctpSection.count({ where: { trackingId: tracking.id, completedAt: null } });
    if (openSections > 0) return { trackingId: tracking.id, sectionCompleted: true, trackingCompleted: false };
    await tx.ctpTracking.update({ where: { id: tracking.id }, data: { status: "COMPLETE", completedAt: now } });
    const awardCaseId = await openAwardCase(tx, tracking.partner.id, "CTP", now);
    await recordAuditEvent(tx, {
      actor: user,
      action: "ctp_tracking.completed",
      entityType: "CtpTracking",
      entityId: tracking.id,
      summary: `${partnerName} completed CTP before its lock on ${formatDate(tracking.locksAt)}${awardCaseId ? "; the CTP award case is open" : ""}`,
      changes: { status: { from: "ACTIVE", to: "COMPLETE" }, awardCaseId },
      ip: context.ip,
    });
    if (tracking.partner.camOwnerId) {
      await notify(tx, {
        userId: tracking.partner.camOwnerId,
        type: "ctp.completed",
        title: `${partnerName} completed CTP`,
        body: `Every section of ${partnerName}'s CTP tracking is complete. The CTP award case is open: send the award email within 7 days.`,
        link: `/ctp/${tracking.id}`,
      });
    }
    return { trackingId: tracking.id, sectionCompleted: true, trackingCompleted: true };
  });
}
