import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { detectCertificateContentType } from "@/server/storage/detect-content-type";
import { getFileStorage } from "@/server/storage/file-storage";
import { recordCompletedStep } from "@/server/certifications/issue-certification";
import type { TRecordCertificationStep } from "@/server/certifications/schemas";
import { CERTIFICATE_TOO_LARGE_MESSAGE, MAX_CERTIFICATE_BYTES, STEP_LABELS } from "@/lib/certifications";
import { withoutControlCharacters } from "@/lib/control-characters";

function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return withoutControlCharacters(base).trim().slice(0, 200) || "certificate";
}

/**
 * A partner user records a step of their OWN certification (the person and company come from the session) with the
 * certificate as a PDF or PNG, checked by its bytes and size. Training and lab count at once; an exam needs a score
 * at or above the catalog's passing score and waits, unverified, for Education Services. The certificate is written
 * before the transaction and removed again if it fails, like the company logo.
 */
export async function recordCertificationStep(actor: SessionUser, input: TRecordCertificationStep, context: { ip: string }, now = new Date()) {
  const partnerId = ownPartnerId(actor);
  if (input.certificate.size > MAX_CERTIFICATE_BYTES) throw new AppError("VALIDATION", { field: "certificate", message: CERTIFICATE_TOO_LARGE_MESSAGE });
  const bytes = Buffer.from(await input.certificate.arrayBuffer());
  if (bytes.length === 0) throw new AppError("VALIDATION", { field: "certificate", message: "The file is empty." });
  if (bytes.length > MAX_CERTIFICATE_BYTES) throw new AppError("VALIDATION", { field: "certificate", message: CERTIFICATE_TOO_LARGE_MESSAGE });
  const contentType = detectCertificateContentType(bytes);
  if (!contentType) throw new AppError("VALIDATION", { field: "certificate", message: "Attach the certificate as a PDF or PNG file." });
  if (input.completedOn.getTime() > now.getTime()) throw new AppError("VALIDATION", { field: "completedOn", message: "The date is in the future." });

  const certification = await prisma.certification.findFirst({
    where: { id: input.certificationId, active: true },
    select: { id: true, name: true, passingScore: true },
  });
  if (!certification) throw new AppError("NOT_FOUND", { field: "certificationId", message: "Choose a certification of the catalog." });
  if (input.step === "EXAM") {
    if (input.score === null) throw new AppError("VALIDATION", { field: "score", message: "Enter your exam score." });
    if (input.score < certification.passingScore) {
      throw new AppError("VALIDATION", {
        field: "score",
        message: `A score of ${input.score} is below the passing score of ${certification.passingScore} for ${certification.name}; only a passed exam can be recorded.`,
      });
    }
  }

  const storage = getFileStorage();
  const storageKey = `partners/${partnerId}/certificates/${randomUUID()}`;
  await storage.put(storageKey, bytes, { contentType });
  try {
    const { replacedKey, ...result } = await prisma.$transaction(async (tx) => {
      const previous = await tx.certificationStep.findUnique({
        where: { userId_certificationId_step: { userId: actor.id, certificationId: certification.id, step: input.step } },
        select: { completedAt: true, certificateFile: { select: { id: true, storageKey: true } } },
      });
      if (previous && previous.completedAt.getTime() > input.completedOn.getTime()) {
        throw new AppError("CONFLICT", {
          field: "completedOn",
          message: `A later ${STEP_LABELS[input.step].toLowerCase()} completion (${previous.completedAt.toISOString().slice(0, 10)}) is already recorded.`,
        });
      }
      const file = await tx.storedFile.create({
        data: {
          storageKey,
          contentType,
          sizeBytes: bytes.length,
          originalName: cleanFileName(input.certificate.name),
          ownerPartnerId: partnerId,
          uploadedById: actor.id,
        },
        select: { id: true },
      });
      const earnedId = await recordCompletedStep(
        tx,
        {
          userId: actor.id,
          partnerId,
          certificationId: certification.id,
          step: input.step,
          score: input.step === "EXAM" ? input.score : null,
          completedAt: input.completedOn,
          source: "SELF_RECORDED",
          certificateFileId: file.id,
          recordedById: actor.id,
        },
        now,
      );
      if (previous?.certificateFile) await tx.storedFile.delete({ where: { id: previous.certificateFile.id } });
      await recordAuditEvent(tx, {
        actor,
        action: "certification.step_recorded",
        entityType: "User",
        entityId: actor.id,
        summary: `${actor.name} recorded the ${STEP_LABELS[input.step].toLowerCase()} of ${certification.name}${input.step === "EXAM" ? ` (score ${input.score}, awaiting verification)` : ""}`,
        changes: {
          certificationId: certification.id,
          step: input.step,
          score: input.score,
          completedOn: input.completedOn.toISOString().slice(0, 10),
          fileId: file.id,
        },
        ip: context.ip,
      });
      return { step: input.step, certificationName: certification.name, issued: earnedId !== null, replacedKey: previous?.certificateFile?.storageKey ?? null };
    });
    if (replacedKey) await storage.delete(replacedKey).catch((error: unknown) => console.error("Could not remove a replaced certificate's bytes", error));
    return result;
  } catch (error) {
    await storage
      .delete(storageKey)
      .catch((cleanupError: unknown) => console.error("Could not remove an uploaded certificate after a failed save", cleanupError));
    throw error;
  }
}
