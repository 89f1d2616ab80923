import { describe, expect, it } from "vitest";
import { humanize } from "./humanize";

describe("humanize", () => {
  it.each([
    ["PUBLIC_SECTOR", "Public sector"],
    ["AMER", "AMER"],
    ["IN_REVIEW", "In review"],
    ["TEAMOPS_CONSULTANT", "TeamOps consultant"],
    ["TEAMOPS_TOOL", "TeamOps tool"],
    ["MSP_AGREEMENT", "MSP agreement"],
    ["PO_APPROVED", "PO approved"],
    ["user.signed_in", "User signed in"],
    ["legal_request.opened", "Legal request opened"],
    ["nfr.approved", "NFR approved"],
    ["NfrRequest", "NFR request"],
    ["AgreementVersion", "Agreement version"],
  ])("%s → %s", (value, label) => {
    expect(humanize(value)).toBe(label);
  });
});
