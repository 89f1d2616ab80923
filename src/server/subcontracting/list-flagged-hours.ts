import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";

const SHOWN = 50;

/** Hours logged past an authorization that wait for the coordinator, oldest first, with the authorization's burn. */
export async function listFlaggedHours(user: SessionUser) {
  const entries = await prisma.timeEntry.findMany({
    where: { status: "FLAGGED", workAuthorization: { sow: { partner: partnerScope(user, "invoices.review") } } },
    orderBy: [{ workedOn: "asc" }, { id: "asc" }],
    take: SHOWN + 1,
    select: {
      id: true,
      workedOn: true,
      minutes: true,
      description: true,
      consultant: { select: { name: true } },
      workAuthorization: {
        select: { projectName: true, hoursAuthorized: true, minutesLogged: true, sow: { select: { number: true, partner: { select: { legalName: true } } } } },
      },
    },
  });
  return { entries: entries.slice(0, SHOWN), more: entries.length > SHOWN };
}
