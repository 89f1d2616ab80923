import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import type { TPartnerUserId } from "@/server/partners/schemas";

/** A partner admin lets a deactivated colleague sign in again, with the role they had. */
export async function reactivatePartnerUser(actor: SessionUser, input: TPartnerUserId, context: { ip: string }): Promise<void> {
  const partnerId = ownPartnerId(actor);
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.user.updateMany({ where: { id: input.userId, partnerId, active: false }, data: { active: true } });
    if (claimed.count === 0) {
      const exists = await tx.user.count({ where: { id: input.userId, partnerId } });
      if (!exists) throw new AppError("NOT_FOUND", { field: "userId" });
      return;
    }
    const target = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true } });
    await recordAuditEvent(tx, {
      actor,
      action: "partner.user_reactivated",
      entityType: "User",
      entityId: input.userId,
      summary: `${target.email} was reactivated`,
      changes: { active: { from: false, to: true } },
      ip: context.ip,
    });
  });
}
