import "server-only";
import { addDays } from "date-fns";
import { prisma } from "@/server/db";
import { notify } from "@/server/notifications/notify";
import { EXPIRY_NOTICE_DAYS } from "@/lib/certifications";

/** Holders notified per run at most; the next day's run takes the rest. */
const BATCH_SIZE = 1000;

/**
 * The daily job: each holder of a certification expiring within 60 days is notified once (expiryNotifiedAt), in one
 * transaction with the mark, so a rerun or a second worker notifies nobody twice. A renewed certification is a new
 * row and gets its own notice when its time comes.
 */
export async function notifyExpiringCertifications(now = new Date()): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const expiring = await tx.earnedCertification.findMany({
      where: { expiryNotifiedAt: null, expiresAt: { gt: now, lte: addDays(now, EXPIRY_NOTICE_DAYS) }, user: { active: true } },
      select: { id: true, userId: true, expiresAt: true, certification: { select: { name: true } } },
      orderBy: { expiresAt: "asc" },
      take: BATCH_SIZE,
    });
    if (expiring.length === 0) return 0;
    // Conditional on the mark, so a run racing this one claims none of the same rows.
    const claimed = await tx.earnedCertification.updateManyAndReturn({
      where: { id: { in: expiring.map((row) => row.id) }, expiryNotifiedAt: null },
      data: { expiryNotifiedAt: now },
      select: { id: true },
    });
    const claimedIds = new Set(claimed.map((row) => row.id));
    for (const row of expiring.filter((candidate) => claimedIds.has(candidate.id))) {
      const day = row.expiresAt!.toISOString().slice(0, 10);
      await notify(tx, {
        userId: row.userId,
        type: "certification.expiring",
        title: `${row.certification.name} expires on ${day}`,
        body: `Your ${row.certification.name} certification expires on ${day}. Retake the exam before then to keep it (and your company's count toward its certifications).`,
        link: "/partner/certifications",
      });
    }
    return claimed.length;
  });
}
