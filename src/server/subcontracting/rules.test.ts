import { describe, expect, it } from "vitest";
import {
  STANDARD_SOW_AMOUNT_CENTS,
  canEditSowRates,
  fundsBlocker,
  nextSowSequence,
  sowMoveBlocker,
  sowNumber,
  sowTransitionBlocker,
  sowTransitionTimestamp,
  workAuthorizationAmountCents,
  workAuthorizationMove,
  workAuthorizationMoves,
} from "./rules";

// ── agreements, Prime SOWs and work authorizations ──

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

describe("the Prime SOW lifecycle", () => {
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

describe("work authorizations", () => {
  it("draws hours × rate plus the travel and expenses budget", () => {
    expect(workAuthorizationAmountCents({ hoursAuthorized: 400, hourlyRateCents: 225_00, expenseBudgetCents: 5_000_00 })).toBe(95_000_00);
  });

  it("fits within the SOW's funds left to authorize, to the cent, and only on an active SOW", () => {
    const sow = { status: "ACTIVE" as const, amountCents: STANDARD_SOW_AMOUNT_CENTS, authorizedCents: 250_000_00 };
    expect(fundsBlocker(sow, 50_000_00)).toBeNull();
    expect(fundsBlocker(sow, 50_000_01)).toBe("This authorization draws $50,000.01, but the SOW has $50,000.00 left to authorize.");
    expect(fundsBlocker({ ...sow, status: "EXECUTED" }, 1)).toMatch(/active SOW/);
  });

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
