import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { issueCertificationIfEarned } from "@/server/certifications/issue-certification";
import type { TVerifyExamPass } from "@/server/certifications/schemas";

/** The self-recorded exam passes Education Services decides on: unverified, with the person and certification. */
export const PENDING_EXAM_PASS = { step: "EXAM", source: "SELF_RECORDED", verifiedAt: null } as const;

/**
 * Education Services verifies a self-recorded exam pass after checking its certificate: the exam now counts, and the
 * certification is issued if training and lab are done too (which may open the partner's PSP award case). Verified
 * only once: two people verifying at once, the second is told it is already decided.
 */
export async function verifyExamPass(actor: SessionUser, input: TVerifyExamPass, context: { ip: string }, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const step = await tx.certificationStep.findFirst({
      where: { id: input.stepId, step: "EXAM", source: "SELF_RECORDED" },
      select: { id: true, userId: true, certificationId: true, score: true, user: { select: { name: true } }, certification: { select: { name: true } } },
    });
    if (!step) throw new AppError("NOT_FOUND", { field: "stepId" });
    const updated = await tx.certificationStep.updateMany({ where: { id: step.id, verifiedAt: null }, data: { verifiedAt: now, verifiedById: actor.id } });
    if (updated.count !== 1) throw new AppError("CONFLICT", { field: "stepId", message: "This exam pass was already decided." });
    const earnedId = await issueCertificationIfEarned(tx, step.userId, step.certificationId, now);
    await notify(tx, {
      userId: step.userId,
      type: "certification.exam_verified",
      title: earnedId ? `${step.certification.name}: certified` : `${step.certification.name}: exam verified`,
      body: earnedId
        ? `Education Services verified your exam (score ${step.score}). Your certification and its badge are issued.`
        : `Education Services verified your exam (score ${step.score}). Complete the remaining steps to be certified.`,
      link: "/partner/certifications",
    });
    await recordAuditEvent(tx, {
      actor,
      action: "certification.exam_verified",
      entityType: "CertificationStep",
      entityId: step.id,
      summary: `Exam pass of ${step.user.name} for ${step.certification.name} (score ${step.score}) verified${earnedId ? "; certification issued" : ""}`,
      changes: { earnedCertificationId: earnedId },
      ip: context.ip,
    });
    return { personName: step.user.name, certificationName: step.certification.name, issued: earnedId !== null };
  });
}
