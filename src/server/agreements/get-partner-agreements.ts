import "server-only";
import { cache } from "react";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/server/db";
import { can, ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { listCurrentAgreements, type CurrentAgreement } from "@/server/agreements/list-current-agreements";
import { agreementStanding, isOpenLegalRequest, requiredAgreementKinds, type AgreementStanding } from "@/server/agreements/rules";

const acceptanceSelect = {
  id: true,
  acceptedAt: true,
  method: true,
  user: { select: { name: true, email: true } },
  version: { select: { id: true, version: true, template: { select: { kind: true, name: true } } } },
} satisfies Prisma.AgreementAcceptanceSelect;

const legalRequestSelect = {
  id: true,
  versionId: true,
  status: true,
  reason: true,
  createdAt: true,
  requestedBy: { select: { name: true } },
  version: { select: { version: true, template: { select: { name: true } } } },
} satisfies Prisma.LegalRequestSelect;

export type PartnerAcceptance = Prisma.AgreementAcceptanceGetPayload<{ select: typeof acceptanceSelect }>;
export type PartnerLegalRequest = Prisma.LegalRequestGetPayload<{ select: typeof legalRequestSelect }>;

export interface PartnerAgreement extends CurrentAgreement {
  standing: AgreementStanding;
  /** The company's acceptance of this version, when it has one. */
  acceptance: PartnerAcceptance | null;
  /** The open legal request that holds this version, when there is one. */
  openRequest: PartnerLegalRequest | null;
}

/**
 * The signed-in user's company and every agreement it needs (the current published version of each, with where the
 * company stands on it), the full acceptance history and its legal requests. Only a partner admin may respond.
 */
export async function getPartnerAgreements(user: SessionUser) {
  const partnerId = ownPartnerId(user);
  const partner = await prisma.partner.findUnique({ where: { id: partnerId }, select: { legalName: true, tracks: true, region: true } });
  if (!partner) throw new AppError("NOT_FOUND");
  const [current, acceptances, legalRequests] = await Promise.all([
    listCurrentAgreements(prisma, requiredAgreementKinds(partner.tracks)),
    prisma.agreementAcceptance.findMany({ where: { partnerId }, select: acceptanceSelect, orderBy: [{ acceptedAt: "desc" }, { id: "asc" }] }),
    prisma.legalRequest.findMany({ where: { partnerId }, select: legalRequestSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] }),
  ]);
  const acceptanceByVersion = new Map(acceptances.map((acceptance) => [acceptance.version.id, acceptance]));
  const openRequestByVersion = new Map(legalRequests.filter((request) => isOpenLegalRequest(request.status)).map((request) => [request.versionId, request]));
  const agreements: PartnerAgreement[] = current.map((agreement) => ({
    ...agreement,
    standing: agreementStanding(agreement.versionId, new Set(acceptanceByVersion.keys()), new Set(openRequestByVersion.keys())),
    acceptance: acceptanceByVersion.get(agreement.versionId) ?? null,
    openRequest: openRequestByVersion.get(agreement.versionId) ?? null,
  }));
  return { partner, agreements, acceptances, legalRequests, canRespond: can(user, "agreements.respond") };
}

/**
 * One of the company's current agreements (the version it is asked about), or null when it is not one of them.
 * Cached for the request, so the page's title and the page share one read.
 */
export const getPartnerAgreement = cache(async (user: SessionUser, versionId: string) => {
  const { partner, agreements, canRespond } = await getPartnerAgreements(user);
  const agreement = agreements.find((candidate) => candidate.versionId === versionId);
  return agreement ? { partner, agreement, canRespond } : null;
});
