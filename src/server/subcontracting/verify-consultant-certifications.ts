import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { formatDate } from "@/lib/format";
import { lockConsultant } from "@/server/subcontracting/lock-consultant";
import { requiredCertificationsSelect, requiredCertificationsWhere } from "@/server/subcontracting/consultant-certifications";
import { missingConsultantCertifications } from "@/server/subcontracting/rules";
import type { TVerifyConsultantCertifications } from "@/server/subcontracting/schemas";

/**
 * The required certifications, read from the certification records of the consultant's portal account (never typed
 * in): refused while one is missing or expired. The held records are kept in the audit event as the evidence.
 */
export async function verifyConsultantCertifications(user: SessionUser, input: TVerifyConsultantCertifications, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const consultant = await lockConsultant(tx, user, input.consultantId, ["VIDEO_REVIEWED"]);
    if (!consultant.userId) {
      throw new AppError("CONFLICT", {
        message: `${consultant.name} has no portal account linked, so no certification record can be read for them. Link the ${consultant.partner.legalName} account they sign in with first.`,
      });
    }
    const now = new Date();
    const held = await tx.earnedCertification.findMany({
      where: { userId: consultant.userId, ...requiredCertificationsWhere(now) },
      orderBy: { issuedAt: "desc" },
      select: requiredCertificationsSelect,
    });
    const missing = missingConsultantCertifications(
      held.map((earned) => ({ code: earned.certification.code, expiresAt: earned.expiresAt })),
      now,
    );
    if (missing.length > 0) {
      throw new AppError("CONFLICT", {
        message: `Verification is refused: ${consultant.name} does not hold ${missing.join(" and ")} (unexpired) in the certification records.`,
      });
    }
    await tx.consultant.update({ where: { id: consultant.id }, data: { stage: "CERTIFICATIONS_VERIFIED", certsVerifiedAt: now, certsVerifiedById: user.id } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "consultant.stage_changed",
      entityType: "Consultant",
      entityId: consultant.id,
      summary: `Certifications of ${consultant.name} verified: ${held.map((earned) => `${earned.certification.name} (${formatDate(earned.issuedAt)})`).join(", ")}`,
      changes: {
        stage: { from: consultant.stage, to: "CERTIFICATIONS_VERIFIED" },
        certifications: held.map((earned) => ({ id: earned.id, code: earned.certification.code, issuedAt: earned.issuedAt.toISOString() })),
      },
      ip: context.ip,
    });
    return { name: consultant.name };
  });
}
