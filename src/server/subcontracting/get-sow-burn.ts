import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { burnChartStart, burnMonths, type BurnMonth } from "@/server/subcontracting/rules";

/**
 * One SOW's burn over the last twelve months, for its page's chart: its SowMonth rows (at most twelve), in one
 * statement. Empty months when the SOW is absent or outside the user's scope; the page has already said which.
 */
export async function getSowBurn(user: SessionUser, sowId: string, today = new Date()): Promise<BurnMonth[]> {
  const rows = await prisma.sowMonth.findMany({
    where: { sowId, month: { gte: burnChartStart(today) }, sow: { partner: partnerScope(user, "sows.read") } },
    select: { month: true, loggedMinutes: true, loggedValueCents: true, invoicedCents: true },
  });
  return burnMonths(rows, today);
}
