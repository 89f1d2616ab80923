import "server-only";
import { prisma } from "@/server/db";
import { ownPartnerId, type SessionUser } from "@/server/auth/policy";
import { recordAuditEvent } from "@/server/audit/record-audit-event";
import { notify } from "@/server/notifications/notify";
import { AppError } from "@/server/errors";
import { activeCoordinatorIds, addToSowMonth } from "@/server/subcontracting/billing-records";
import { dayLimitBlocker, formatHours, isoDay, monthOf, timeEntryNeedsApproval, timeValueCents, weekStartOf } from "@/server/subcontracting/rules";
import type { TLogWeekHours } from "@/server/subcontracting/schemas";
import { paceDay, refreshWorkAuthorizationPace } from "@/server/subcontracting/refresh-work-authorization-pace";

const DAY_MS = 86_400_000;
const DAY_LABEL = new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" });

/**
 * A partner user saves a consultant's week of hours: each cell of the grid becomes the consultant's hours on that
 * authorization that day (a blank or 0 removes them). One transaction, under locks on the consultant (their day
 * totals) and the authorizations (their minutes logged), so two saves at once cannot pass 24 hours in a day or miss
 * a flag. Entries go only on the company's own ACTIVE authorizations the consultant is assigned to; an entry that
 * takes the authorization past its hours is stored FLAGGED and the coordinators are told; an invoiced entry never
 * changes. Each change moves WorkAuthorization.minutesLogged and the SOW's month row by the same amount. Rejected
 * hours count in neither: they are not billed and not burned.
 */
export async function logWeekHours(user: SessionUser, input: TLogWeekHours, context: { ip: string }) {
  const partnerId = ownPartnerId(user);
  const monday = weekStartOf(input.week);
  const weekEnd = new Date(monday.getTime() + 7 * DAY_MS);
  const cells = [...input.cells].sort((a, b) => a.workAuthorizationId.localeCompare(b.workAuthorizationId) || a.workedOn.getTime() - b.workedOn.getTime());
  for (const cell of cells) {
    if (cell.workedOn < monday || cell.workedOn >= weekEnd)
      throw new AppError("VALIDATION", { field: cell.field, message: "That day is not in the week shown." });
    if (cell.minutes < 0) throw new AppError("VALIDATION", { field: cell.field, message: "Hours cannot be negative." });
  }
  const authorizationIds = [...new Set(cells.map((cell) => cell.workAuthorizationId))];

  return prisma.$transaction(async (tx) => {
    const consultant = await tx.consultant.findFirst({ where: { id: input.consultantId, partnerId }, select: { id: true, name: true } });
    if (!consultant) throw new AppError("NOT_FOUND", { field: "consultantId" });
    await tx.$queryRaw`SELECT "id" FROM "Consultant" WHERE "id" = ${consultant.id} FOR UPDATE`;
    const visible = await tx.workAuthorization.findMany({ where: { id: { in: authorizationIds }, sow: { partnerId } }, select: { id: true } });
    const missing = authorizationIds.find((id) => !visible.some((authorization) => authorization.id === id));
    if (missing) throw new AppError("NOT_FOUND", { field: cells.find((cell) => cell.workAuthorizationId === missing)?.field });
    if (authorizationIds.length > 0) {
      await tx.$queryRaw`SELECT "id" FROM "WorkAuthorization" WHERE "id" = ANY(${authorizationIds}) ORDER BY "id" FOR UPDATE`;
    }
    // Read after the lock: the minutes logged are the last committed save's.
    const authorizations = await tx.workAuthorization.findMany({
      where: { id: { in: authorizationIds } },
      select: {
        id: true,
        sowId: true,
        projectName: true,
        status: true,
        hoursAuthorized: true,
        hourlyRateCents: true,
        minutesLogged: true,
        consultants: { where: { consultantId: consultant.id }, select: { consultantId: true } },
      },
    });
    const byId = new Map(authorizations.map((authorization) => [authorization.id, { ...authorization, logged: authorization.minutesLogged }]));
    const existing = await tx.timeEntry.findMany({
      where: {
        consultantId: consultant.id,
        workAuthorizationId: { in: authorizationIds },
        workedOn: { gte: monday, lt: weekEnd },
        status: { not: "REJECTED" },
      },
      select: { id: true, workAuthorizationId: true, workedOn: true, minutes: true, invoiceId: true },
    });

    const monthDeltas = new Map<string, { sowId: string; month: Date; loggedMinutes: number; loggedValueCents: number }>();
    const addToMonth = (sowId: string, workedOn: Date, minutes: number, valueCents: number) => {
      const month = monthOf(workedOn);
      const key = `${sowId}:${isoDay(month)}`;
      const delta = monthDeltas.get(key) ?? { sowId, month, loggedMinutes: 0, loggedValueCents: 0 };
      delta.loggedMinutes += minutes;
      delta.loggedValueCents += valueCents;
      monthDeltas.set(key, delta);
    };
    const flagged: { projectName: string; day: Date; minutes: number }[] = [];
    let changedCells = 0;
    for (const cell of cells) {
      const authorization = byId.get(cell.workAuthorizationId)!;
      const current = existing.filter((entry) => entry.workAuthorizationId === authorization.id && entry.workedOn.getTime() === cell.workedOn.getTime());
      const currentMinutes = current.reduce((sum, entry) => sum + entry.minutes, 0);
      if (currentMinutes === cell.minutes) continue;
      const dayLabel = DAY_LABEL.format(cell.workedOn);
      if (authorization.status !== "ACTIVE") {
        throw new AppError("CONFLICT", {
          field: cell.field,
          message: `${authorization.projectName} is ${authorization.status.toLowerCase()}: hours go only on an active work authorization.`,
        });
      }
      if (authorization.consultants.length === 0) {
        throw new AppError("VALIDATION", { field: cell.field, message: `${consultant.name} is not assigned to ${authorization.projectName}.` });
      }
      if (current.some((entry) => entry.invoiceId !== null)) {
        throw new AppError("CONFLICT", {
          field: cell.field,
          message: `The hours of ${dayLabel} on ${authorization.projectName} are on an invoice and cannot change.`,
        });
      }
      const description = input.descriptions.get(authorization.id) ?? "";
      if (cell.minutes > 0 && description === "") {
        throw new AppError("VALIDATION", {
          field: `description_${authorization.id}`,
          message: `Describe the work on ${authorization.projectName} this week.`,
        });
      }
      changedCells += 1;
      if (current.length > 0) {
        await tx.timeEntry.deleteMany({ where: { id: { in: current.map((entry) => entry.id) } } });
        for (const entry of current) {
          authorization.logged -= entry.minutes;
          addToMonth(authorization.sowId, entry.workedOn, -entry.minutes, -timeValueCents(entry.minutes, authorization.hourlyRateCents));
        }
      }
      if (cell.minutes === 0) continue;
      const needsApproval = timeEntryNeedsApproval({
        minutesLoggedBefore: authorization.logged,
        minutes: cell.minutes,
        hoursAuthorized: authorization.hoursAuthorized,
      });
      await tx.timeEntry.create({
        data: {
          workAuthorizationId: authorization.id,
          consultantId: consultant.id,
          workedOn: cell.workedOn,
          minutes: cell.minutes,
          description,
          status: needsApproval ? "FLAGGED" : "APPROVED",
          loggedById: user.id,
        },
      });
      authorization.logged += cell.minutes;
      addToMonth(authorization.sowId, cell.workedOn, cell.minutes, timeValueCents(cell.minutes, authorization.hourlyRateCents));
      if (needsApproval) flagged.push({ projectName: authorization.projectName, day: cell.workedOn, minutes: cell.minutes });
    }

    const overfull = await tx.$queryRaw<{ workedOn: Date; minutes: number }[]>`
      SELECT "workedOn", SUM("minutes")::int AS "minutes" FROM "TimeEntry"
      WHERE "consultantId" = ${consultant.id} AND "workedOn" >= ${monday} AND "workedOn" < ${weekEnd} AND "status" <> 'REJECTED'
      GROUP BY "workedOn" HAVING SUM("minutes") > 1440 ORDER BY "workedOn" LIMIT 1`;
    if (overfull.length > 0) {
      const day = overfull[0].workedOn;
      throw new AppError("VALIDATION", {
        field: cells.find((cell) => cell.workedOn.getTime() === day.getTime())?.field,
        message: `${consultant.name}: ${dayLimitBlocker(day, overfull[0].minutes)}`,
      });
    }

    const changed: string[] = [];
    for (const authorization of byId.values()) {
      const delta = authorization.logged - authorization.minutesLogged;
      if (delta === 0) continue;
      await tx.workAuthorization.update({ where: { id: authorization.id }, data: { minutesLogged: { increment: delta } } });
      changed.push(authorization.id);
    }
    if (changed.length > 0) await refreshWorkAuthorizationPace(tx, paceDay(new Date()), changed);
    for (const delta of monthDeltas.values()) {
      await addToSowMonth(tx, delta.sowId, delta.month, { loggedMinutes: delta.loggedMinutes, loggedValueCents: delta.loggedValueCents });
    }
    if (flagged.length > 0) {
      const hours = flagged.map((entry) => `${formatHours(entry.minutes)} h on ${entry.projectName}, ${DAY_LABEL.format(entry.day)}`).join("; ");
      for (const coordinatorId of await activeCoordinatorIds(tx)) {
        await notify(tx, {
          userId: coordinatorId,
          type: "time.flagged",
          title: `Hours past the authorization for ${consultant.name}`,
          body: `${user.name} logged hours past what is authorized: ${hours}. They wait for your approval before they can be invoiced.`,
          link: "/ps/invoices",
        });
      }
    }
    if (changedCells > 0) {
      await recordAuditEvent(tx, {
        actor: user,
        action: "time.logged",
        entityType: "Consultant",
        entityId: consultant.id,
        summary: `Hours of ${consultant.name} for the week of ${isoDay(monday)} saved (${changedCells} day${changedCells === 1 ? "" : "s"} changed${
          flagged.length > 0 ? `, ${flagged.length} past the authorization and flagged` : ""
        })`,
        changes: {
          week: isoDay(monday),
          cells: cells.map((cell) => ({ workAuthorizationId: cell.workAuthorizationId, day: isoDay(cell.workedOn), minutes: cell.minutes })),
          flagged: flagged.length,
        },
        ip: context.ip,
      });
    }
    return { consultantName: consultant.name, changedCells, flagged: flagged.length };
  });
}
