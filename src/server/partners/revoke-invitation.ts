import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import type { TRevokeInvitation } from "@/server/partners/schemas";

/** A partner admin withdraws a pending invitation: its link stops working at once. */
export async function revokeInvitation(actor: SessionUser, input: TRevokeInvitation, context: { ip: string }): Promise<void> {
  const partnerId = ownPartnerId(actor);
  await prisma.$transaction(async (tx) => {
    const invitation = await tx.oneTimeToken.findFirst({
      where: { id: input.invitationId, purpose: "INVITATION", partnerId, usedAt: null },
      select: { id: true, email: true },
    });
    if (!invitation) throw new AppError("NOT_FOUND", { message: "That invitation was already accepted, revoked or replaced." });
    const claimed = await tx.oneTimeToken.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new AppError("NOT_FOUND", { message: "That invitation was already accepted, revoked or replaced." });
    await recordAuditEvent(tx, {
      actor,
      action: "partner.invitation_revoked",
      entityType: "Partner",
      entityId: partnerId,
      summary: `The invitation for ${invitation.email} was revoked`,
      changes: { invitationId: invitation.id },
      ip: context.ip,
    });
  });
}
