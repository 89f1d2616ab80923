import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { detectDocumentContentType } from "@/server/storage/detect-content-type";
import { checkUpload, withStoredUpload } from "@/server/subcontracting/stored-upload";
import { lockPrimeSow } from "@/server/subcontracting/lock-prime-sow";
import { SOW_DOCUMENT_TYPES_MESSAGE } from "@/lib/sow-documents";
import type { TAttachSowDocument } from "@/server/subcontracting/schemas";

/**
 * The coordinator attaches a document to a SOW (its text, the partner's redlines, the signed copy, the PO): a PDF, an
 * Office file or an image, checked by its bytes and size. The file belongs to the partner, so whoever may see the
 * partner's files may open it.
 */
export async function attachSowDocument(user: SessionUser, input: TAttachSowDocument, context: { ip: string }) {
  const sow = await prisma.primeSow.findFirst({
    where: { id: input.sowId, partner: partnerScope(user, "sows.manage") },
    select: { id: true, number: true, partnerId: true },
  });
  if (!sow) throw new AppError("NOT_FOUND", { field: "sowId" });
  const upload = await checkUpload(input.document, "document", detectDocumentContentType, SOW_DOCUMENT_TYPES_MESSAGE);
  return withStoredUpload(upload, sow.partnerId, "sow-documents", ({ createFile }) =>
    prisma.$transaction(async (tx) => {
      await lockPrimeSow(tx, user, "sows.manage", sow.id);
      const file = await createFile(tx, user.id);
      const document = await tx.primeSowDocument.create({
        data: { sowId: sow.id, fileId: file.id, label: input.label, uploadedById: user.id },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor: user,
        action: "sow.document_attached",
        entityType: "PrimeSow",
        entityId: sow.id,
        summary: `${input.label} (${upload.originalName}) attached to Prime SOW ${sow.number}`,
        changes: { documentId: document.id, fileId: file.id, label: input.label, contentType: upload.contentType, sizeBytes: upload.bytes.length },
        ip: context.ip,
      });
      return { number: sow.number, label: input.label };
    }),
  );
}
