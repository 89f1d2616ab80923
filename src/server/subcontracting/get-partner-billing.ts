import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, partnerScope, type SessionUser } from "@/server/auth/policy";
import { showsCustomerTo, weekDays } from "@/server/subcontracting/rules";

// A partner's authorizations stay in the tens; past this the page says so rather than reading thousands.
const MAX_AUTHORIZATIONS = 100;
const RECENT_INVOICES = 24;

/**
 * What /partner/subcontracting shows a partner user: the company's relationship, its work authorizations with hours
 * used (the kept minutesLogged), the chosen consultant's entries for the week, and its recent invoices. The customer's
 * name is selected only for a staff-augmentation partner: for any other it never leaves the database.
 */
export async function getPartnerBilling(user: SessionUser, input: { monday: Date; consultantId: string | null }) {
  const partnerId = ownPartnerId(user);
  const partner = await prisma.partner.findUniqueOrThrow({ where: { id: partnerId }, select: { legalName: true, subcontractRelationship: true } });
  if (!partner.subcontractRelationship) return { partner, subcontractor: false as const };
  const showsCustomer = showsCustomerTo(partner.subcontractRelationship);
  const scope = partnerScope(user, "subcontracting.bill");
  const authorizations = await prisma.workAuthorization.findMany({
    where: { sow: { partner: scope } },
    orderBy: [{ status: "asc" }, { projectName: "asc" }, { id: "asc" }],
    take: MAX_AUTHORIZATIONS,
    select: {
      id: true,
      projectName: true,
      status: true,
      hoursAuthorized: true,
      minutesLogged: true,
      customerName: showsCustomer,
      sow: { select: { id: true, number: true } },
      consultants: { orderBy: { consultant: { name: "asc" } }, select: { consultant: { select: { id: true, name: true } } } },
    },
  });
  const consultants = new Map<string, string>();
  for (const authorization of authorizations) {
    if (authorization.status !== "ACTIVE") continue;
    for (const { consultant } of authorization.consultants) consultants.set(consultant.id, consultant.name);
  }
  const consultantChoices = [...consultants].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  const consultant = consultantChoices.find((choice) => choice.id === input.consultantId) ?? consultantChoices[0] ?? null;
  const days = weekDays(input.monday);
  const weekEnd = new Date(days[6].getTime() + 86_400_000);
  const [entries, invoices] = await Promise.all([
    consultant
      ? prisma.timeEntry.findMany({
          where: { consultantId: consultant.id, consultant: { partner: scope }, workedOn: { gte: input.monday, lt: weekEnd }, status: { not: "REJECTED" } },
          select: { workAuthorizationId: true, workedOn: true, minutes: true, status: true, invoiceId: true, description: true },
        })
      : Promise.resolve([]),
    prisma.invoice.findMany({
      where: { partner: scope },
      orderBy: [{ month: "desc" }, { id: "asc" }],
      take: RECENT_INVOICES,
      select: { id: true, month: true, status: true, timeAmountCents: true, expenseAmountCents: true, sow: { select: { number: true } } },
    }),
  ]);
  const sows = new Map<string, string>();
  for (const authorization of authorizations) sows.set(authorization.sow.id, authorization.sow.number);
  return {
    partner,
    subcontractor: true as const,
    showsCustomer,
    authorizations: authorizations.map(({ customerName, ...authorization }) => ({
      ...authorization,
      customerName: showsCustomer ? (customerName ?? null) : null,
    })),
    truncated: authorizations.length === MAX_AUTHORIZATIONS,
    consultantChoices,
    consultant,
    days,
    entries,
    invoices,
    sows: [...sows].map(([id, number]) => ({ id, number })).sort((a, b) => a.number.localeCompare(b.number)),
  };
}

export type PartnerBilling = Extract<Awaited<ReturnType<typeof getPartnerBilling>>, { subcontractor: true }>;
