import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { enqueueEmail } from "@/server/mail/enqueue-email";
import { createOneTimeToken } from "@/server/auth/one-time-token";
import { ROLE_LABELS } from "@/lib/roles";
import { appUrl } from "@/server/app-url";
import { AppError } from "@/server/errors";
import { type TInvitePartnerUser } from "@/server/partners/schemas";
import { INVITATION_TTL_DAYS } from "@/lib/partner-company";

/**
 * A partner admin invites someone by email: a one-time link, valid for seven days, that creates their account in
 * this company with the chosen role. Inviting the same address again replaces the earlier link.
 */
export async function invitePartnerUser(actor: SessionUser, input: TInvitePartnerUser, context: { ip: string }): Promise<{ invitationId: string }> {
  const partnerId = ownPartnerId(actor);
  return prisma.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) throw new AppError("CONFLICT", { field: "email", message: "This address already has a Partner Portal account." });
    const partner = await tx.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { legalName: true } });
    // Only the newest link for an address works, so a changed role is not undone by an older email.
    await tx.oneTimeToken.updateMany({
      where: { purpose: "INVITATION", partnerId, email: input.email, usedAt: null },
      data: { usedAt: new Date() },
    });
    const invitation = await createOneTimeToken(tx, {
      purpose: "INVITATION",
      email: input.email,
      partnerId,
      role: input.role,
      issuedById: actor.id,
      ttlMinutes: INVITATION_TTL_DAYS * 24 * 60,
    });
    await enqueueEmail(tx, {
      to: input.email,
      template: "partnerInvitation",
      data: {
        companyName: partner.legalName,
        inviterName: actor.name,
        roleLabel: ROLE_LABELS[input.role].toLowerCase(),
        acceptUrl: appUrl(`/invitations/${invitation.token}`),
        expiresInDays: INVITATION_TTL_DAYS,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "partner.user_invited",
      entityType: "Partner",
      entityId: partnerId,
      summary: `${input.email} was invited as a ${ROLE_LABELS[input.role].toLowerCase()}`,
      changes: { invitationId: invitation.id, email: input.email, role: input.role },
      ip: context.ip,
    });
    return { invitationId: invitation.id };
  });
}
