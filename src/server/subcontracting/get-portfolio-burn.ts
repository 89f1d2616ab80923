import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { burnChartStart, burnMonths, type BurnMonth } from "@/server/subcontracting/rules";

/**
 * The burn of every SOW in the user's scope over the last twelve months: one grouped sum over the SowMonth rows (kept
 * by the operations that log time and approve invoices), never over time entries.
 */
export async function getPortfolioBurn(user: SessionUser, today = new Date()): Promise<BurnMonth[]> {
  const sums = await prisma.sowMonth.groupBy({
    by: ["month"],
    where: { month: { gte: burnChartStart(today) }, sow: { partner: partnerScope(user, "sows.read") } },
    _sum: { loggedMinutes: true, loggedValueCents: true, invoicedCents: true },
  });
  return burnMonths(
    sums.map((sum) => ({
      month: sum.month,
      loggedMinutes: sum._sum.loggedMinutes ?? 0,
      loggedValueCents: sum._sum.loggedValueCents ?? 0,
      invoicedCents: sum._sum.invoicedCents ?? 0,
    })),
    today,
  );
}
