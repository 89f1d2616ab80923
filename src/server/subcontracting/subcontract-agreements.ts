import "server-only";
import type { Db, Tx } from "@/server/db";

/** The agreements a subcontractor must have executed before a Prime SOW is sent (DOMAIN.md). */
export const SUBCONTRACT_AGREEMENT_KINDS = ["MSA", "DPA"] as const;
export type SubcontractAgreementKind = (typeof SUBCONTRACT_AGREEMENT_KINDS)[number];

export interface ExecutedAgreement {
  executedAt: Date;
  signedFileId: string | null;
}

export interface SubcontractAgreementStatus {
  kind: SubcontractAgreementKind;
  /** The latest published version of the agreement; null while none is published. */
  versionId: string | null;
  version: number | null;
  /** The partner's signed copy of that version, or null: not executed. */
  executed: ExecutedAgreement | null;
}

/**
 * The MSA and the DPA as they stand for one partner, in one statement: "executed" is a signed document (an
 * AgreementAcceptance with method SIGNED_DOCUMENT) of the latest published version of each. A signature of an older
 * version no longer counts once a new one is published.
 */
export async function loadSubcontractAgreements(db: Db | Tx, partnerId: string): Promise<Record<SubcontractAgreementKind, SubcontractAgreementStatus>> {
  const versions = await db.agreementVersion.findMany({
    where: { publishedAt: { not: null }, template: { kind: { in: [...SUBCONTRACT_AGREEMENT_KINDS] } } },
    orderBy: { version: "desc" },
    select: {
      id: true,
      version: true,
      template: { select: { kind: true } },
      acceptances: { where: { partnerId, method: "SIGNED_DOCUMENT" }, select: { acceptedAt: true, signedFileId: true } },
    },
  });
  const status = (kind: SubcontractAgreementKind): SubcontractAgreementStatus => {
    const latest = versions.find((version) => version.template.kind === kind);
    const acceptance = latest?.acceptances[0];
    return {
      kind,
      versionId: latest?.id ?? null,
      version: latest?.version ?? null,
      executed: acceptance ? { executedAt: acceptance.acceptedAt, signedFileId: acceptance.signedFileId } : null,
    };
  };
  return { MSA: status("MSA"), DPA: status("DPA") };
}

/** The latest published MSA and DPA versions' ids (null while none is published), for lists that show many partners. */
export async function latestSubcontractAgreementVersionIds(db: Db | Tx): Promise<Record<SubcontractAgreementKind, string | null>> {
  const versions = await db.agreementVersion.findMany({
    where: { publishedAt: { not: null }, template: { kind: { in: [...SUBCONTRACT_AGREEMENT_KINDS] } } },
    orderBy: { version: "desc" },
    select: { id: true, template: { select: { kind: true } } },
  });
  const latest = (kind: SubcontractAgreementKind) => versions.find((version) => version.template.kind === kind)?.id ?? null;
  return { MSA: latest("MSA"), DPA: latest("DPA") };
}
