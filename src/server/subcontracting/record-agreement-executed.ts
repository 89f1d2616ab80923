import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { lockPartner } from "@/server/partners/lock-partner";
import { detectPdf } from "@/server/storage/detect-content-type";
import { checkUpload, withStoredUpload } from "@/server/subcontracting/stored-upload";
import { loadSubcontractAgreements } from "@/server/subcontracting/subcontract-agreements";
import { formatDate } from "@/lib/format";
import { SIGNED_AGREEMENT_TYPES_MESSAGE } from "@/lib/sow-documents";
import type { TRecordAgreementExecuted } from "@/server/subcontracting/schemas";

const unpublished = (kind: string) =>
  new AppError("CONFLICT", { field: "kind", message: `No ${kind} is published yet: an admin publishes it under Agreements first.` });

/**
 * The coordinator records a subcontractor's MSA or DPA as executed: the date it was signed and the signed copy (a
 * PDF). It becomes the partner's SIGNED_DOCUMENT acceptance of the latest published version of that agreement,
 * replacing an earlier acceptance of the same version (a click-through, or a copy recorded before).
 */
export async function recordAgreementExecuted(user: SessionUser, input: TRecordAgreementExecuted, context: { ip: string }, now = new Date()) {
  const partner = await prisma.partner.findFirst({
    where: { id: input.partnerId, ...partnerScope(user, "sows.manage") },
    select: { id: true, legalName: true, region: true, subcontractRelationship: true },
  });
  if (!partner) throw new AppError("NOT_FOUND", { field: "partnerId" });
  if (input.executedOn.getTime() > now.getTime()) throw new AppError("VALIDATION", { field: "executedOn", message: "The date is in the future." });
  const upload = await checkUpload(input.signedDocument, "signedDocument", detectPdf, SIGNED_AGREEMENT_TYPES_MESSAGE);
  // Checked before the bytes are written, so this refusal leaves nothing behind; the transaction reads it again.
  if (!(await loadSubcontractAgreements(prisma, partner.id))[input.kind].versionId) throw unpublished(input.kind);

  return withStoredUpload(upload, partner.id, "agreements", ({ createFile }) =>
    prisma.$transaction(async (tx) => {
      await lockPartner(tx, partner.id);
      const agreement = (await loadSubcontractAgreements(tx, partner.id))[input.kind];
      if (!agreement.versionId) throw unpublished(input.kind);
      const file = await createFile(tx, user.id);
      const data = { method: "SIGNED_DOCUMENT" as const, acceptedAt: input.executedOn, signedFileId: file.id, region: partner.region, userId: null };
      await tx.agreementAcceptance.upsert({
        where: { versionId_partnerId: { versionId: agreement.versionId, partnerId: partner.id } },
        create: { versionId: agreement.versionId, partnerId: partner.id, ...data },
        update: data,
      });
      await recordAuditEvent(tx, {
        actor: user,
        action: "subcontract.agreement_executed",
        entityType: "Partner",
        entityId: partner.id,
        summary: `${partner.legalName}'s ${input.kind} (version ${agreement.version}) recorded as executed on ${formatDate(input.executedOn)}`,
        changes: {
          kind: input.kind,
          versionId: agreement.versionId,
          executedOn: input.executedOn.toISOString().slice(0, 10),
          signedFileId: file.id,
          replaced: agreement.executed ? agreement.executed.executedAt.toISOString().slice(0, 10) : null,
        },
        ip: context.ip,
      });
      return { partnerName: partner.legalName, kind: input.kind };
    }),
  );
}
