import "server-only";
import { addDays } from "date-fns";
import { prisma } from "@/server/db";
import { notify } from "@/server/notifications/notify";
import { calendarToday } from "@/server/nfr/rules";
import { formatDate } from "@/lib/format";
import { NFR_EXPIRY_NOTICE_DAYS } from "@/lib/nfr";

/** Licenses notified per run at most; the next day's run takes the rest. */
const BATCH_SIZE = 1000;

/**
 * The daily job. Licenses whose expiry date has passed are marked expired. Each license expiring within 30 days is
 * announced once (expiryNotifiedAt) to the partner's admins and its CAM, in one transaction with the mark, so a rerun
 * or a second worker notifies nobody twice. A renewal's license is a new row with its own notice when its time comes.
 */
export async function notifyExpiringNfrLicenses(now = new Date()): Promise<{ expired: number; notified: number }> {
  const today = calendarToday(now);
  return prisma.$transaction(async (tx) => {
    const expired = await tx.nfrLicense.updateMany({ where: { status: "ACTIVE", expiresOn: { lt: today } }, data: { status: "EXPIRED" } });
    const expiring = await tx.nfrLicense.findMany({
      where: { status: "ACTIVE", expiryNotifiedAt: null, expiresOn: { gte: today, lte: addDays(today, NFR_EXPIRY_NOTICE_DAYS) } },
      select: {
        id: true,
        referenceNumber: true,
        usersCount: true,
        expiresOn: true,
        partner: {
          select: {
            legalName: true,
            camOwner: { select: { id: true, active: true } },
            users: { where: { role: "PARTNER_ADMIN", active: true }, select: { id: true } },
          },
        },
      },
      orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
      take: BATCH_SIZE,
    });
    // Conditional on the mark, so a run racing this one claims none of the same rows.
    const claimed = await tx.nfrLicense.updateManyAndReturn({
      where: { id: { in: expiring.map((license) => license.id) }, expiryNotifiedAt: null },
      data: { expiryNotifiedAt: now },
      select: { id: true },
    });
    const claimedIds = new Set(claimed.map((license) => license.id));
    for (const license of expiring.filter((candidate) => claimedIds.has(candidate.id))) {
      const day = formatDate(license.expiresOn);
      const { partner } = license;
      const recipients = [...partner.users.map((admin) => admin.id), ...(partner.camOwner?.active ? [partner.camOwner.id] : [])];
      for (const userId of recipients) {
        await notify(tx, {
          userId,
          type: "license.expiring",
          title: `NFR license ${license.referenceNumber} of ${partner.legalName} expires on ${day}`,
          body: `The ${license.usersCount}-user NFR license ${license.referenceNumber} expires on ${day}. File a renewal before then to keep it running.`,
          link: `/nfr/licenses/${license.id}`,
        });
      }
    }
    return { expired: expired.count, notified: claimed.length };
  });
}
