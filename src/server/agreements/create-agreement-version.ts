import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import type { TCreateAgreementVersion } from "@/server/agreements/schemas";

/**
 * An admin writes the next version of an agreement as a draft. Partners see nothing of it until it is published.
 * A template has at most one draft at a time, so "the next version" is never ambiguous.
 */
export async function createAgreementVersion(user: SessionUser, input: TCreateAgreementVersion, context: { ip: string }) {
  try {
    return await prisma.$transaction(async (tx) => {
      // Two admins drafting at once wait for each other here, so only one draft is made.
      const [template] = await tx.$queryRaw<
        { id: string; name: string }[]
      >`SELECT "id", "name" FROM "AgreementTemplate" WHERE "id" = ${input.templateId} FOR UPDATE`;
      if (!template) throw new AppError("NOT_FOUND", { field: "templateId" });
      const latest = await tx.agreementVersion.findFirst({
        where: { templateId: template.id },
        select: { version: true, publishedAt: true },
        orderBy: { version: "desc" },
      });
      if (latest && !latest.publishedAt) {
        throw new AppError("CONFLICT", { field: "body", message: `Version ${latest.version} is already a draft. Edit or publish it before starting another.` });
      }
      const version = await tx.agreementVersion.create({
        data: { templateId: template.id, version: (latest?.version ?? 0) + 1, body: input.body },
        select: { id: true, version: true },
      });
      await recordAuditEvent(tx, {
        actor: user,
        action: "agreement.version_drafted",
        entityType: "AgreementVersion",
        entityId: version.id,
        summary: `Drafted ${template.name} version ${version.version}`,
        changes: { templateId: template.id, version: version.version, bodyLength: input.body.length },
        ip: context.ip,
      });
      return { templateId: template.id, versionId: version.id, version: version.version };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", { field: "body", message: "Another admin started the next version a moment ago. Reload the page to see it." });
    }
    throw error;
  }
}
