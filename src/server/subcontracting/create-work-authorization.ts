import "server-only";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { AppError } from "@/server/errors";
import { fundsBlocker, showsCustomerTo, workAuthorizationAmountCents } from "@/server/subcontracting/rules";
import { lockPrimeSow } from "@/server/subcontracting/lock-prime-sow";
import { formatMoney } from "@/lib/format";
import type { TCreateWorkAuthorization } from "@/server/subcontracting/schemas";

/**
 * The coordinator authorizes a project against an active SOW: its hours at a rate (one of the SOW's, or typed) plus
 * its travel and expenses budget draw on the SOW's funds. The funds check runs under the SOW's row lock and the kept
 * sum (authorizedCents) grows in the same transaction, so authorizations made at the same moment cannot together
 * pass the SOW's amount. The customer's name is kept only for a staff-augmentation partner, the only kind that sees it.
 */
export async function createWorkAuthorization(user: SessionUser, input: TCreateWorkAuthorization, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    await lockPrimeSow(tx, user, "sows.manage", input.sowId);
    const sow = await tx.primeSow.findUniqueOrThrow({
      where: { id: input.sowId },
      select: {
        number: true,
        status: true,
        amountCents: true,
        authorizedCents: true,
        partner: { select: { subcontractRelationship: true } },
        rates: { select: { id: true, roleName: true, hourlyRateCents: true } },
      },
    });
    let hourlyRateCents = input.hourlyRateCents;
    if (input.rateId) {
      const rate = sow.rates.find((candidate) => candidate.id === input.rateId);
      if (!rate) throw new AppError("VALIDATION", { field: "rateId", message: "Choose one of this SOW's rates, or type the rate." });
      hourlyRateCents = rate.hourlyRateCents;
    }
    if (!hourlyRateCents || hourlyRateCents <= 0) throw new AppError("VALIDATION", { field: "hourlyRate", message: "The hourly rate must be more than $0." });
    const amountCents = workAuthorizationAmountCents({ hoursAuthorized: input.hoursAuthorized, hourlyRateCents, expenseBudgetCents: input.expenseBudget });
    const blocker = fundsBlocker(sow, amountCents);
    if (blocker) throw new AppError("CONFLICT", { message: blocker });

    const customerName = showsCustomerTo(sow.partner.subcontractRelationship) ? input.customerName || null : null;
    const authorization = await tx.workAuthorization.create({
      data: {
        sowId: input.sowId,
        projectName: input.projectName,
        customerName,
        scope: input.scope,
        technicalRequirements: input.technicalRequirements,
        backgroundCheck: input.backgroundCheck,
        hourlyRateCents,
        billingTerms: input.billingTerms,
        travelAndExpenses: input.travelAndExpenses,
        expenseBudgetCents: input.expenseBudget,
        hoursAuthorized: input.hoursAuthorized,
        amountCents,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdById: user.id,
      },
      select: { id: true },
    });
    await tx.primeSow.update({ where: { id: input.sowId }, data: { authorizedCents: { increment: amountCents } } });
    await recordAuditEvent(tx, {
      actor: user,
      action: "work_authorization.created",
      entityType: "WorkAuthorization",
      entityId: authorization.id,
      summary: `Work authorization "${input.projectName}" on Prime SOW ${sow.number}: ${input.hoursAuthorized} hours at ${formatMoney(hourlyRateCents)}${
        input.expenseBudget > 0 ? ` plus ${formatMoney(input.expenseBudget)} travel and expenses` : ""
      }, ${formatMoney(amountCents)} drawn`,
      changes: {
        sowId: input.sowId,
        amountCents,
        hoursAuthorized: input.hoursAuthorized,
        hourlyRateCents,
        expenseBudgetCents: input.expenseBudget,
        authorizedCents: { from: sow.authorizedCents, to: sow.authorizedCents + amountCents },
      },
      ip: context.ip,
    });
    return { id: authorization.id, projectName: input.projectName, amountCents, sowNumber: sow.number };
  });
}
