import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

/**
 * One work authorization as the coordinator's page shows it, in one statement: every field, its SOW and partner, and
 * the consultants assigned to it. Null when its partner is outside the user's scope.
 */
export async function getWorkAuthorization(user: SessionUser, workAuthorizationId: string) {
  return prisma.workAuthorization.findFirst({
    where: { id: workAuthorizationId, sow: { partner: partnerScope(user, "sows.read") } },
    select: {
      id: true,
      projectName: true,
      customerName: true,
      scope: true,
      technicalRequirements: true,
      backgroundCheck: true,
      hourlyRateCents: true,
      billingTerms: true,
      travelAndExpenses: true,
      expenseBudgetCents: true,
      hoursAuthorized: true,
      amountCents: true,
      minutesLogged: true,
      status: true,
      startsOn: true,
      endsOn: true,
      createdAt: true,
      sow: { select: { id: true, number: true, status: true, partner: { select: { id: true, legalName: true, subcontractRelationship: true } } } },
      consultants: {
        orderBy: [{ assignedAt: "asc" }, { consultantId: "asc" }],
        select: { assignedAt: true, consultant: { select: { id: true, name: true, stage: true } } },
      },
    },
  });
}

export type WorkAuthorizationRecord = NonNullable<Awaited<ReturnType<typeof getWorkAuthorization>>>;
