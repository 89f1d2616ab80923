import { describe, expect, it } from "vitest";
import type { LegalRequestStatus } from "@/generated/prisma/enums";
import {
  agreementStanding,
  canMoveLegalRequest,
  isLegalRequestOutcome,
  isOpenLegalRequest,
  nextLegalRequestStatuses,
  requiredAgreementKinds,
} from "@/server/agreements/rules";

describe("requiredAgreementKinds", () => {
  it("asks every partner for the MPA, even on TeamOps tracks alone", () => {
    expect(requiredAgreementKinds(["TEAMOPS_TOOL"])).toEqual(["MPA"]);
  });

  it("adds one addendum per track, and the services/referral addendum once for both", () => {
    expect(requiredAgreementKinds(["RESELLER", "SERVICES", "REFERRAL", "MSP", "TRAINING"])).toEqual([
      "MPA",
      "RESELLER_ADDENDUM",
      "REFERRAL_SERVICES_ADDENDUM",
      "MSP_AGREEMENT",
      "TRAINING_ADDENDUM",
    ]);
  });
});

describe("agreementStanding", () => {
  const accepted = new Set(["v1"]);
  const negotiating = new Set(["v2"]);
  it.each([
    ["v1", "ACCEPTED"],
    ["v2", "IN_NEGOTIATION"],
    ["v3", "PENDING"],
  ] as const)("version %s is %s", (versionId, standing) => {
    expect(agreementStanding(versionId, accepted, negotiating)).toBe(standing);
  });
});

describe("legal request workflow", () => {
  it.each([
    ["OPEN", "IN_NEGOTIATION", true],
    ["OPEN", "WITHDRAWN", true],
    ["OPEN", "RESOLVED", true],
    ["OPEN", "DECLINED", true],
    ["IN_NEGOTIATION", "DECLINED", true],
    ["DECLINED", "RESOLVED", false],
    ["RESOLVED", "DECLINED", false],
    ["IN_NEGOTIATION", "RESOLVED", true],
    ["IN_NEGOTIATION", "WITHDRAWN", true],
    ["IN_NEGOTIATION", "OPEN", false],
    ["RESOLVED", "IN_NEGOTIATION", false],
    ["WITHDRAWN", "OPEN", false],
  ] as const)("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canMoveLegalRequest(from, to)).toBe(allowed);
  });

  it("holds an agreement out of pending only while OPEN or IN_NEGOTIATION", () => {
    expect(["OPEN", "IN_NEGOTIATION", "RESOLVED", "DECLINED", "WITHDRAWN"].filter((status) => isOpenLegalRequest(status as LegalRequestStatus))).toEqual([
      "OPEN",
      "IN_NEGOTIATION",
    ]);
    expect(nextLegalRequestStatuses("RESOLVED")).toEqual([]);
    expect(nextLegalRequestStatuses("DECLINED")).toEqual([]);
  });

  it("closes a request with an outcome only as resolved as agreed or declined", () => {
    expect(["OPEN", "IN_NEGOTIATION", "RESOLVED", "DECLINED", "WITHDRAWN"].filter((status) => isLegalRequestOutcome(status as LegalRequestStatus))).toEqual([
      "RESOLVED",
      "DECLINED",
    ]);
  });
});
