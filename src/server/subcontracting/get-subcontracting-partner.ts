import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { loadSubcontractAgreements } from "@/server/subcontracting/subcontract-agreements";

/**
 * A partner as the PS coordinator's page shows it: the relationship, the MSA and DPA as they stand, its Prime SOWs
 * with their projects (work authorizations), and its consultants. Two statements: the partner with its SOWs, projects
 * and consultants joined, and the agreements. Null when the partner is outside the user's scope.
 */
export async function getSubcontractingPartner(user: SessionUser, partnerId: string) {
  const partner = await prisma.partner.findFirst({
    where: { id: partnerId, ...partnerScope(user, "sows.read") },
    select: {
      id: true,
      legalName: true,
      status: true,
      region: true,
      subcontractRelationship: true,
      primeSows: {
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        select: {
          id: true,
          number: true,
          status: true,
          amountCents: true,
          authorizedCents: true,
          invoicedCents: true,
          workAuthorizations: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: { id: true, projectName: true, status: true, hoursAuthorized: true, minutesLogged: true },
          },
        },
      },
      consultants: { orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, stage: true } },
    },
  });
  if (!partner) return null;
  const agreements = await loadSubcontractAgreements(prisma, partner.id);
  const projects = partner.primeSows.flatMap((sow) => sow.workAuthorizations.map((authorization) => ({ ...authorization, sowNumber: sow.number })));
  return { ...partner, agreements, projects };
}

export type SubcontractingPartnerRecord = NonNullable<Awaited<ReturnType<typeof getSubcontractingPartner>>>;
