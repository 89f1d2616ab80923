import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import type { TSaveCertification } from "@/server/certifications/schemas";

const CODE_TAKEN = (code: string) => new AppError("CONFLICT", { field: "code", message: `Another certification already has the code ${code}.` });

/**
 * An admin adds a certification to the catalog or changes one (no id: a new one). The code is unique: a taken code
 * is refused beside the field, also when two admins save the same code at once (the unique index decides).
 */
export async function saveCertification(actor: SessionUser, input: TSaveCertification, context: { ip: string }) {
  const { certificationId, ...fields } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      const clash = await tx.certification.findFirst({
        where: { code: { equals: fields.code, mode: "insensitive" }, ...(certificationId ? { id: { not: certificationId } } : {}) },
        select: { id: true },
      });
      if (clash) throw CODE_TAKEN(fields.code);
      if (!certificationId) {
        const created = await tx.certification.create({ data: fields, select: { id: true } });
        await recordAuditEvent(tx, {
          actor,
          action: "certification.created",
          entityType: "Certification",
          entityId: created.id,
          summary: `Certification ${fields.code} (${fields.name}) added to the catalog`,
          changes: fields,
          ip: context.ip,
        });
        return { certificationId: created.id, code: fields.code, created: true };
      }
      const before = await tx.certification.findUnique({
        where: { id: certificationId },
        select: { code: true, name: true, passingScore: true, validityMonths: true, countsTowardPsp: true, meetsNfrCheck: true, active: true },
      });
      if (!before) throw new AppError("NOT_FOUND", { field: "certificationId" });
      await tx.certification.update({ where: { id: certificationId }, data: fields });
      const changes = Object.fromEntries(
        (Object.keys(fields) as (keyof typeof fields)[])
          .filter((key) => before[key] !== fields[key])
          .map((key) => [key, { from: before[key], to: fields[key] }]),
      );
      await recordAuditEvent(tx, {
        actor,
        action: "certification.updated",
        entityType: "Certification",
        entityId: certificationId,
        summary: `Certification ${fields.code} changed: ${Object.keys(changes).join(", ") || "nothing"}`,
        changes,
        ip: context.ip,
      });
      return { certificationId, code: fields.code, created: false };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw CODE_TAKEN(fields.code);
    throw error;
  }
}
