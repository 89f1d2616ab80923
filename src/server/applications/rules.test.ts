import { describe, expect, it } from "vitest";
import {
  ageInDays,
  appendNote,
  APPROVAL_CHECKLIST_POSITIONS,
  approvalBlocker,
  contractSignedAt,
  existingCompanyMessage,
  factChecklistAnswers,
  PHD_CHECKLIST_POSITIONS,
  phdRegionFor,
  reapplyBlocker,
  regionsReviewedBy,
  requiredAgreementStandings,
  REVIEW_CHECKLIST,
  stepToShow,
  type ApplicantAgreementFacts,
  type RequiredAgreementStanding,
  type RequiredAgreementState,
} from "@/server/applications/rules";

describe("stepToShow", () => {
  it("never skips ahead of the furthest step reached", () => {
    expect(stepToShow(5, 2)).toBe(2);
    expect(stepToShow(1, 4)).toBe(1);
    expect(stepToShow(undefined, 3)).toBe(3);
    expect(stepToShow(Number.NaN, 3)).toBe(3);
  });
});

describe("approvalBlocker", () => {
  const answered = (answer: boolean | null) => PHD_CHECKLIST_POSITIONS.map((position) => ({ position, answer }));
  const settled: RequiredAgreementStanding[] = [{ kind: "MPA", state: "ACCEPTED", settledAt: new Date("2026-11-20T00:00:00Z") }];
  const ready = { items: answered(true), agreements: settled, crmId: "CRM-1001" };

  it("needs every item the PHD answers", () => {
    expect(approvalBlocker({ ...ready, items: [] })).toBe("Complete the checklist first: items 1, 2, 7 and 10 are not answered.");
    expect(approvalBlocker({ ...ready, items: answered(true).filter((item) => item.position !== 7) })).toBe(
      "Complete the checklist first: item 7 is not answered.",
    );
    expect(approvalBlocker({ ...ready, items: answered(true).filter((item) => item.position !== 7 && item.position !== 10) })).toMatch(
      /: items 7 and 10 are not answered\.$/,
    );
  });

  it("refuses when an item is answered no, and allows when all are yes", () => {
    expect(approvalBlocker({ ...ready, items: answered(true).map((item) => (item.position === 2 ? { ...item, answer: false } : item)) })).toMatch(
      /^Item 2 is answered no/,
    );
    expect(approvalBlocker({ ...ready, items: answered(true).map((item) => (item.position <= 2 ? { ...item, answer: false } : item)) })).toMatch(
      /^Items 1 and 2 are answered no/,
    );
    expect(approvalBlocker(ready)).toBeNull();
  });

  it("does not ask the PHD for what approval itself does, nor for what the portal knows", () => {
    expect(REVIEW_CHECKLIST).toHaveLength(10);
    expect(REVIEW_CHECKLIST.filter((item) => item.byApproval).map((item) => item.position)).toEqual([3, 5, 6, 9]);
    expect(REVIEW_CHECKLIST.filter((item) => item.fromFacts).map((item) => item.position)).toEqual([4, 8]);
    expect(PHD_CHECKLIST_POSITIONS).toEqual([1, 2, 7, 10]);
    expect(APPROVAL_CHECKLIST_POSITIONS).toEqual([3, 4, 5, 6, 8, 9]);
  });

  it("refuses while a required agreement is not settled, whatever the checklist says (issue 13, point 1)", () => {
    const negotiating: RequiredAgreementStanding[] = [{ kind: "MPA", state: "IN_NEGOTIATION", settledAt: null }];
    expect(approvalBlocker({ ...ready, agreements: negotiating })).toBe(
      "Every required agreement must be accepted or its legal request resolved as agreed: MPA in negotiation (its legal request is not resolved).",
    );
    const agreed: RequiredAgreementStanding[] = [{ kind: "MPA", state: "RESOLVED_AS_AGREED", settledAt: new Date() }];
    expect(approvalBlocker({ ...ready, agreements: agreed })).toBeNull();
  });

  it("refuses without a CRM id, and gives every reason at once", () => {
    expect(approvalBlocker({ ...ready, crmId: null })).toBe("Link the company's CRM id under Account.");
    expect(approvalBlocker({ items: [], agreements: [{ kind: "MPA", state: "NOT_ACCEPTED", settledAt: null }], crmId: null })).toBe(
      "Every required agreement must be accepted or its legal request resolved as agreed: MPA not accepted. Link the company's CRM id under Account. " +
        "Complete the checklist first: items 1, 2, 7 and 10 are not answered.",
    );
  });
});

describe("requiredAgreementStandings", () => {
  const at = new Date("2026-11-20T10:00:00Z");
  const later = new Date("2026-11-25T10:00:00Z");
  const standings = (facts: Partial<ApplicantAgreementFacts>) =>
    requiredAgreementStandings({ region: "EMEA", required: ["MPA"], acceptances: [], legalRequests: [], ...facts }).map((standing) => standing.state);

  it.each<[string, Partial<ApplicantAgreementFacts>, RequiredAgreementState]>([
    ["nothing answered", {}, "NOT_ACCEPTED"],
    ["accepted for the region", { acceptances: [{ kind: "MPA", region: "EMEA", leadershipException: null, acceptedAt: at }] }, "ACCEPTED"],
    ["accepted for another region", { acceptances: [{ kind: "MPA", region: "AMER", leadershipException: null, acceptedAt: at }] }, "OTHER_REGION"],
    [
      "accepted for another region with a leadership exception",
      { acceptances: [{ kind: "MPA", region: "AMER", leadershipException: "Global account", acceptedAt: at }] },
      "ACCEPTED",
    ],
    ["a legal request open", { legalRequests: [{ kind: "MPA", status: "OPEN", resolvedAt: null }] }, "IN_NEGOTIATION"],
    ["a legal request in negotiation", { legalRequests: [{ kind: "MPA", status: "IN_NEGOTIATION", resolvedAt: null }] }, "IN_NEGOTIATION"],
    ["a legal request resolved as agreed", { legalRequests: [{ kind: "MPA", status: "RESOLVED", resolvedAt: at }] }, "RESOLVED_AS_AGREED"],
    ["a legal request declined", { legalRequests: [{ kind: "MPA", status: "DECLINED", resolvedAt: at }] }, "DECLINED"],
    ["a legal request withdrawn", { legalRequests: [{ kind: "MPA", status: "WITHDRAWN", resolvedAt: null }] }, "NOT_ACCEPTED"],
    [
      "a declined request followed by a new one",
      {
        legalRequests: [
          { kind: "MPA", status: "DECLINED", resolvedAt: at },
          { kind: "MPA", status: "OPEN", resolvedAt: null },
        ],
      },
      "IN_NEGOTIATION",
    ],
    ["another agreement's acceptance", { acceptances: [{ kind: "MSA", region: "EMEA", leadershipException: null, acceptedAt: at }] }, "NOT_ACCEPTED"],
  ])("%s", (_case, facts, state) => {
    expect(standings(facts)).toEqual([state]);
  });

  it("dates the contract by the last agreement settled, and not while one is open", () => {
    const both = requiredAgreementStandings({
      region: "EMEA",
      required: ["MPA", "RESELLER_ADDENDUM"],
      acceptances: [{ kind: "RESELLER_ADDENDUM", region: "EMEA", leadershipException: null, acceptedAt: at }],
      legalRequests: [{ kind: "MPA", status: "RESOLVED", resolvedAt: later }],
    });
    expect(contractSignedAt(both)).toEqual(later);
    expect(contractSignedAt([{ kind: "MPA", state: "IN_NEGOTIATION", settledAt: null }, ...both])).toBeNull();
  });

  it("answers items 4 and 8 from the facts", () => {
    const open = factChecklistAnswers({ crmId: null, agreements: [{ kind: "MPA", state: "IN_NEGOTIATION", settledAt: null }] });
    expect(open.get(4)).toEqual({ answer: false, detail: "No CRM id is linked: add it under Account." });
    expect(open.get(8)).toEqual({ answer: false, detail: "Not every required agreement is settled: MPA in negotiation (its legal request is not resolved)." });
    const done = factChecklistAnswers({ crmId: "CRM-7", agreements: [{ kind: "MPA", state: "RESOLVED_AS_AGREED", settledAt: at }] });
    expect(done.get(4)).toEqual({ answer: true, detail: "CRM id CRM-7 is linked." });
    expect(done.get(8)).toEqual({ answer: true, detail: "Every required agreement is settled: MPA resolved as agreed." });
  });
});

describe("notes and age", () => {
  it("appends on a new line", () => {
    expect(appendNote("", "a")).toBe("a");
    expect(appendNote("a\n", "b")).toBe("a\nb");
  });

  it("stops counting at the decision", () => {
    expect(ageInDays(new Date("2026-11-01T12:00:00Z"), new Date("2026-12-01T12:00:00Z"), new Date("2026-11-04T13:00:00Z"))).toBe(3);
  });

  it("counts whole days and sends Public Sector to the Americas desk", () => {
    expect(ageInDays(new Date("2026-11-20T12:00:00Z"), new Date("2026-11-23T11:00:00Z"))).toBe(2);
    expect(ageInDays(new Date("2026-11-20T12:00:00Z"), new Date("2026-11-23T11:00:00Z"), null)).toBe(2);
    expect(phdRegionFor("PUBLIC_SECTOR")).toBe("AMER");
    expect(phdRegionFor("EMEA")).toBe("EMEA");
    expect(regionsReviewedBy("AMER")).toEqual(["AMER", "PUBLIC_SECTOR"]);
    expect(regionsReviewedBy("APAC")).toEqual(["APAC"]);
  });
});

describe("a company that already applied", () => {
  it.each([
    ["DENIED", /^An application for fabrikam\.example was declined\. Its primary contact can sign in to read why and apply again; .* help@test\.example\.$/],
    ["SUBMITTED", /^An application for fabrikam\.example is waiting for review\./],
    ["IN_REVIEW", /^An application for fabrikam\.example is waiting for review\./],
    ["AUTHORIZED", /^fabrikam\.example is already a partner\. Ask its portal admin to invite you, or write to the Partner Help Desk at help@test\.example\.$/],
    ["INACTIVE", /is already a partner/],
  ] as const)("is told where a %s company stands", (status, message) => {
    expect(existingCompanyMessage("fabrikam.example", status, "help@test.example")).toMatch(message);
  });

  it("tells only a denied company to apply again, and only a denied company may (DOMAIN.md sets no waiting period)", () => {
    expect(existingCompanyMessage("fabrikam.example", "AUTHORIZED", "help@test.example")).not.toMatch(/apply again/);
    expect(reapplyBlocker("DENIED")).toBeNull();
    expect(reapplyBlocker("SUBMITTED")).toBe("Your application is already waiting for review.");
    expect(reapplyBlocker("IN_REVIEW")).toBe("Your application is already waiting for review.");
    expect(reapplyBlocker("AUTHORIZED")).toBe("Your company is already a partner.");
    expect(reapplyBlocker("INACTIVE")).toMatch(/inactive/);
  });
});
