import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { findConsultantAccount } from "@/server/subcontracting/find-consultant-account";
import { lockConsultant } from "@/server/subcontracting/lock-consultant";
import type { TLinkConsultantAccount } from "@/server/subcontracting/schemas";

/**
 * Links a candidate added without one to the partner user account they sign in with, so the certification check can
 * read its records. Only before that check, and only once: the verified certifications stay those of one account.
 */
export async function linkConsultantAccount(user: SessionUser, input: TLinkConsultantAccount, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const consultant = await lockConsultant(tx, user, input.consultantId, ["CANDIDATE", "SKILLS_MATRIX_SUBMITTED", "VIDEO_REVIEWED"]);
    if (consultant.userId) throw new AppError("CONFLICT", { message: `${consultant.name} is already linked to a portal account.` });
    const userId = await findConsultantAccount(tx, { id: consultant.partnerId, legalName: consultant.partner.legalName }, input.accountEmail);
    await tx.consultant.update({ where: { id: consultant.id }, data: { userId } }).catch((error: unknown) => {
      // Two coordinators linking the same account at once: the unique account column keeps one.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new AppError("CONFLICT", { field: "accountEmail", message: "This account is already another consultant's." });
      }
      throw error;
    });
    await recordAuditEvent(tx, {
      actor: user,
      action: "consultant.account_linked",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `${consultant.name} linked to the portal account ${input.accountEmail}`,
      changes: { userId },
      ip: context.ip,
    });
    return { name: consultant.name };
  });
}
