import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import type { TUpdateAgreementDraft } from "@/server/agreements/schemas";

/** An admin edits a draft's text. Published versions are what partners accepted, so they never change. */
export async function updateAgreementDraft(user: SessionUser, input: TUpdateAgreementDraft, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const version = await tx.agreementVersion.findUnique({
      where: { id: input.versionId },
      select: { id: true, version: true, body: true, templateId: true, template: { select: { name: true } } },
    });
    if (!version) throw new AppError("NOT_FOUND", { field: "versionId" });
    // The condition on publishedAt makes the update lose to a publish that commits first.
    const updated = await tx.agreementVersion.updateMany({ where: { id: version.id, publishedAt: null }, data: { body: input.body } });
    if (updated.count !== 1) {
      throw new AppError("CONFLICT", { field: "body", message: `Version ${version.version} is published and cannot be changed. Start a new version instead.` });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "agreement.draft_updated",
      entityType: "AgreementVersion",
      entityId: version.id,
      summary: `Edited the draft of ${version.template.name} version ${version.version}`,
      changes: { bodyLength: { from: version.body.length, to: input.body.length } },
      ip: context.ip,
    });
    return { templateId: version.templateId, versionId: version.id };
  });
}
