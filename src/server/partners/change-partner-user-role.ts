import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { ROLE_LABELS } from "@/lib/roles";
import { AppError } from "@/server/errors";
import { ensureAnotherActiveAdmin } from "@/server/partners/partner-admin-guard";
import { voidInvitationsIssuedBy } from "@/server/partners/void-invitations-issued-by";
import { lockPartner } from "@/server/partners/lock-partner";
import { endAllSessions } from "@/server/account/end-sessions";
import type { TChangePartnerUserRole } from "@/server/partners/schemas";

/** A partner admin makes a colleague (or themselves) a partner user or a partner admin; the last active admin stays one. */
export async function changePartnerUserRole(actor: SessionUser, input: TChangePartnerUserRole, context: { ip: string }): Promise<{ changed: boolean }> {
  const partnerId = ownPartnerId(actor);
  return prisma.$transaction(async (tx) => {
    await lockPartner(tx, partnerId);
    const target = await tx.user.findFirst({ where: { id: input.userId, partnerId }, select: { id: true, email: true, role: true, active: true } });
    if (!target) throw new AppError("NOT_FOUND", { field: "role" });
    if (target.role === input.role) return { changed: false };
    if (target.role === "PARTNER_ADMIN" && target.active) await ensureAnotherActiveAdmin(tx, partnerId, target.id, "role");
    await tx.user.update({ where: { id: target.id }, data: { role: input.role } });
    // What the person may do changed: they sign in again rather than carry on in a session opened for the old role.
    await endAllSessions(tx, target.id);
    const voided = input.role === "PARTNER_ADMIN" ? 0 : await voidInvitationsIssuedBy(tx, target.id);
    await recordAuditEvent(tx, {
      actor,
      action: "partner.user_role_changed",
      entityType: "User",
      entityId: target.id,
      summary: `${target.email} is now a ${ROLE_LABELS[input.role].toLowerCase()}${voided ? `; ${voided} open invitation(s) they sent no longer work` : ""}`,
      changes: { role: { from: target.role, to: input.role } },
      ip: context.ip,
    });
    return { changed: true };
  });
}
