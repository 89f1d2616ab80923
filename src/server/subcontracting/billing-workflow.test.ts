import { describe, expect, it } from "vitest";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { logWeekHours } from "./log-week-hours";
import { decideTimeEntry } from "./decide-time-entry";
import { draftInvoice } from "./draft-invoice";
import { addInvoiceExpense } from "./add-invoice-expense";
import { removeInvoiceExpense } from "./remove-invoice-expense";
import { submitInvoice } from "./submit-invoice";
import { approveInvoice } from "./approve-invoice";
import { rejectInvoice } from "./reject-invoice";
import { ZAddInvoiceExpenseSchema, ZDraftInvoiceSchema, ZLogWeekHoursSchema } from "./schemas";
import { timeValueCents } from "./rules";
import { makeActiveSow, makePartner, makeUser, makeWorkAuthorization } from "../../../tests/factories";

const context = { ip: "10.9.0.8" };
// A week in the past, Monday 2026-11-02 to Sunday 2026-11-08, all in November.
const WEEK = "2026-11-02";
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A Northwind-like subcontractor with an active SOW, two authorizations sharing one consultant, a coordinator. */
async function setUp(options: { hoursAuthorized?: number } = {}) {
  const partner = await makePartner();
  const admin = await makeUser("PARTNER_ADMIN", { partnerId: partner.id });
  const member = await makeUser("PARTNER_USER", { partnerId: partner.id });
  const coordinator = await makeUser("PS_COORDINATOR");
  const sow = await makeActiveSow(partner.id, { amountCents: 100_000_00 });
  const first = await makeWorkAuthorization(sow.id, { hoursAuthorized: options.hoursAuthorized ?? 100, hourlyRateCents: 150_00 });
  const second = await makeWorkAuthorization(sow.id, { hoursAuthorized: 100, hourlyRateCents: 101_01, consultantId: first.consultantId });
  return { partner, admin, member, coordinator, sow, first, second, consultantId: first.consultantId };
}

function week(consultantId: string, cells: Record<string, string>, descriptions: Record<string, string> = {}) {
  return ZLogWeekHoursSchema.parse({ week: WEEK, consultantId, ...cells, ...descriptions });
}

const cell = (authorizationId: string, day: string) => `hours_${authorizationId}_${day}`;
const describe_ = (authorizationId: string) => `description_${authorizationId}`;

/** What an operation may change: compared before and after a refused one. */
async function snapshot(sowId: string) {
  const [entries, authorizations, months, sow, invoices, expenses, files] = await Promise.all([
    prisma.timeEntry.findMany({ where: { workAuthorization: { sowId } }, orderBy: { id: "asc" } }),
    prisma.workAuthorization.findMany({ where: { sowId }, orderBy: { id: "asc" }, select: { id: true, minutesLogged: true } }),
    prisma.sowMonth.findMany({ where: { sowId }, orderBy: { month: "asc" } }),
    prisma.primeSow.findUniqueOrThrow({ where: { id: sowId }, select: { invoicedCents: true, authorizedCents: true } }),
    prisma.invoice.findMany({ where: { sowId }, orderBy: { id: "asc" } }),
    prisma.expense.findMany({ where: { invoice: { sowId } }, orderBy: { id: "asc" } }),
    prisma.storedFile.count(),
  ]);
  return { entries, authorizations, months, sow, invoices, expenses, files };
}

/** The kept sums against SQL sums of what they summarize. */
async function expectSumsMatchSql(sowId: string) {
  const authorizations = await prisma.$queryRaw<{ id: string; kept: number; summed: number }[]>`
    SELECT w."id", w."minutesLogged" AS "kept", COALESCE(SUM(t."minutes") FILTER (WHERE t."status" <> 'REJECTED'), 0)::int AS "summed"
    FROM "WorkAuthorization" w LEFT JOIN "TimeEntry" t ON t."workAuthorizationId" = w."id"
    WHERE w."sowId" = ${sowId} GROUP BY w."id"`;
  for (const row of authorizations) expect(row.kept, `minutes logged of ${row.id}`).toBe(row.summed);
  const logged = await prisma.$queryRaw<{ month: Date; minutes: number; cents: number }[]>`
    SELECT date_trunc('month', t."workedOn")::date AS "month", SUM(t."minutes")::int AS "minutes", SUM(ROUND(t."minutes"::numeric * w."hourlyRateCents" / 60))::int AS "cents"
    FROM "TimeEntry" t JOIN "WorkAuthorization" w ON w."id" = t."workAuthorizationId"
    WHERE w."sowId" = ${sowId} AND t."status" <> 'REJECTED' GROUP BY 1`;
  const invoiced = await prisma.$queryRaw<{ month: Date; cents: number }[]>`
    SELECT "month", SUM("timeAmountCents" + "expenseAmountCents")::int AS "cents" FROM "Invoice"
    WHERE "sowId" = ${sowId} AND "status" IN ('APPROVED', 'PAID') GROUP BY 1`;
  const months = await prisma.sowMonth.findMany({ where: { sowId } });
  const keyOf = (date: Date) => date.toISOString().slice(0, 7);
  const expected = new Map<string, { loggedMinutes: number; loggedValueCents: number; invoicedCents: number }>();
  for (const row of logged) expected.set(keyOf(row.month), { loggedMinutes: row.minutes, loggedValueCents: row.cents, invoicedCents: 0 });
  for (const row of invoiced) {
    const current = expected.get(keyOf(row.month)) ?? { loggedMinutes: 0, loggedValueCents: 0, invoicedCents: 0 };
    expected.set(keyOf(row.month), { ...current, invoicedCents: row.cents });
  }
  const kept = new Map(
    months.map((row) => [keyOf(row.month), { loggedMinutes: row.loggedMinutes, loggedValueCents: row.loggedValueCents, invoicedCents: row.invoicedCents }]),
  );
  for (const [month, sums] of expected) expect(kept.get(month) ?? { loggedMinutes: 0, loggedValueCents: 0, invoicedCents: 0 }, month).toEqual(sums);
  for (const [month, sums] of kept) expect(sums, month).toEqual(expected.get(month) ?? { loggedMinutes: 0, loggedValueCents: 0, invoicedCents: 0 });
  const sow = await prisma.primeSow.findUniqueOrThrow({ where: { id: sowId }, select: { invoicedCents: true } });
  expect(sow.invoicedCents).toBe(invoiced.reduce((sum, row) => sum + row.cents, 0));
}

function receiptForm(invoiceId: string, workAuthorizationId: string, overrides: Record<string, unknown> = {}) {
  return ZAddInvoiceExpenseSchema.parse({
    invoiceId,
    workAuthorizationId,
    incurredOn: "2026-11-12",
    amount: "125.40",
    description: "Train to the customer's site",
    receipt: new File([PNG], "receipt.png", { type: "image/png" }),
    ...overrides,
  });
}

describe("weekly hours", () => {
  it("stores the week's cells, moving the authorizations' minutes and the SOW's month by the same amounts", async () => {
    const { member, sow, first, second, consultantId } = await setUp();
    const result = await logWeekHours(
      member,
      week(
        consultantId,
        {
          [cell(first.id, "2026-11-02")]: "7.5",
          [cell(first.id, "2026-11-03")]: "8",
          [cell(second.id, "2026-11-03")]: "0.25",
          [cell(second.id, "2026-11-04")]: "",
        },
        { [describe_(first.id)]: "Cut-over planning", [describe_(second.id)]: "Stand-up" },
      ),
      context,
    );
    expect(result).toMatchObject({ changedCells: 3, flagged: 0 });
    const entries = await prisma.timeEntry.findMany({ where: { consultantId }, orderBy: [{ workedOn: "asc" }, { minutes: "asc" }] });
    expect(entries.map((entry) => [entry.workedOn.toISOString().slice(0, 10), entry.minutes, entry.status])).toEqual([
      ["2026-11-02", 450, "APPROVED"],
      ["2026-11-03", 15, "APPROVED"],
      ["2026-11-03", 480, "APPROVED"],
    ]);
    expect(entries.every((entry) => entry.loggedById === member.id)).toBe(true);
    const month = await prisma.sowMonth.findUniqueOrThrow({ where: { sowId_month: { sowId: sow.id, month: new Date("2026-11-01T00:00:00Z") } } });
    expect(month.loggedMinutes).toBe(945);
    expect(month.loggedValueCents).toBe(timeValueCents(930, 150_00) + timeValueCents(15, 101_01));
    await expectSumsMatchSql(sow.id);

    // Saving again changes a day and clears another: the sums follow.
    await logWeekHours(
      member,
      week(consultantId, { [cell(first.id, "2026-11-02")]: "6", [cell(first.id, "2026-11-03")]: "" }, { [describe_(first.id)]: "Cut-over" }),
      context,
    );
    expect(await prisma.timeEntry.count({ where: { consultantId } })).toBe(2);
    await expectSumsMatchSql(sow.id);
  });

  it("refuses negative hours, 25 hours in a day, an inactive authorization and another partner's authorization, changing nothing", async () => {
    const { member, sow, first, second, consultantId } = await setUp();
    await logWeekHours(member, week(consultantId, { [cell(first.id, "2026-11-02")]: "4" }, { [describe_(first.id)]: "Work" }), context);
    const before = await snapshot(sow.id);

    const negative = ZLogWeekHoursSchema.safeParse({ week: WEEK, consultantId, [cell(first.id, "2026-11-02")]: "-2" });
    expect(negative.success).toBe(false);
    expect(negative.error?.issues[0].message).toBe("Hours cannot be negative.");
    expect(negative.error?.issues[0].path).toEqual([cell(first.id, "2026-11-02")]);
    expect(ZLogWeekHoursSchema.safeParse({ week: WEEK, consultantId, [cell(first.id, "2026-11-02")]: "1.1" }).error?.issues[0].message).toMatch(
      /quarter hours/,
    );

    const tooLong = await refusal(
      logWeekHours(
        member,
        week(
          consultantId,
          { [cell(first.id, "2026-11-03")]: "20", [cell(second.id, "2026-11-03")]: "5" },
          { [describe_(first.id)]: "Work", [describe_(second.id)]: "More" },
        ),
        context,
      ),
    );
    expect(tooLong.code).toBe("VALIDATION");
    expect(tooLong.message).toMatch(/Tuesday, November 3 would hold 25 hours across all authorizations; a day holds at most 24\./);

    await prisma.workAuthorization.update({ where: { id: second.id }, data: { status: "COMPLETED" } });
    const inactive = await refusal(
      logWeekHours(member, week(consultantId, { [cell(second.id, "2026-11-04")]: "2" }, { [describe_(second.id)]: "Work" }), context),
    );
    expect(inactive.code).toBe("CONFLICT");
    expect(inactive.message).toMatch(/completed: hours go only on an active work authorization/);

    const other = await setUp();
    const foreign = await refusal(
      logWeekHours(member, week(consultantId, { [cell(other.first.id, "2026-11-04")]: "2" }, { [describe_(other.first.id)]: "Work" }), context),
    );
    expect(foreign.code).toBe("NOT_FOUND");
    const foreignConsultant = await refusal(
      logWeekHours(member, week(other.consultantId, { [cell(first.id, "2026-11-04")]: "2" }, { [describe_(first.id)]: "Work" }), context),
    );
    expect(foreignConsultant.code).toBe("NOT_FOUND");

    const undescribed = await refusal(logWeekHours(member, week(consultantId, { [cell(first.id, "2026-11-05")]: "2" }), context));
    expect(undescribed.field).toBe(describe_(first.id));

    expect(await snapshot(sow.id)).toEqual(before);
    expect(await prisma.timeEntry.count({ where: { workAuthorization: { sowId: other.sow.id } } })).toBe(0);
  });

  it("flags hours past the authorization and tells the coordinators; the coordinator's decision moves the sums", async () => {
    const { member, coordinator, sow, first, consultantId } = await setUp({ hoursAuthorized: 10 });
    await logWeekHours(
      member,
      week(
        consultantId,
        { [cell(first.id, "2026-11-02")]: "8", [cell(first.id, "2026-11-03")]: "4", [cell(first.id, "2026-11-04")]: "3" },
        { [describe_(first.id)]: "Build" },
      ),
      context,
    );
    const entries = await prisma.timeEntry.findMany({ where: { consultantId }, orderBy: { workedOn: "asc" }, select: { id: true, status: true } });
    expect(entries.map((entry) => entry.status)).toEqual(["APPROVED", "FLAGGED", "FLAGGED"]);
    const notices = await prisma.notification.findMany({ where: { userId: coordinator.id, type: "time.flagged" } });
    expect(notices).toHaveLength(1);
    await expectSumsMatchSql(sow.id);

    await decideTimeEntry(coordinator, { entryId: entries[1].id, decision: "APPROVED" }, context);
    await decideTimeEntry(coordinator, { entryId: entries[2].id, decision: "REJECTED" }, context);
    expect(await prisma.workAuthorization.findUniqueOrThrow({ where: { id: first.id }, select: { minutesLogged: true } })).toEqual({ minutesLogged: 12 * 60 });
    expect(await prisma.notification.count({ where: { userId: member.id, type: "time.decided" } })).toBe(2);
    await expectSumsMatchSql(sow.id);
    expect((await refusal(decideTimeEntry(coordinator, { entryId: entries[1].id, decision: "REJECTED" }, context))).code).toBe("CONFLICT");

    // Approved past the authorization, the hours go on the month's invoice; rejected ones never do.
    const drafted = await draftInvoice(member, ZDraftInvoiceSchema.parse({ sowId: sow.id, month: "2026-11" }), context);
    expect(drafted).toMatchObject({ entries: 2, cents: timeValueCents(12 * 60, 150_00) });
    expect(await prisma.timeEntry.findUniqueOrThrow({ where: { id: entries[2].id }, select: { invoiceId: true } })).toEqual({ invoiceId: null });

    // A coordinator sees subcontracting partners only; a partner user has no say.
    const outsider = await makePartner();
    await prisma.partner.update({ where: { id: outsider.id }, data: { subcontractRelationship: null } });
    const outsideSow = await makeActiveSow(outsider.id);
    await prisma.partner.update({ where: { id: outsider.id }, data: { subcontractRelationship: null } });
    const outsideWa = await makeWorkAuthorization(outsideSow.id);
    const outsideEntry = await prisma.timeEntry.create({
      data: {
        workAuthorizationId: outsideWa.id,
        consultantId: outsideWa.consultantId,
        workedOn: new Date("2026-11-02T00:00:00Z"),
        minutes: 60,
        description: "x",
        status: "FLAGGED",
      },
    });
    expect((await refusal(decideTimeEntry(coordinator, { entryId: outsideEntry.id, decision: "APPROVED" }, context))).code).toBe("NOT_FOUND");
  });
});

describe("two saves at once", () => {
  it("cannot pass 24 hours in a day between them: the consultant's lock makes the second see the first", async () => {
    const { member, admin, sow, first, second, consultantId } = await setUp();
    const outcomes = await Promise.allSettled([
      logWeekHours(member, week(consultantId, { [cell(first.id, "2026-11-06")]: "13" }, { [describe_(first.id)]: "Build" }), context),
      logWeekHours(admin, week(consultantId, { [cell(second.id, "2026-11-06")]: "13" }, { [describe_(second.id)]: "Review" }), context),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((outcome) => outcome.status === "rejected");
    expect((refused as PromiseRejectedResult).reason.message).toMatch(/Friday, November 6 would hold 26 hours/);
    expect(await prisma.timeEntry.aggregate({ where: { consultantId }, _sum: { minutes: true } })).toEqual({ _sum: { minutes: 13 * 60 } });
    await expectSumsMatchSql(sow.id);
  });
});

describe("monthly invoices", () => {
  async function loggedMonth() {
    const setup = await setUp();
    await logWeekHours(
      setup.member,
      week(
        setup.consultantId,
        { [cell(setup.first.id, "2026-11-02")]: "8", [cell(setup.second.id, "2026-11-03")]: "2.25" },
        { [describe_(setup.first.id)]: "Build", [describe_(setup.second.id)]: "Review" },
      ),
      context,
    );
    return setup;
  }

  it("drafts from the month's approved hours, takes expenses with receipts, is submitted, approved, and then never changes", async () => {
    const { admin, member, coordinator, sow, first, second, consultantId } = await loggedMonth();
    const drafted = await draftInvoice(member, ZDraftInvoiceSchema.parse({ sowId: sow.id, month: "2026-11" }), context);
    const timeCents = timeValueCents(480, 150_00) + timeValueCents(135, 101_01);
    expect(drafted).toMatchObject({ created: true, entries: 2, cents: timeCents });
    const invoiceId = drafted.invoiceId;
    expect(await prisma.timeEntry.count({ where: { invoiceId } })).toBe(2);

    // An entry invoiced cannot change.
    const invoicedChange = await refusal(
      logWeekHours(member, week(consultantId, { [cell(first.id, "2026-11-02")]: "7" }, { [describe_(first.id)]: "Build" }), context),
    );
    expect(invoicedChange.code).toBe("CONFLICT");
    expect(invoicedChange.message).toMatch(/on an invoice and cannot change/);

    // Hours logged later in the month join the open invoice when it is brought up to date.
    await logWeekHours(member, week(consultantId, { [cell(first.id, "2026-11-05")]: "1" }, { [describe_(first.id)]: "Build" }), context);
    expect(await draftInvoice(member, ZDraftInvoiceSchema.parse({ sowId: sow.id, month: "2026-11" }), context)).toMatchObject({ created: false, entries: 1 });

    const before = await snapshot(sow.id);
    const notReceipt = await refusal(
      addInvoiceExpense(member, receiptForm(invoiceId, first.id, { receipt: new File(["just text"], "receipt.png", { type: "image/png" }) }), context),
    );
    expect(notReceipt).toMatchObject({ code: "VALIDATION", field: "receipt" });
    expect(notReceipt.message).toMatch(/image .* or a PDF/);
    const wrongMonth = await refusal(addInvoiceExpense(member, receiptForm(invoiceId, first.id, { incurredOn: "2026-10-31" }), context));
    expect(wrongMonth).toMatchObject({ code: "VALIDATION", field: "incurredOn" });
    expect(ZAddInvoiceExpenseSchema.safeParse({ ...receiptForm(invoiceId, first.id), amount: "0", incurredOn: "2026-11-12" }).error?.issues[0].message).toBe(
      "The amount must be more than $0.",
    );
    expect(ZAddInvoiceExpenseSchema.safeParse({ ...receiptForm(invoiceId, first.id), amount: "1.234", incurredOn: "2026-11-12" }).success).toBe(false);
    const other = await setUp();
    expect((await refusal(addInvoiceExpense(member, receiptForm(invoiceId, other.first.id), context))).code).toBe("NOT_FOUND");
    expect(await snapshot(sow.id)).toEqual(before);

    await addInvoiceExpense(member, receiptForm(invoiceId, second.id), context);
    const pdf = await addInvoiceExpense(member, receiptForm(invoiceId, first.id, { amount: "10", receipt: new File(["%PDF-1.4 receipt"], "r.pdf") }), context);
    await removeInvoiceExpense(member, { expenseId: pdf.expenseId }, context);
    const drafted2 = await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(drafted2.expenseAmountCents).toBe(125_40);

    await submitInvoice(member, { invoiceId }, context);
    expect(await prisma.notification.count({ where: { userId: coordinator.id, type: "invoice.submitted" } })).toBe(1);
    expect((await refusal(addInvoiceExpense(member, receiptForm(invoiceId, second.id), context))).code).toBe("CONFLICT");

    await approveInvoice(coordinator, { invoiceId }, context);
    const approved = await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(approved.status).toBe("APPROVED");
    const total = approved.timeAmountCents + approved.expenseAmountCents;
    expect(total).toBe(timeCents + timeValueCents(60, 150_00) + 125_40);
    expect((await prisma.primeSow.findUniqueOrThrow({ where: { id: sow.id } })).invoicedCents).toBe(total);
    expect(await prisma.notification.count({ where: { userId: admin.id, type: "invoice.decided" } })).toBe(1);
    // The replenishment check for the SOW is queued in the approval's transaction.
    const jobs = await prisma.$queryRaw<
      { count: number }[]
    >`SELECT COUNT(*)::int AS "count" FROM pgboss.job WHERE "name" = 'alert-sow-replenishment' AND "data"->>'sowId' = ${sow.id}`;
    expect(jobs[0].count).toBe(1);
    await expectSumsMatchSql(sow.id);

    // Approved is final: every operation refuses to change it, its hours or its expenses.
    const final = await snapshot(sow.id);
    const expenseId = (await prisma.expense.findFirstOrThrow({ where: { invoiceId } })).id;
    const attempts = [
      () => addInvoiceExpense(member, receiptForm(invoiceId, second.id), context),
      () => removeInvoiceExpense(member, { expenseId }, context),
      () => submitInvoice(member, { invoiceId }, context),
      () => draftInvoice(member, ZDraftInvoiceSchema.parse({ sowId: sow.id, month: "2026-11" }), context),
      () => approveInvoice(coordinator, { invoiceId }, context),
      () => rejectInvoice(coordinator, { invoiceId, reason: "Too late." }, context),
      () => logWeekHours(member, week(consultantId, { [cell(first.id, "2026-11-02")]: "" }), context),
    ];
    for (const attempt of attempts) {
      const error = await refusal(attempt());
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/approved and cannot change|on an invoice and cannot change/);
    }
    expect(await snapshot(sow.id)).toEqual(final);
  });

  it("is sent back with a reason, keeps its hours, and is fixed and submitted again", async () => {
    const { admin, member, coordinator, sow, first } = await loggedMonth();
    const { invoiceId } = await draftInvoice(member, ZDraftInvoiceSchema.parse({ sowId: sow.id, month: "2026-11" }), context);
    expect((await refusal(approveInvoice(coordinator, { invoiceId }, context))).message).toMatch(/only a submitted invoice/);
    await addInvoiceExpense(member, receiptForm(invoiceId, first.id), context);
    await submitInvoice(member, { invoiceId }, context);
    await rejectInvoice(coordinator, { invoiceId, reason: "The train ticket is first class." }, context);
    const rejected = await prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId }, include: { expenses: true } });
    expect(rejected).toMatchObject({ status: "REJECTED", rejectionReason: "The train ticket is first class." });
    expect(await prisma.timeEntry.count({ where: { invoiceId } })).toBe(2);
    expect(await prisma.notification.findFirst({ where: { userId: admin.id, type: "invoice.decided" }, select: { body: true } })).toMatchObject({
      body: expect.stringContaining("The train ticket is first class."),
    });
    await removeInvoiceExpense(member, { expenseId: rejected.expenses[0].id }, context);
    await addInvoiceExpense(member, receiptForm(invoiceId, first.id, { amount: "40" }), context);
    await submitInvoice(member, { invoiceId }, context);
    await approveInvoice(coordinator, { invoiceId }, context);
    await expectSumsMatchSql(sow.id);
    expect((await prisma.primeSow.findUniqueOrThrow({ where: { id: sow.id } })).invoicedCents).toBe(
      timeValueCents(480, 150_00) + timeValueCents(135, 101_01) + 40_00,
    );
  });

  it("keeps other companies' SOWs and invoices out of reach", async () => {
    const mine = await loggedMonth();
    const theirs = await loggedMonth();
    expect((await refusal(draftInvoice(mine.member, ZDraftInvoiceSchema.parse({ sowId: theirs.sow.id, month: "2026-11" }), context))).code).toBe("NOT_FOUND");
    const { invoiceId } = await draftInvoice(theirs.member, ZDraftInvoiceSchema.parse({ sowId: theirs.sow.id, month: "2026-11" }), context);
    expect((await refusal(submitInvoice(mine.member, { invoiceId }, context))).code).toBe("NOT_FOUND");
    expect((await refusal(addInvoiceExpense(mine.member, receiptForm(invoiceId, mine.first.id), context))).code).toBe("NOT_FOUND");
    const empty = await draftInvoice(mine.member, ZDraftInvoiceSchema.parse({ sowId: mine.sow.id, month: "2026-10" }), context);
    expect((await refusal(submitInvoice(mine.member, { invoiceId: empty.invoiceId }, context))).message).toMatch(/no hours or expenses/);
    const coordinatorOfNobody: SessionUser = { ...mine.coordinator, role: "PARTNER_USER", partnerId: null };
    expect((await refusal(approveInvoice(coordinatorOfNobody, { invoiceId }, context))).code).toBe("NOT_FOUND");
  });
});
