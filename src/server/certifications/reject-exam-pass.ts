import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { getFileStorage } from "@/server/storage/file-storage";
import type { TRejectExamPass } from "@/server/certifications/schemas";

/**
 * Education Services rejects a self-recorded exam pass with a reason: the step is removed (the person may record it
 * again with a proper certificate), the person is notified with the reason, and the audit event keeps what was
 * rejected. The certificate's bytes go after the commit.
 */
export async function rejectExamPass(actor: SessionUser, input: TRejectExamPass, context: { ip: string }) {
  const result = await prisma.$transaction(async (tx) => {
    const step = await tx.certificationStep.findFirst({
      where: { id: input.stepId, step: "EXAM", source: "SELF_RECORDED" },
      select: {
        id: true,
        userId: true,
        score: true,
        completedAt: true,
        user: { select: { name: true } },
        certification: { select: { name: true } },
        certificateFile: { select: { id: true, storageKey: true } },
      },
    });
    if (!step) throw new AppError("NOT_FOUND", { field: "stepId" });
    const removed = await tx.certificationStep.deleteMany({ where: { id: step.id, verifiedAt: null } });
    if (removed.count !== 1) throw new AppError("CONFLICT", { field: "stepId", message: "This exam pass was already decided." });
    if (step.certificateFile) await tx.storedFile.delete({ where: { id: step.certificateFile.id } });
    await notify(tx, {
      userId: step.userId,
      type: "certification.exam_rejected",
      title: `${step.certification.name}: exam pass not accepted`,
      body: `Education Services could not verify your exam pass (score ${step.score}): ${input.reason} Record it again with the right certificate.`,
      link: "/partner/certifications",
    });
    await recordAuditEvent(tx, {
      actor,
      action: "certification.exam_rejected",
      entityType: "CertificationStep",
      entityId: step.id,
      summary: `Exam pass of ${step.user.name} for ${step.certification.name} (score ${step.score}) rejected: ${input.reason}`,
      changes: { userId: step.userId, score: step.score, completedAt: step.completedAt.toISOString(), reason: input.reason },
      ip: context.ip,
    });
    return { personName: step.user.name, certificationName: step.certification.name, storageKey: step.certificateFile?.storageKey ?? null };
  });
  if (result.storageKey) {
    await getFileStorage()
      .delete(result.storageKey)
      .catch((error: unknown) => console.error("Could not remove a rejected certificate's bytes", error));
  }
  return { personName: result.personName, certificationName: result.certificationName };
}
