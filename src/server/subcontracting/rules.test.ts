import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  burnChartStart,
  burnMonths,
  dayLimitBlocker,
  formatHours,
  formatMonth,
  invoiceDecisionBlocker,
  invoiceEditBlocker,
  isoDay,
  weekDays,
  weekStartOf,
  canEditSowRates,
  nextSowSequence,
  sowMoveBlocker,
  sowNumber,
  sowTransitionTimestamp,
  workAuthorizationMove,
  workAuthorizationMoves,
  canAssignConsultant,
  canDeclineConsultant,
  changeOrderProjection,
  fundsBlocker,
  monthOf,
  needsReplenishment,
  nextConsultantStage,
  nextSowStatuses,
  remainingFundsCents,
  SOW_STATUSES,
  sowTransitionBlocker,
  timeEntryNeedsApproval,
  timeValueCents,
  showsCustomerTo,
  workAuthorizationAmountCents,
  consultantStageSince,
  consultantStepBlocker,
  daysSince,
  missingConsultantCertifications,
  offboardingComplete,
  onboardingComplete,
  type ConsultantStageDates,
} from "./rules";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const executed = { msaExecuted: true, dpaExecuted: true, poNumber: null };

describe("the Prime SOW lifecycle (DOMAIN.md: draft → … → active → exhausted)", () => {
  it("walks from draft to exhausted one step at a time", () => {
    const path = ["DRAFT", "SENT_TO_PARTNER", "LEGAL_STAMP", "OUT_FOR_SIGNATURE", "EXECUTED", "PO_APPROVED", "ACTIVE", "EXHAUSTED"] as const;
    for (let index = 1; index < path.length; index++) {
      expect(sowTransitionBlocker(path[index - 1], path[index], { ...executed, poNumber: "PO-1" })).toBeNull();
    }
  });

  it("loops through redlines before the legal stamp", () => {
    expect(nextSowStatuses("SENT_TO_PARTNER")).toContain("REDLINES");
    expect(nextSowStatuses("REDLINES")).toEqual(["SENT_TO_PARTNER", "LEGAL_STAMP"]);
  });

  it.each([
    { msaExecuted: false, dpaExecuted: true, missing: "MSA is" },
    { msaExecuted: true, dpaExecuted: false, missing: "DPA is" },
    { msaExecuted: false, dpaExecuted: false, missing: "MSA and DPA are" },
  ])("refuses to send a SOW while the partner's $missing not executed", ({ msaExecuted, dpaExecuted, missing }) => {
    expect(sowTransitionBlocker("DRAFT", "SENT_TO_PARTNER", { msaExecuted, dpaExecuted, poNumber: null })).toContain(`${missing} not executed`);
  });

  it("refuses skipped steps, going back, and a PO approval without its number", () => {
    expect(sowTransitionBlocker("DRAFT", "ACTIVE", executed)).toBe("A SOW that is draft cannot move to active.");
    expect(sowTransitionBlocker("EXECUTED", "DRAFT", executed)).not.toBeNull();
    expect(sowTransitionBlocker("EXECUTED", "PO_APPROVED", executed)).toBe("Enter the PO number to record the PO as approved.");
  });

  it("offers every status a way forward but exhausted's refill", () => {
    for (const status of SOW_STATUSES) expect(nextSowStatuses(status).length).toBeGreaterThan(0);
    expect(nextSowStatuses("EXHAUSTED")).toEqual(["ACTIVE"]);
  });
});

describe("the funds a work authorization draws", () => {
  it("is its hours at its rate plus its expense budget", () => {
    expect(workAuthorizationAmountCents({ hoursAuthorized: 120, hourlyRateCents: 175_00, expenseBudgetCents: 2_500_00 })).toBe(23_500_00);
  });

  const active = { status: "ACTIVE", amountCents: 300_000_00, authorizedCents: 280_000_00 } as const;

  it("fits when the SOW has that much left to authorize, to the cent", () => {
    expect(fundsBlocker(active, 20_000_00)).toBeNull();
    expect(fundsBlocker(active, 20_000_01)).toBe("This authorization draws $20,000.01, but the SOW has $20,000.00 left to authorize.");
  });

  it("is refused on a SOW that is not active", () => {
    expect(fundsBlocker({ ...active, status: "EXECUTED" }, 1)).toBe("Work can only be authorized against an active SOW.");
  });

  it("never lets a sequence of accepted authorizations exceed the funds", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000_00 }), { maxLength: 40 }), (amounts) => {
        let authorizedCents = 0;
        for (const amount of amounts) {
          if (fundsBlocker({ status: "ACTIVE", amountCents: 300_000_00, authorizedCents }, amount) === null) authorizedCents += amount;
        }
        return authorizedCents <= 300_000_00;
      }),
    );
  });
});

describe("the replenishment line (DOMAIN.md: $60,000 remaining)", () => {
  it.each([
    { invoicedCents: 239_999_99, alert: false },
    { invoicedCents: 240_000_00, alert: true },
    { invoicedCents: 300_000_00, alert: true },
  ])("a $300,000 SOW with $invoicedCents cents invoiced → alert $alert", ({ invoicedCents, alert }) => {
    expect(needsReplenishment({ amountCents: 300_000_00, invoicedCents })).toBe(alert);
    expect(remainingFundsCents({ amountCents: 300_000_00, invoicedCents })).toBe(300_000_00 - invoicedCents);
  });
});

describe("change-order risk: the hours pace against the authorization", () => {
  const project = { hoursAuthorized: 100, startsOn: day("2026-01-01"), endsOn: day("2026-04-10") };

  it("projects a project halfway through its span that used 60 of 100 hours to 120 hours: 20 over", () => {
    const projection = changeOrderProjection({ ...project, minutesLogged: 60 * 60, today: day("2026-02-19") });
    expect(projection).toEqual({ projectedMinutes: 120 * 60, overrunMinutes: 20 * 60, atRisk: true });
  });

  it("leaves a project on pace alone", () => {
    expect(changeOrderProjection({ ...project, minutesLogged: 40 * 60, today: day("2026-02-19") }).atRisk).toBe(false);
  });

  it("stops stretching once the end date has passed, and flags hours already past the authorization", () => {
    expect(changeOrderProjection({ ...project, minutesLogged: 90 * 60, today: day("2026-09-01") })).toEqual({
      projectedMinutes: 90 * 60,
      overrunMinutes: 0,
      atRisk: false,
    });
    expect(changeOrderProjection({ ...project, startsOn: null, endsOn: null, minutesLogged: 101 * 60, today: day("2026-02-01") }).overrunMinutes).toBe(60);
  });
});

describe("hours", () => {
  it("flags an entry that takes the project past its hours authorized", () => {
    expect(timeEntryNeedsApproval({ minutesLoggedBefore: 99 * 60, minutes: 60, hoursAuthorized: 100 })).toBe(false);
    expect(timeEntryNeedsApproval({ minutesLoggedBefore: 99 * 60, minutes: 61, hoursAuthorized: 100 })).toBe(true);
  });

  it("values minutes at the hourly rate to the cent, and files them under their month", () => {
    expect(timeValueCents(450, 150_00)).toBe(1_125_00);
    expect(timeValueCents(20, 100_01)).toBe(33_34);
    expect(monthOf(day("2026-11-30"))).toEqual(day("2026-11-01"));
  });
});

describe("who sees the customer", () => {
  it("is staff augmentation alone among the relationships", () => {
    expect(showsCustomerTo("INDIRECT_STAFF_AUGMENTATION")).toBe(true);
    expect(showsCustomerTo("INDIRECT_PROJECT_BASED")).toBe(false);
    expect(showsCustomerTo("DIRECT")).toBe(false);
    expect(showsCustomerTo(null)).toBe(false);
  });
});

describe("the consultant pipeline", () => {
  it("moves one stage at a time and ends at offboarded", () => {
    expect(nextConsultantStage("CANDIDATE")).toBe("SKILLS_MATRIX_SUBMITTED");
    expect(nextConsultantStage("DEEP_DIVE_PASSED")).toBe("APPROVED");
    expect(nextConsultantStage("OFFBOARDED")).toBeNull();
    expect(nextConsultantStage("DECLINED")).toBeNull();
  });

  it("assigns approved consultants only, and declines only before approval", () => {
    expect(["CANDIDATE", "DEEP_DIVE_PASSED", "OFFBOARDED", "DECLINED"].map((stage) => canAssignConsultant(stage as never))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(["APPROVED", "ONBOARDING", "ACTIVE"].map((stage) => canAssignConsultant(stage as never))).toEqual([true, true, true]);
    expect(canDeclineConsultant("VIDEO_REVIEWED")).toBe(true);
    expect(canDeclineConsultant("APPROVED")).toBe(false);
    expect(canDeclineConsultant("DECLINED")).toBe(false);
  });
});

const EXECUTED = { msaExecuted: true, dpaExecuted: true, poNumber: null };

describe("Prime SOW numbers", () => {
  it("numbers a year's SOWs PS-YYYY-NNNN, one after the highest so far", () => {
    expect(sowNumber(2026, 1)).toBe("PS-2026-0001");
    expect(sowNumber(2026, 123)).toBe("PS-2026-0123");
    expect(nextSowSequence(null)).toBe(1);
    expect(nextSowSequence("PS-2026-0041")).toBe(42);
    // A number of another shape (the demo seed's PS-SOW-…) does not count toward the year's sequence.
    expect(nextSowSequence("PS-SOW-2026-003")).toBe(1);
  });
});

describe("moving a SOW from its page", () => {
  it.each([
    ["DRAFT", "SENT_TO_PARTNER", { msaExecuted: false, dpaExecuted: false, poNumber: null }, /MSA and DPA are not executed/],
    ["DRAFT", "SENT_TO_PARTNER", { msaExecuted: true, dpaExecuted: false, poNumber: null }, /DPA is not executed/],
    ["REDLINES", "SENT_TO_PARTNER", { msaExecuted: false, dpaExecuted: true, poNumber: null }, /MSA is not executed/],
    ["EXECUTED", "PO_APPROVED", EXECUTED, /PO number/],
    ["DRAFT", "ACTIVE", EXECUTED, /cannot move to active/],
    ["EXHAUSTED", "ACTIVE", EXECUTED, /replenishment PO is approved/],
  ] as const)("refuses %s → %s", (from, to, context, message) => {
    expect(sowMoveBlocker(from, to, context)).toMatch(message);
  });

  it.each([
    ["DRAFT", "SENT_TO_PARTNER"],
    ["SENT_TO_PARTNER", "REDLINES"],
    ["REDLINES", "SENT_TO_PARTNER"],
    ["SENT_TO_PARTNER", "LEGAL_STAMP"],
    ["LEGAL_STAMP", "OUT_FOR_SIGNATURE"],
    ["OUT_FOR_SIGNATURE", "EXECUTED"],
    ["PO_APPROVED", "ACTIVE"],
    ["ACTIVE", "EXHAUSTED"],
  ] as const)("allows %s → %s once the MSA and DPA are executed", (from, to) => {
    expect(sowMoveBlocker(from, to, EXECUTED)).toBeNull();
  });

  it("allows recording the PO as approved with its number, and the refill of an exhausted SOW only by the PO approval", () => {
    expect(sowMoveBlocker("EXECUTED", "PO_APPROVED", { ...EXECUTED, poNumber: "PO-1" })).toBeNull();
    expect(sowTransitionBlocker("EXHAUSTED", "ACTIVE", EXECUTED)).toBeNull();
  });

  it("stamps the sent, executed and PO-approved dates, and no other", () => {
    expect(sowTransitionTimestamp("SENT_TO_PARTNER")).toBe("sentAt");
    expect(sowTransitionTimestamp("EXECUTED")).toBe("executedAt");
    expect(sowTransitionTimestamp("PO_APPROVED")).toBe("poApprovedAt");
    expect(sowTransitionTimestamp("REDLINES")).toBeNull();
    expect(sowTransitionTimestamp("ACTIVE")).toBeNull();
  });

  it("keeps rates editable until the SOW is executed", () => {
    for (const status of ["DRAFT", "SENT_TO_PARTNER", "REDLINES", "LEGAL_STAMP", "OUT_FOR_SIGNATURE"] as const) expect(canEditSowRates(status)).toBe(true);
    for (const status of ["EXECUTED", "PO_APPROVED", "ACTIVE", "EXHAUSTED"] as const) expect(canEditSowRates(status)).toBe(false);
  });
});

describe("work authorization moves", () => {
  it("activates drafts, completes running ones, cancels either, and nothing else", () => {
    expect(workAuthorizationMove("DRAFT", "ACTIVATE")).toEqual({ to: "ACTIVE" });
    expect(workAuthorizationMove("ACTIVE", "COMPLETE")).toEqual({ to: "COMPLETED" });
    expect(workAuthorizationMove("ACTIVE", "CANCEL")).toEqual({ to: "CANCELLED" });
    expect(workAuthorizationMove("DRAFT", "CANCEL")).toEqual({ to: "CANCELLED" });
    expect(workAuthorizationMove("COMPLETED", "CANCEL")).toEqual({ blocker: "A work authorization that is completed cannot be cancelled." });
    expect(workAuthorizationMove("DRAFT", "COMPLETE")).toHaveProperty("blocker");
    expect(workAuthorizationMove("CANCELLED", "ACTIVATE")).toHaveProperty("blocker");
    expect(workAuthorizationMoves("DRAFT")).toEqual(["ACTIVATE", "CANCEL"]);
    expect(workAuthorizationMoves("ACTIVE")).toEqual(["COMPLETE", "CANCEL"]);
    expect(workAuthorizationMoves("CANCELLED")).toEqual([]);
  });
});

// ── hours and invoices (billing) ──
describe("the hour grid's week", () => {
  it("starts on the Monday of the week, whatever the day given", () => {
    expect(isoDay(weekStartOf(new Date("2026-12-03T15:00:00Z")))).toBe("2026-11-30");
    expect(isoDay(weekStartOf(new Date("2026-11-30T00:00:00Z")))).toBe("2026-11-30");
    expect(isoDay(weekStartOf(new Date("2026-12-06T23:59:00Z")))).toBe("2026-11-30");
  });

  it("holds seven days, Monday to Sunday, across a month's end", () => {
    expect(weekDays(new Date("2026-11-30T00:00:00Z")).map(isoDay)).toEqual([
      "2026-11-30",
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
  });
});

describe("a day's hours", () => {
  it("holds 24 hours and refuses more, naming the day", () => {
    const day = new Date("2026-12-01T00:00:00Z");
    expect(dayLimitBlocker(day, 24 * 60)).toBeNull();
    expect(dayLimitBlocker(day, 25 * 60)).toBe("Tuesday, December 1 would hold 25 hours across all authorizations; a day holds at most 24.");
  });

  it("writes minutes as hours with their fraction", () => {
    expect(formatHours(450)).toBe("7.5");
    expect(formatHours(15)).toBe("0.25");
    expect(formatHours(480)).toBe("8");
  });
});

describe("an invoice's state", () => {
  it("takes changes while drafted or sent back, never once submitted or approved", () => {
    expect(invoiceEditBlocker("DRAFT")).toBeNull();
    expect(invoiceEditBlocker("REJECTED")).toBeNull();
    expect(invoiceEditBlocker("SUBMITTED")).toMatch(/waits for the coordinator/);
    expect(invoiceEditBlocker("APPROVED")).toBe("This invoice is approved and cannot change.");
    expect(invoiceEditBlocker("PAID")).toBe("This invoice is approved and cannot change.");
  });

  it("is decided only while submitted", () => {
    expect(invoiceDecisionBlocker("SUBMITTED")).toBeNull();
    expect(invoiceDecisionBlocker("APPROVED")).toBe("This invoice is approved and cannot change.");
    expect(invoiceDecisionBlocker("DRAFT")).toMatch(/only a submitted invoice/);
  });

  it("names its month", () => {
    expect(formatMonth(new Date("2026-12-01T00:00:00Z"))).toBe("December 2026");
  });
});

// ── burn (the coordinator's home) ──
describe("burnMonths", () => {
  const today = new Date("2026-12-03T15:00:00Z");

  it("spans the twelve months ending with today's, oldest first, across a year boundary", () => {
    expect(burnChartStart(today)).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect(burnChartStart(new Date("2027-02-28T23:59:00Z"))).toEqual(new Date("2026-03-01T00:00:00Z"));
    const months = burnMonths([], new Date("2027-02-10T00:00:00Z"));
    expect(months.map((m) => m.month)).toEqual([
      "2026-03-01",
      "2026-04-01",
      "2026-05-01",
      "2026-06-01",
      "2026-07-01",
      "2026-08-01",
      "2026-09-01",
      "2026-10-01",
      "2026-11-01",
      "2026-12-01",
      "2027-01-01",
      "2027-02-01",
    ]);
    expect(months.every((m) => m.loggedMinutes === 0 && m.loggedValueCents === 0 && m.invoicedCents === 0)).toBe(true);
  });

  it("adds up the rows of each month and leaves out the months outside the chart", () => {
    const row = (month: string, loggedMinutes: number, loggedValueCents: number, invoicedCents: number) => ({
      month: new Date(`${month}T00:00:00Z`),
      loggedMinutes,
      loggedValueCents,
      invoicedCents,
    });
    const months = burnMonths(
      [row("2026-11-01", 60, 200_00, 0), row("2026-11-01", 30, 87_50, 150_00), row("2025-12-01", 999, 999, 999), row("2027-01-01", 1, 1, 1)],
      today,
    );
    expect(months).toHaveLength(12);
    expect(months.find((m) => m.month === "2026-11-01")).toEqual({ month: "2026-11-01", loggedMinutes: 90, loggedValueCents: 287_50, invoicedCents: 150_00 });
    expect(months.reduce((sum, m) => sum + m.loggedMinutes, 0)).toBe(90);
  });
});

// ── the consultant pipeline ──

describe("the consultant pipeline's steps", () => {
  it("lets each step run only from its own stage, and names the next step otherwise", () => {
    expect(consultantStepBlocker("CANDIDATE", ["CANDIDATE"])).toBeNull();
    expect(consultantStepBlocker("CANDIDATE", ["VIDEO_REVIEWED"])).toBe('This consultant is at "candidate": the next step is to submit the skills matrix.');
    expect(consultantStepBlocker("DEEP_DIVE_PASSED", ["CANDIDATE"])).toBe('This consultant is at "deep dive passed": the next step is to approve.');
    expect(consultantStepBlocker("ACTIVE", ["APPROVED", "ONBOARDING"])).toBe(
      'This consultant is at "active on projects": the next step is to complete the offboarding checklist.',
    );
    expect(consultantStepBlocker("DECLINED", ["CANDIDATE"])).toMatch(/declined/);
    expect(consultantStepBlocker("OFFBOARDED", ["ACTIVE"])).toMatch(/offboarded/);
  });

  it("moves forward one stage at a time; only approved consultants are assigned; declining ends before approval", () => {
    expect(nextConsultantStage("CANDIDATE")).toBe("SKILLS_MATRIX_SUBMITTED");
    expect(nextConsultantStage("OFFBOARDED")).toBeNull();
    expect(nextConsultantStage("DECLINED")).toBeNull();
    expect(["APPROVED", "ONBOARDING", "ACTIVE"].every((stage) => canAssignConsultant(stage as never))).toBe(true);
    expect(["CANDIDATE", "DEEP_DIVE_PASSED", "OFFBOARDED", "DECLINED"].some((stage) => canAssignConsultant(stage as never))).toBe(false);
    expect(canDeclineConsultant("DEEP_DIVE_PASSED")).toBe(true);
    expect(canDeclineConsultant("APPROVED")).toBe(false);
    expect(canDeclineConsultant("DECLINED")).toBe(false);
  });
});

describe("missingConsultantCertifications", () => {
  const today = day("2026-12-03");
  it("needs Migration and PM, each unexpired", () => {
    expect(missingConsultantCertifications([], today)).toEqual(["MIGRATION", "PM"]);
    expect(
      missingConsultantCertifications(
        [
          { code: "MIGRATION", expiresAt: null },
          { code: "PM", expiresAt: day("2026-12-03") },
        ],
        today,
      ),
    ).toEqual(["PM"]);
    expect(
      missingConsultantCertifications(
        [
          { code: "PM", expiresAt: day("2026-12-03") },
          { code: "PM", expiresAt: day("2027-01-01") },
          { code: "MIGRATION", expiresAt: day("2028-01-01") },
          { code: "CICD", expiresAt: null },
        ],
        today,
      ),
    ).toEqual([]);
  });
});

describe("the checklists", () => {
  it("onboarding is complete with the access request, a buddy and time logging", () => {
    const done = { accessRequestedAt: day("2026-12-01"), onboardingBuddy: "Sam Buddy", timeLoggingSetAt: day("2026-12-02") };
    expect(onboardingComplete(done)).toBe(true);
    expect(onboardingComplete({ ...done, onboardingBuddy: "" })).toBe(false);
    expect(onboardingComplete({ ...done, timeLoggingSetAt: null })).toBe(false);
  });

  it("offboarding is complete with the retro, the access removed and the other assignments checked", () => {
    const done = { retroAt: day("2026-12-01"), accessRemovedAt: day("2026-12-01"), otherProjectsCheckedAt: day("2026-12-01") };
    expect(offboardingComplete(done)).toBe(true);
    expect(offboardingComplete({ ...done, otherProjectsCheckedAt: null })).toBe(false);
  });
});

describe("consultantStageSince", () => {
  const base: ConsultantStageDates = {
    stage: "CANDIDATE",
    createdAt: day("2026-11-01"),
    skillsSubmittedAt: day("2026-11-02"),
    videoReviewedAt: null,
    certsVerifiedAt: null,
    deepDiveAt: null,
    approvedAt: day("2026-11-10"),
    accessRequestedAt: null,
    onboardingBuddy: null,
    timeLoggingSetAt: null,
    activatedAt: null,
    offboardedAt: null,
    declinedAt: null,
  };
  it("reads the date the stage's step recorded", () => {
    expect(consultantStageSince(base)).toEqual(day("2026-11-01"));
    expect(consultantStageSince({ ...base, stage: "SKILLS_MATRIX_SUBMITTED" })).toEqual(day("2026-11-02"));
    expect(consultantStageSince({ ...base, stage: "APPROVED" })).toEqual(day("2026-11-10"));
  });

  it("starts onboarding at its first dated item, or at the approval; a missing date falls back to the creation", () => {
    expect(consultantStageSince({ ...base, stage: "ONBOARDING", onboardingBuddy: "Sam" })).toEqual(day("2026-11-10"));
    expect(consultantStageSince({ ...base, stage: "ONBOARDING", accessRequestedAt: day("2026-11-14"), timeLoggingSetAt: day("2026-11-12") })).toEqual(
      day("2026-11-12"),
    );
    expect(consultantStageSince({ ...base, stage: "VIDEO_REVIEWED" })).toEqual(day("2026-11-01"));
  });

  it("counts whole days, never negative", () => {
    expect(daysSince(day("2026-11-01"), day("2026-11-11"))).toBe(10);
    expect(daysSince(day("2026-11-12"), day("2026-11-11"))).toBe(0);
  });
});
