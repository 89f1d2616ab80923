import "server-only";
import { prisma } from "@/server/db";
import { partnerScope, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { formatDate } from "@/lib/format";
import { addToSowMonth } from "@/server/subcontracting/billing-records";
import { formatHours, monthOf, timeValueCents } from "@/server/subcontracting/rules";
import type { TDecideTimeEntry } from "@/server/subcontracting/schemas";
import { paceDay, refreshWorkAuthorizationPace } from "@/server/subcontracting/refresh-work-authorization-pace";

/**
 * The PS coordinator decides hours logged past an authorization: approved, they go on the month's next invoice;
 * rejected, they leave the authorization's minutes logged and the SOW's burn (rejected hours are not billed). Under a
 * lock on the authorization, like the logging that flagged them; the logger is told.
 */
export async function decideTimeEntry(user: SessionUser, input: TDecideTimeEntry, context: { ip: string }) {
  return prisma.$transaction(async (tx) => {
    const found = await tx.timeEntry.findFirst({
      where: { id: input.entryId, workAuthorization: { sow: { partner: partnerScope(user, "invoices.review") } } },
      select: { workAuthorizationId: true },
    });
    if (!found) throw new AppError("NOT_FOUND", { field: "entryId" });
    await tx.$queryRaw`SELECT "id" FROM "WorkAuthorization" WHERE "id" = ${found.workAuthorizationId} FOR UPDATE`;
    const entry = await tx.timeEntry.findUniqueOrThrow({
      where: { id: input.entryId },
      select: {
        id: true,
        status: true,
        minutes: true,
        workedOn: true,
        loggedById: true,
        consultant: { select: { name: true } },
        workAuthorization: { select: { id: true, sowId: true, projectName: true, hourlyRateCents: true } },
      },
    });
    if (entry.status !== "FLAGGED") {
      throw new AppError("CONFLICT", { message: `These hours are already ${entry.status.toLowerCase()}; only hours waiting for a decision are decided.` });
    }
    const now = new Date();
    await tx.timeEntry.update({ where: { id: entry.id }, data: { status: input.decision, decidedById: user.id, decidedAt: now } });
    const authorization = entry.workAuthorization;
    if (input.decision === "REJECTED") {
      await tx.workAuthorization.update({ where: { id: authorization.id }, data: { minutesLogged: { decrement: entry.minutes } } });
      await refreshWorkAuthorizationPace(tx, paceDay(now), [authorization.id]);
      await addToSowMonth(tx, authorization.sowId, monthOf(entry.workedOn), {
        loggedMinutes: -entry.minutes,
        loggedValueCents: -timeValueCents(entry.minutes, authorization.hourlyRateCents),
      });
    }
    const what = `${formatHours(entry.minutes)} h of ${entry.consultant.name} on ${authorization.projectName}, ${formatDate(entry.workedOn)}`;
    const verdict = input.decision === "APPROVED" ? "approved" : "rejected";
    if (entry.loggedById) {
      await notify(tx, {
        userId: entry.loggedById,
        type: "time.decided",
        title: `Hours past the authorization ${verdict}`,
        body:
          input.decision === "APPROVED"
            ? `The coordinator approved ${what}: they go on the month's invoice.`
            : `The coordinator rejected ${what}: they are not billed. Ask for a change order if the project needs more hours.`,
        link: "/partner/subcontracting",
      });
    }
    await recordAuditEvent(tx, {
      actor: user,
      action: "time.decided",
      entityType: "WorkAuthorization",
      entityId: authorization.id,
      summary: `Hours past the authorization ${verdict}: ${what}`,
      changes: { entryId: entry.id, status: { from: "FLAGGED", to: input.decision }, minutes: entry.minutes },
      ip: context.ip,
    });
    return { decision: input.decision, what };
  });
}
