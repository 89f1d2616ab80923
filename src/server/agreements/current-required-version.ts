import "server-only";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { requiredAgreementKinds } from "@/server/agreements/rules";

/**
 * The version a company responds to, checked: published, of an agreement the company's tracks need, and still the
 * current one (a company never accepts a version that a newer one has replaced). Anything else is "not found" for
 * a version the company has no business with, or a conflict when a newer version appeared meanwhile.
 */
export async function currentRequiredVersion(tx: Tx, partnerId: string, versionId: string) {
  const partner = await tx.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { legalName: true, tracks: true, region: true } });
  const version = await tx.agreementVersion.findFirst({
    where: { id: versionId, publishedAt: { not: null }, template: { kind: { in: requiredAgreementKinds(partner.tracks) } } },
    select: { id: true, version: true, templateId: true, template: { select: { kind: true, name: true } } },
  });
  if (!version) throw new AppError("NOT_FOUND", { field: "versionId", message: "That agreement is not one your company needs to respond to." });
  const newer = await tx.agreementVersion.findFirst({
    where: { templateId: version.templateId, publishedAt: { not: null }, version: { gt: version.version } },
    select: { version: true },
    orderBy: { version: "desc" },
  });
  if (newer) {
    throw new AppError("CONFLICT", {
      field: "versionId",
      message: `Version ${newer.version} of the ${version.template.name} has replaced version ${version.version}. Reload the page and read the new version.`,
    });
  }
  return { partner, version };
}
