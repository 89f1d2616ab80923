import "server-only";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { formatDate } from "@/lib/format";
import { CTP_MONTHS_TO_COMPLETE } from "@/server/ctp/rules";
import { findPrimaryContact } from "@/server/partners/primary-contact";

/** How many trackings one run locks at most; the next run takes the rest. */
const BATCH_SIZE = 200;

/**
 * The hourly job: ACTIVE trackings past their 6 months become LOCKED, and their CAM and the partner's primary contact
 * are told, with an audit event. Each tracking is locked by a conditional update on its status, which waits for a
 * completion holding the row and then re-reads it: a tracking completed meanwhile, or locked by an overlapping run,
 * is left alone, so runs can overlap or repeat.
 */
export async function lockCtpTrackings(now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const due = await tx.ctpTracking.findMany({
      where: { status: "ACTIVE", locksAt: { lte: now } },
      select: { id: true, locksAt: true, partner: { select: { id: true, legalName: true, camOwnerId: true } } },
      orderBy: { locksAt: "asc" },
      take: BATCH_SIZE,
    });
    let locked = 0;
    for (const tracking of due) {
      const updated = await tx.ctpTracking.updateMany({
        where: { id: tracking.id, status: "ACTIVE" },
        data: { status: "LOCKED", lockedAt: now },
      });
      if (updated.count !== 1) continue;
      locked += 1;
      const { partner } = tracking;
      const openItems = await tx.ctpItem.count({ where: { section: { trackingId: tracking.id }, completedAt: null } });
      const summary = `${partner.legalName}'s CTP tracking locked: not completed within ${CTP_MONTHS_TO_COMPLETE} months (${openItems} item(s) open on ${formatDate(tracking.locksAt)})`;
      await recordAuditEvent(tx, { actor: null, action: "ctp_tracking.locked", entityType: "CtpTracking", entityId: tracking.id, summary });
      const contact = await findPrimaryContact(tx, partner.id);
      const recipients = [partner.camOwnerId, contact?.id].filter((id): id is string => Boolean(id));
      for (const userId of recipients) {
        await notify(tx, {
          userId,
          type: "ctp.locked",
          title: `CTP tracking of ${partner.legalName} locked`,
          body: `${summary}. Nothing more can be completed on it.`,
          link: `/ctp/${tracking.id}`,
        });
      }
    }
    return locked;
  });
}
