// The coordinator's burn figures on a small data set: the kept sums (as the seeds' backfill computes them) against
// the rows they summarise, the SOW list by funds left, the replenishment alerts, the burn chart's months and the
// change-order query, whose SQL pace must agree with rules.changeOrderProjection.
import { beforeAll, describe, expect, it } from "vitest";
import { addDays } from "date-fns";
import { prisma } from "@/server/db";
import type { SessionUser } from "@/server/auth/policy";
import type { InvoiceStatus, WorkAuthorizationStatus } from "@/generated/prisma/enums";
import { loadListPage } from "@/server/lists/load-list-page";
import { listCsvRows } from "@/server/lists/export-list";
import { changeOrderProjection, monthOf, timeValueCents } from "./rules";
import { sowBurnList } from "./sow-burn-list";
import { projectBurnList } from "./project-burn-list";
import { listReplenishmentAlerts } from "./list-replenishment-alerts";
import { listChangeOrderRisks } from "./list-change-order-risks";
import { projectedMinutesExpression } from "./pace-sql";
import { refreshWorkAuthorizationPace } from "./refresh-work-authorization-pace";
import { getPortfolioBurn } from "./get-portfolio-burn";
import { getSowBurn } from "./get-sow-burn";
import { BURN_SUMS_SQL } from "../../../scripts/seed/burn-sums";
import { makePartner, makeUser } from "../../../tests/factories";

const now = new Date();
const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
const month = (offset: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
const iso = (date: Date) => date.toISOString().slice(0, 10);

let ps: SessionUser;
let admin: SessionUser;
const sows: Record<"a" | "b" | "exhausted" | "foreign", { id: string; number: string; amountCents: number }> = {} as never;
const was: Record<string, { id: string; sowId: string; status: WorkAuthorizationStatus; hoursAuthorized: number; startsOn: Date | null; endsOn: Date | null }> =
  {};
const entries: { sowKey: keyof typeof sows; waKey: string; workedOn: Date; minutes: number; rate: number }[] = [];
const invoices: { sowKey: keyof typeof sows; month: Date; status: InvoiceStatus; timeAmountCents: number; expenseAmountCents: number }[] = [];
let poRequestId: string;

interface WaPlan {
  key: string;
  sow: keyof typeof sows;
  status?: WorkAuthorizationStatus;
  hours: number;
  rate: number;
  starts: number | null;
  ends: number | null;
  /** [days from today, minutes] per entry. */
  logged: [number, number][];
}

// A1 runs ahead of its pace, B2 started today at a sprint, B1 has no dates and is already over; A2 and A4 are on pace
// (A4 not started), A3 is over but completed, F1 is over at a partner outside the coordinator's scope.
const WA_PLANS: WaPlan[] = [
  { key: "A1", sow: "a", hours: 100, rate: 200_00, starts: -32, ends: 59, logged: Array.from({ length: 10 }, (_, i) => [-32 + i, 360]) },
  {
    key: "A2",
    sow: "a",
    hours: 200,
    rate: 150_00,
    starts: -60,
    ends: 120,
    logged: [
      [-60, 300],
      [-59, 300],
      [-58, 300],
      [-57, 300],
      [-400, 60],
    ],
  },
  { key: "A3", sow: "a", status: "COMPLETED", hours: 1, rate: 100_00, starts: -90, ends: -30, logged: [[-40, 120]] },
  { key: "A4", sow: "a", hours: 50, rate: 100_00, starts: 7, ends: 30, logged: [] },
  { key: "A5", sow: "a", status: "CANCELLED", hours: 10, rate: 100_00, starts: -5, ends: 5, logged: [] },
  {
    key: "B1",
    sow: "b",
    hours: 10,
    rate: 175_00,
    starts: null,
    ends: null,
    logged: [
      [-5, 330],
      [-4, 330],
    ],
  },
  { key: "B2", sow: "b", hours: 40, rate: 175_00, starts: 0, ends: 9, logged: [[0, 300]] },
  {
    key: "F1",
    sow: "foreign",
    hours: 10,
    rate: 100_00,
    starts: -10,
    ends: 10,
    logged: [
      [-10, 300],
      [-9, 300],
    ],
  },
];

beforeAll(async () => {
  ps = await makeUser("PS_COORDINATOR");
  admin = await makeUser("ADMIN");
  const subcontractor = await makePartner({ legalName: "Burn Subcontractor" });
  await prisma.partner.update({ where: { id: subcontractor.id }, data: { subcontractRelationship: "INDIRECT_STAFF_AUGMENTATION" } });
  const reseller = await makePartner({ legalName: "Burn Reseller" });
  const makeSow = (key: keyof typeof sows, partnerId: string, amountCents: number, status: "ACTIVE" | "EXHAUSTED") =>
    prisma.primeSow
      .create({ data: { partnerId, number: `BURN-${key.toUpperCase()}`, amountCents, status }, select: { id: true, number: true, amountCents: true } })
      .then((sow) => (sows[key] = sow));
  await makeSow("a", subcontractor.id, 300_000_00, "ACTIVE");
  await makeSow("b", subcontractor.id, 100_000_00, "ACTIVE");
  await makeSow("exhausted", subcontractor.id, 50_000_00, "EXHAUSTED");
  await makeSow("foreign", reseller.id, 300_000_00, "ACTIVE");
  const consultant = await prisma.consultant.create({ data: { partnerId: subcontractor.id, name: "Casey Consultant", email: "casey@burn.example" } });

  for (const plan of WA_PLANS) {
    const startsOn = plan.starts === null ? null : addDays(today, plan.starts);
    const endsOn = plan.ends === null ? null : addDays(today, plan.ends);
    const wa = await prisma.workAuthorization.create({
      data: {
        sowId: sows[plan.sow].id,
        projectName: `Project ${plan.key}`,
        scope: "Scope",
        technicalRequirements: "None",
        backgroundCheck: "None",
        hourlyRateCents: plan.rate,
        billingTerms: "Monthly",
        travelAndExpenses: "None",
        hoursAuthorized: plan.hours,
        amountCents: plan.hours * plan.rate,
        status: plan.status ?? "ACTIVE",
        startsOn,
        endsOn,
      },
      select: { id: true, sowId: true, status: true, hoursAuthorized: true, startsOn: true, endsOn: true },
    });
    was[plan.key] = wa;
    for (const [day, minutes] of plan.logged) {
      const workedOn = addDays(today, day);
      await prisma.timeEntry.create({ data: { workAuthorizationId: wa.id, consultantId: consultant.id, workedOn, minutes, description: "Work" } });
      entries.push({ sowKey: plan.sow, waKey: plan.key, workedOn, minutes, rate: plan.rate });
    }
  }

  invoices.push(
    { sowKey: "a", month: month(-2), status: "PAID", timeAmountCents: 1_000_00, expenseAmountCents: 50_00 },
    { sowKey: "a", month: month(-1), status: "APPROVED", timeAmountCents: 2_000_00, expenseAmountCents: 0 },
    { sowKey: "a", month: month(0), status: "SUBMITTED", timeAmountCents: 500_00, expenseAmountCents: 0 },
    { sowKey: "b", month: month(-1), status: "APPROVED", timeAmountCents: 45_000_00, expenseAmountCents: 0 },
    { sowKey: "foreign", month: month(-1), status: "APPROVED", timeAmountCents: 10_00, expenseAmountCents: 0 },
  );
  for (const invoice of invoices) {
    const { sowKey, ...data } = invoice;
    const partnerId = sowKey === "foreign" ? reseller.id : subcontractor.id;
    await prisma.invoice.create({ data: { ...data, partnerId, sowId: sows[sowKey].id } });
  }
  poRequestId = (await prisma.sowPoRequest.create({ data: { sowId: sows.b.id, amountCents: 300_000_00 }, select: { id: true } })).id;

  for (const sql of BURN_SUMS_SQL) await prisma.$executeRawUnsafe(sql, "%");
});

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const invoicedOf = (key: keyof typeof sows) =>
  sum(invoices.filter((i) => i.sowKey === key && (i.status === "APPROVED" || i.status === "PAID")).map((i) => i.timeAmountCents + i.expenseAmountCents));
const authorizedOf = (key: keyof typeof sows) =>
  sum(WA_PLANS.filter((plan) => plan.sow === key && plan.status !== "CANCELLED").map((plan) => plan.hours * plan.rate));

describe("the kept burn figures", () => {
  it("sum the authorizations, approved invoices, entries and months they stand for", async () => {
    for (const key of ["a", "b", "foreign"] as const) {
      const sow = await prisma.primeSow.findUniqueOrThrow({ where: { id: sows[key].id }, select: { authorizedCents: true, invoicedCents: true } });
      expect(sow, key).toEqual({ authorizedCents: authorizedOf(key), invoicedCents: invoicedOf(key) });
    }
    for (const plan of WA_PLANS) {
      const wa = await prisma.workAuthorization.findUniqueOrThrow({ where: { id: was[plan.key]!.id }, select: { minutesLogged: true } });
      expect(wa.minutesLogged, plan.key).toBe(sum(plan.logged.map(([, minutes]) => minutes)));
    }
    const rows = await prisma.sowMonth.findMany({ where: { sowId: sows.a.id }, orderBy: { month: "asc" } });
    const expected = new Map<string, { loggedMinutes: number; loggedValueCents: number; invoicedCents: number }>();
    const at = (date: Date) => {
      const key = iso(monthOf(date));
      if (!expected.has(key)) expected.set(key, { loggedMinutes: 0, loggedValueCents: 0, invoicedCents: 0 });
      return expected.get(key)!;
    };
    for (const entry of entries.filter((e) => e.sowKey === "a")) {
      at(entry.workedOn).loggedMinutes += entry.minutes;
      at(entry.workedOn).loggedValueCents += timeValueCents(entry.minutes, entry.rate);
    }
    for (const invoice of invoices.filter((i) => i.sowKey === "a" && (i.status === "APPROVED" || i.status === "PAID"))) {
      at(invoice.month).invoicedCents += invoice.timeAmountCents + invoice.expenseAmountCents;
    }
    expect(
      new Map(
        rows.map((row) => [iso(row.month), { loggedMinutes: row.loggedMinutes, loggedValueCents: row.loggedValueCents, invoicedCents: row.invoicedCents }]),
      ),
    ).toEqual(expected);
  });
});

describe("the active SOWs on /ps", () => {
  it("lists the coordinator's active SOWs with the least left first, figures from the kept sums", async () => {
    const page = await loadListPage(sowBurnList, ps, {});
    expect(page.rows.map((row) => row.number)).toEqual(["BURN-B", "BURN-A"]);
    expect(page.total).toBe(2);
    const b = page.rows[0]!;
    expect(b).toMatchObject({ amountCents: 100_000_00, authorizedCents: authorizedOf("b"), invoicedCents: 45_000_00, remainingCents: 55_000_00, burned: 45 });
    expect(b.alert).toContain("$60,000");
    expect(page.rows[1]!.alert).toBe("");
    expect(page.columns.find((column) => column.id === "burned")?.format).toBe("meter");
  });

  it("pages and sorts by funds left both ways, and by the other columns", async () => {
    expect((await loadListPage(sowBurnList, ps, { pageSize: "1", page: "2" })).rows.map((row) => row.number)).toEqual(["BURN-A"]);
    expect((await loadListPage(sowBurnList, ps, { dir: "desc" })).rows.map((row) => row.number)).toEqual(["BURN-A", "BURN-B"]);
    expect((await loadListPage(sowBurnList, ps, { sort: "number", dir: "desc" })).rows.map((row) => row.number)).toEqual(["BURN-B", "BURN-A"]);
    expect((await loadListPage(sowBurnList, ps, { q: "burn-a" })).rows.map((row) => row.number)).toEqual(["BURN-A"]);
  });

  it("shows an admin every partner's active SOWs", async () => {
    expect((await loadListPage(sowBurnList, admin, {})).rows.map((row) => row.number)).toEqual(["BURN-B", "BURN-A", "BURN-FOREIGN"]);
  });

  it("exports the same SOWs as CSV, figures exact to the cent", async () => {
    const rows: string[][] = [];
    for await (const row of listCsvRows(sowBurnList, ps, {})) rows.push(row);
    expect(rows.sort((x, y) => x[0]!.localeCompare(y[0]!))).toEqual([
      ["BURN-A", "Burn Subcontractor", "300000.00", (authorizedOf("a") / 100).toFixed(2), "3050.00", "296950.00", "No"],
      ["BURN-B", "Burn Subcontractor", "100000.00", (authorizedOf("b") / 100).toFixed(2), "45000.00", "55000.00", "Yes"],
    ]);
  });
});

describe("the replenishment alerts", () => {
  it("list the coordinator's active SOWs at or below the line with their drafted PO request", async () => {
    const alerts = await listReplenishmentAlerts(ps);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ id: sows.b.id, remainingCents: 55_000_00, total: 1, poRequest: { id: poRequestId, amountCents: 300_000_00 } });
  });
});

describe("the burn chart", () => {
  it("sums the SowMonth rows in scope over the last twelve months, zero for a month without rows", async () => {
    const burn = await getPortfolioBurn(ps, today);
    expect(burn).toHaveLength(12);
    expect(burn[0]!.month).toBe(iso(month(-11)));
    expect(burn[11]!.month).toBe(iso(month(0)));
    const inScope = entries.filter((e) => e.sowKey !== "foreign" && monthOf(e.workedOn) >= month(-11));
    expect(sum(burn.map((m) => m.loggedMinutes))).toBe(sum(inScope.map((e) => e.minutes)));
    expect(sum(burn.map((m) => m.loggedValueCents))).toBe(sum(inScope.map((e) => timeValueCents(e.minutes, e.rate))));
    expect(sum(burn.map((m) => m.invoicedCents))).toBe(invoicedOf("a") + invoicedOf("b"));
    expect(burn.find((m) => m.month === iso(month(-1)))!.invoicedCents).toBe(2_000_00 + 45_000_00);
  });

  it("reads one SOW's months for its page, and nothing of a SOW out of scope", async () => {
    const burn = await getSowBurn(ps, sows.b.id, today);
    expect(sum(burn.map((m) => m.loggedMinutes))).toBe(960);
    expect(sum(burn.map((m) => m.invoicedCents))).toBe(45_000_00);
    expect(sum((await getSowBurn(ps, sows.foreign.id, today)).map((m) => m.loggedMinutes + m.invoicedCents))).toBe(0);
    expect(sum((await getSowBurn(admin, sows.foreign.id, today)).map((m) => m.loggedMinutes))).toBe(600);
  });
});

describe("the change-order risks", () => {
  beforeAll(async () => {
    await refreshWorkAuthorizationPace(prisma, today);
  });

  it("projects each authorization's pace in SQL exactly as the rule does", async () => {
    const projected = await prisma.$queryRawUnsafe<{ id: string; projected: number }[]>(
      `SELECT w."id", ${projectedMinutesExpression("$1::date")} AS "projected" FROM "WorkAuthorization" w`,
      today.toISOString().slice(0, 10),
    );
    expect(projected).toHaveLength(WA_PLANS.length);
    for (const row of projected) {
      const wa = await prisma.workAuthorization.findUniqueOrThrow({ where: { id: row.id } });
      expect(row.projected, wa.projectName).toBe(changeOrderProjection({ ...wa, today }).projectedMinutes);
    }
  });

  it("keeps each authorization's pace as of the day: the projection, and the overrun in thousandths for an active one", async () => {
    for (const wa of await prisma.workAuthorization.findMany()) {
      const projection = changeOrderProjection({ ...wa, today });
      expect(wa.projectedMinutes, wa.projectName).toBe(projection.projectedMinutes);
      const expected = wa.status === "ACTIVE" ? Math.max(0, Math.round((1000 * projection.overrunMinutes) / Math.max(1, wa.hoursAuthorized * 60))) : 0;
      expect(wa.overrunPermille, wa.projectName).toBe(expected);
      expect(wa.paceOn).toEqual(today);
    }
  });

  it("lists the coordinator's active projects on pace to pass their hours, the largest overrun ratio first", async () => {
    const risks = await listChangeOrderRisks(ps);
    expect(risks.map((risk) => risk.projectName)).toEqual(["Project A1", "Project B2", "Project B1"]);
    expect(risks[0]).toMatchObject({ sowNumber: "BURN-A", hoursAuthorized: 100, minutesLogged: 3600, projectedMinutes: 10036, overrunMinutes: 4036, total: 3 });
    expect(risks[1]).toMatchObject({ projectedMinutes: 3000, overrunMinutes: 600 });
    expect(risks[2]).toMatchObject({ projectedMinutes: 660, overrunMinutes: 60 });
    const top = await listChangeOrderRisks(ps, 2);
    expect(top.map((risk) => risk.projectName)).toEqual(["Project A1", "Project B2"]);
    expect(top[0]!.total).toBe(3);
    expect((await listChangeOrderRisks(admin)).map((risk) => risk.projectName)).toContain("Project F1");
  });

  it("give nobody without sows.read a row, though they are read in SQL rather than through partnerScope's where", async () => {
    const cam = await makeUser("CAM");
    expect(await listChangeOrderRisks(cam)).toEqual([]);
    expect(await listReplenishmentAlerts(cam)).toEqual([]);
    expect((await getPortfolioBurn(cam, today)).every((m) => m.loggedMinutes === 0 && m.invoicedCents === 0)).toBe(true);
  });

  it("exports every project with its hours and whether it is at risk", async () => {
    const rows: string[][] = [];
    for await (const row of listCsvRows(projectBurnList, ps, {})) rows.push(row);
    const byName = new Map(rows.map((row) => [row[0], row]));
    expect([...byName.keys()].sort()).toEqual(["Project A1", "Project A2", "Project A3", "Project A4", "Project B1", "Project B2"]);
    expect(byName.get("Project A1")).toEqual(["Project A1", "BURN-A", "Burn Subcontractor", "ACTIVE", "100", "60.00", "167.27", "Yes"]);
    expect(byName.get("Project A3")!.at(-1)).toBe("No");
    expect(byName.get("Project A2")!.at(-1)).toBe("No");
  });
});
