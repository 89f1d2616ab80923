import { describe, expect, it } from "vitest";
import { ageInDays, appendNote, approvalBlocker, phdRegionFor, regionsReviewedBy, REVIEW_CHECKLIST, stepToShow } from "@/server/applications/rules";
import { existingCompanyMessage, reapplyBlocker } from "@/server/applications/rules";

describe("stepToShow", () => {
  it("never skips ahead of the furthest step reached", () => {
    expect(stepToShow(5, 2)).toBe(2);
    expect(stepToShow(1, 4)).toBe(1);
    expect(stepToShow(undefined, 3)).toBe(3);
    expect(stepToShow(Number.NaN, 3)).toBe(3);
  });
});

describe("approvalBlocker", () => {
  const answered = (answer: boolean | null) => REVIEW_CHECKLIST.filter((item) => !item.byApproval).map((item) => ({ position: item.position, answer }));

  it("needs every item the PHD answers", () => {
    expect(approvalBlocker([])).toBe("Complete the checklist first: items 1, 2, 4, 7, 8 and 10 are not answered.");
    expect(approvalBlocker(answered(true).filter((item) => item.position !== 7))).toBe("Complete the checklist first: item 7 is not answered.");
    expect(approvalBlocker(answered(true).filter((item) => item.position !== 7 && item.position !== 8))).toMatch(/: items 7 and 8 are not answered\.$/);
  });

  it("refuses when an item is answered no, and allows when all are yes", () => {
    expect(approvalBlocker(answered(true).map((item) => (item.position === 2 ? { ...item, answer: false } : item)))).toMatch(/^Item 2 is answered no/);
    expect(approvalBlocker(answered(true).map((item) => (item.position <= 2 ? { ...item, answer: false } : item)))).toMatch(/^Items 1 and 2 are answered no/);
    expect(approvalBlocker(answered(true))).toBeNull();
  });

  it("does not ask the PHD for what approval itself does", () => {
    expect(REVIEW_CHECKLIST).toHaveLength(10);
    expect(REVIEW_CHECKLIST.filter((item) => item.byApproval).map((item) => item.position)).toEqual([3, 5, 6, 9]);
  });
});

describe("notes and age", () => {
  it("appends on a new line", () => {
    expect(appendNote("", "a")).toBe("a");
    expect(appendNote("a\n", "b")).toBe("a\nb");
  });

  it("counts whole days and sends Public Sector to the Americas desk", () => {
    expect(ageInDays(new Date("2026-11-20T12:00:00Z"), new Date("2026-11-23T11:00:00Z"))).toBe(2);
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
