import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { consumeOneTimeToken } from "@/server/auth/one-time-token";
import { hashPassword } from "@/server/auth/password";
import { AppError } from "@/server/errors";
import type { TAcceptInvitation } from "@/server/partners/schemas";

const ACCOUNT_EXISTS_MESSAGE = "An account already uses this address: sign in instead.";

/**
 * The invited person chooses a name and password: the account is made in the inviting company with the invitation's
 * role, its address counts as verified (the link reached it), and the link is used up.
 */
export async function acceptInvitation(input: TAcceptInvitation, context: { ip: string }): Promise<{ userId: string; email: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const invitation = await consumeOneTimeToken(tx, "INVITATION", input.token);
      if (!invitation.partnerId || !invitation.role) throw new AppError("TOKEN_INVALID", { field: "token" });
      const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
      if (existing) throw new AppError("CONFLICT", { field: "token", message: ACCOUNT_EXISTS_MESSAGE });
      const user = await tx.user.create({
        data: {
          email: invitation.email,
          name: input.name,
          role: invitation.role,
          partnerId: invitation.partnerId,
          passwordHash,
          active: true,
          emailVerifiedAt: new Date(),
        },
        select: { id: true, role: true, email: true },
      });
      await recordAuditEvent(tx, {
        actor: user,
        action: "partner.invitation_accepted",
        entityType: "User",
        entityId: user.id,
        summary: `${user.email} accepted the invitation and joined as ${user.role === "PARTNER_ADMIN" ? "a partner admin" : "a partner user"}`,
        changes: { invitationId: invitation.id, partnerId: invitation.partnerId },
        ip: context.ip,
      });
      return { userId: user.id, email: user.email };
    });
  } catch (error) {
    // Two links for one address accepted at the same moment: the second meets the unique email.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", { field: "token", message: ACCOUNT_EXISTS_MESSAGE });
    }
    throw error;
  }
}
