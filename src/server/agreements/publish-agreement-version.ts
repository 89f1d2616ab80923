import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import type { TPublishAgreementVersion } from "@/server/agreements/schemas";

/**
 * An admin publishes a draft: from now on it is the current version, every company that needs the agreement is asked
 * to accept it (the partner area's banner), and its text is frozen. A version is published once.
 */
export async function publishAgreementVersion(user: SessionUser, input: TPublishAgreementVersion, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const version = await tx.agreementVersion.findUnique({
      where: { id: input.versionId },
      select: { id: true, version: true, templateId: true, template: { select: { name: true } } },
    });
    if (!version) throw new AppError("NOT_FOUND", { field: "versionId" });
    const publishedAt = new Date();
    // Conditional on still being a draft, so two admins publishing at once publish it once.
    const published = await tx.agreementVersion.updateMany({ where: { id: version.id, publishedAt: null }, data: { publishedAt, publishedById: user.id } });
    if (published.count !== 1) {
      throw new AppError("CONFLICT", { field: "versionId", message: `Version ${version.version} of the ${version.template.name} is already published.` });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "agreement.version_published",
      entityType: "AgreementVersion",
      entityId: version.id,
      summary: `Published ${version.template.name} version ${version.version}`,
      changes: { templateId: version.templateId, version: version.version, publishedAt: publishedAt.toISOString() },
      ip: context.ip,
    });
    return { templateId: version.templateId, versionId: version.id, version: version.version };
  });
}
