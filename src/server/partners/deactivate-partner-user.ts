import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { ensureAnotherActiveAdmin } from "@/server/partners/partner-admin-guard";
import { voidInvitationsIssuedBy } from "@/server/partners/void-invitations-issued-by";
import { lockPartner } from "@/server/partners/lock-partner";
import { endAllSessions } from "@/server/account/end-sessions";
import type { TPartnerUserId } from "@/server/partners/schemas";

/**
 * A partner admin stops a colleague (or themselves) from signing in. The session check reads `active` on every
 * request, so it takes effect at once. The last active admin cannot be deactivated.
 */
export async function deactivatePartnerUser(actor: SessionUser, input: TPartnerUserId, context: { ip: string }): Promise<void> {
  const partnerId = ownPartnerId(actor);
  await prisma.$transaction(async (tx) => {
    await lockPartner(tx, partnerId);
    const target = await tx.user.findFirst({ where: { id: input.userId, partnerId }, select: { id: true, email: true, role: true, active: true } });
    if (!target) throw new AppError("NOT_FOUND", { field: "userId" });
    if (!target.active) return;
    if (target.role === "PARTNER_ADMIN") await ensureAnotherActiveAdmin(tx, partnerId, target.id, "userId");
    await tx.user.update({ where: { id: target.id }, data: { active: false } });
    await endAllSessions(tx, target.id);
    const voided = await voidInvitationsIssuedBy(tx, target.id);
    await recordAuditEvent(tx, {
      actor,
      action: "partner.user_deactivated",
      entityType: "User",
      entityId: target.id,
      summary: `${target.email} was deactivated${voided ? `; ${voided} open invitation(s) they sent no longer work` : ""}`,
      changes: { active: { from: true, to: false } },
      ip: context.ip,
    });
  });
}
