import "server-only";
import { subHours } from "date-fns";
import { prisma } from "@/server/db";
import { appUrl } from "@/server/app-url";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { collectDailyDigest } from "@/server/notifications/notify";

/**
 * The daily job: one email per user who chose a digest for some type and has unread notifications of those
 * types from the past day. Each user's digest is queued in its own transaction, so one failure stops no other.
 */
export async function sendDailyDigests(now = new Date()): Promise<number> {
  const since = subHours(now, 24);
  const recipients = await prisma.notificationPreference.findMany({
    where: { channel: "DAILY_DIGEST", user: { active: true } },
    distinct: ["userId"],
    select: { userId: true },
  });
  let sent = 0;
  for (const { userId } of recipients) {
    const queued = await prisma.$transaction(async (tx) => {
      const items = await collectDailyDigest(tx, userId, since);
      if (items.length === 0) return false;
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
      await enqueueEmail(tx, {
        to: user.email,
        template: "notificationDigest",
        data: { name: user.name, items: items.map(({ title, body }) => ({ title, body })), url: appUrl("/notifications") },
      });
      return true;
    });
    if (queued) sent += 1;
  }
  return sent;
}
