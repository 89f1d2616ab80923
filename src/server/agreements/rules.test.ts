import { describe, expect, it } from "vitest";
import { requiredAgreementKinds } from "@/server/agreements/rules";

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
