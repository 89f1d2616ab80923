import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { canEditSowRates, nextSowStatuses, remainingFundsCents, sowMoveBlocker } from "@/server/subcontracting/rules";
import { loadSubcontractAgreements } from "@/server/subcontracting/subcontract-agreements";

/**
 * One Prime SOW as its page shows it, in one statement (relation joins): its fields and kept sums, partner, rates,
 * timeline, documents, work authorizations and the replenishment PO request still open; a second reads the partner's
 * MSA and DPA, so each next step of the lifecycle comes with why it is refused, if it is. Null when the SOW's partner
 * is outside the user's scope, so it looks the same as a SOW that does not exist.
 */
export async function getPrimeSow(user: SessionUser, sowId: string) {
  const sow = await prisma.primeSow.findFirst({
    where: { id: sowId, partner: partnerScope(user, "sows.read") },
    select: {
      id: true,
      number: true,
      status: true,
      amountCents: true,
      authorizedCents: true,
      invoicedCents: true,
      poNumber: true,
      createdAt: true,
      sentAt: true,
      executedAt: true,
      poApprovedAt: true,
      replenishAlertedAt: true,
      partner: { select: { id: true, legalName: true, subcontractRelationship: true } },
      rates: { orderBy: { roleName: "asc" }, select: { id: true, roleName: true, hourlyRateCents: true } },
      transitions: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, note: true, at: true, actor: { select: { name: true } } },
      },
      documents: {
        orderBy: [{ createdAt: "desc" }, { id: "asc" }],
        select: { id: true, label: true, createdAt: true, file: { select: { id: true, originalName: true, contentType: true, sizeBytes: true } } },
      },
      workAuthorizations: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, projectName: true, status: true, hoursAuthorized: true, minutesLogged: true, amountCents: true, startsOn: true, endsOn: true },
      },
      poRequests: {
        where: { status: "DRAFT" },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, amountCents: true, createdAt: true },
      },
    },
  });
  if (!sow) return null;
  const agreements = await loadSubcontractAgreements(prisma, sow.partner.id);
  const context = { msaExecuted: agreements.MSA.executed !== null, dpaExecuted: agreements.DPA.executed !== null };
  // The PO number is typed with the move itself, so it is not a reason to refuse the button.
  const moves = nextSowStatuses(sow.status)
    .map((to) => ({ to, blocker: sowMoveBlocker(sow.status, to, { ...context, poNumber: to === "PO_APPROVED" ? "typed with the move" : null }) }))
    .filter((move) => !(sow.status === "EXHAUSTED" && move.to === "ACTIVE"));
  const { poRequests, ...rest } = sow;
  return {
    ...rest,
    moves,
    ratesEditable: canEditSowRates(sow.status),
    openPoRequest: poRequests[0] ?? null,
    leftToAuthorizeCents: sow.amountCents - sow.authorizedCents,
    remainingCents: remainingFundsCents(sow),
  };
}

export type PrimeSowRecord = NonNullable<Awaited<ReturnType<typeof getPrimeSow>>>;
